/**
 * How far distances on the 2003 road network are from distances the sources state. Each case is a
 * pair of places and a reference: the length of AidData's own route geometry for a road project
 * (a GraphHopper route on OpenStreetMap, drawn out and back, so half its length; simplified, so
 * if anything short), a km-post span from a project's title, a figure from the research notes, or
 * the figure the data's README gives. Printed by `npx tsx scripts/roads/validate.ts` (the table in
 * the README) and checked by test/unit/geo/roadValidation.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { LonLat } from '../../src/lib/geo/geodesic';
import { pathLengthKm } from '../../src/lib/geo/geodesic';
import { decodeRoadGraph } from '../../src/lib/geo/roadGraphFile';
import { RoadRouter } from '../../src/lib/geo/roadRouter';

export interface ValidationCase {
  route: string;
  from: LonLat;
  to: LonLat;
  /** The stated figure, km. */
  referenceKm: number;
  /** What the figure is and who states it. */
  reference: string;
}

export interface ValidationRow extends ValidationCase {
  /** By road on the shipped network (off-road legs included), km; null when unreachable. */
  networkKm: number | null;
  /** (network − reference) / reference. */
  error: number | null;
  /** Of the network's figure, the part on synthetic connectors and snaps, km. */
  syntheticKm: number;
}

interface Project {
  properties: { id: string; osm_links: string[] | null };
  geometry: { type: string; coordinates: number[][][] };
}

/** The two ends of an AidData route link (`route=lat,lon;lat,lon`), as [lon, lat]. */
function routeEnds(link: string): [LonLat, LonLat] {
  const m = /route=([-\d.]+)%2C([-\d.]+)%3B([-\d.]+)%2C([-\d.]+)/.exec(link);
  if (!m) throw new Error(`Not a route link: ${link}`);
  return [
    [Number(m[2]), Number(m[1])],
    [Number(m[4]), Number(m[3])],
  ];
}

/** Half the length of an out-and-back route geometry, km. */
const halfLength = (line: number[][]) => pathLengthKm(line as LonLat[]) / 2;

function place(name: string): LonLat {
  const places = JSON.parse(readFileSync('geodata/basemap/places.geojson', 'utf8')) as {
    features: { properties: { name: string }; geometry: { coordinates: LonLat } }[];
  };
  const f = places.features.find((p) => p.properties.name === name);
  if (!f) throw new Error(`No place ${name} in the basemap`);
  return f.geometry.coordinates;
}

function site(layer: string, id: string): LonLat {
  const fc = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as {
    features: { id: string; geometry: { coordinates: LonLat } }[];
  };
  return fc.features.find((f) => f.id === id)!.geometry.coordinates;
}

/** The cases, from the shipped data files. */
export function validationCases(): ValidationCase[] {
  const projects = (
    JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as { features: Project[] }
  ).features;
  const project = (id: string) => projects.find((p) => p.properties.id === id)!;
  const bnt = project('aiddata-46348');
  const [bntFrom, bntTo] = routeEnds(bnt.properties.osm_links![0]!);
  const osh = project('aiddata-40359');
  const [, oshCity] = routeEnds(osh.properties.osm_links![0]!);
  const [, irkeshtam] = routeEnds(osh.properties.osm_links![1]!);
  const batken = project('aiddata-40195');
  const [batkenFrom, batkenTo] = routeEnds(batken.properties.osm_links![0]!);
  const north = project('aiddata-40491');
  const [kazarman, jalalabad] = routeEnds(north.properties.osm_links![0]!);
  const skt = project('aiddata-40315');
  const [sktFrom, sktTo] = routeEnds(skt.properties.osm_links![0]!);
  return [
    {
      route: 'Bishkek–Naryn–Torugart, section 1 (AidData #46348)',
      from: bntFrom,
      to: bntTo,
      referenceKm: 263,
      reference: 'km posts 9–272 in the project’s title',
    },
    {
      route: 'Bishkek–Naryn–Torugart, section 1 (AidData #46348)',
      from: bntFrom,
      to: bntTo,
      referenceKm: halfLength(bnt.geometry.coordinates[0]!),
      reference: 'AidData’s route geometry (OSM)',
    },
    {
      route: 'Osh – Sary-Tash – Irkeshtam (AidData #40359)',
      from: oshCity,
      to: irkeshtam,
      referenceKm: halfLength(osh.geometry.coordinates[0]!),
      reference: 'AidData’s route geometry (OSM); #46364 rehabilitates its km 190–240',
    },
    {
      route: 'Sary-Tash – Irkeshtam (AidData #40315)',
      from: sktFrom,
      to: sktTo,
      referenceKm: halfLength(skt.geometry.coordinates[0]!),
      reference: 'AidData’s route geometry (OSM)',
    },
    {
      route: 'Osh – Batken – Isfana (AidData #40195)',
      from: batkenFrom,
      to: batkenTo,
      referenceKm: halfLength(batken.geometry.coordinates[0]!),
      reference: 'AidData’s route geometry (OSM)',
    },
    {
      route: 'Kazarman – Jalal-Abad (AidData #40491)',
      from: kazarman,
      to: jalalabad,
      referenceKm: halfLength(north.geometry.coordinates[0]!),
      reference: 'AidData’s route geometry (OSM)',
    },
    {
      route: 'Bishkek – Kara-Balta',
      from: place('Bishkek'),
      to: place('Kara-Balta'),
      referenceKm: 60,
      reference: '“about 60 km west of Bishkek” (the atlas’s Kara-Balta fact)',
    },
    {
      route: 'Osh – Irkeshtam Pass',
      from: place('Osh'),
      to: site('crossings', 'irkeshtam-pass'),
      referenceKm: 242,
      reference: 'the road data’s README (same network)',
    },
    {
      route: 'Bishkek – Naryn',
      from: place('Bishkek'),
      to: place('Naryn'),
      referenceKm: 297,
      reference: 'the road data’s README (same network)',
    },
  ];
}

/** Every case measured on the shipped network. */
export function validationRows(
  graphPath = 'geodata/noncommercial/road-graph.json',
): ValidationRow[] {
  const router = new RoadRouter(decodeRoadGraph(JSON.parse(readFileSync(graphPath, 'utf8'))));
  return validationCases().map((c) => {
    const r = router.route(c.from, c.to);
    return r.reachable
      ? {
          ...c,
          networkKm: r.totalKm,
          error: (r.totalKm - c.referenceKm) / c.referenceKm,
          syntheticKm: r.syntheticKm,
        }
      : { ...c, networkKm: null, error: null, syntheticKm: 0 };
  });
}
