/**
 * Builds geodata/noncommercial/ (Global Map Kyrgyz roads and relief; non-commercial use only) from
 * ../shared/data:
 *
 * - road-graph.json: the routable network (roads as edges between nodes, 2 km snapping, the
 *   connectors of connectors.ts; every synthetic edge with its reason), for the geometry worker;
 * - roads.geojson: the roads for the map, lines of one class, surface and route name merged;
 * - terrain/{z}/{x}/{y}.png: Terrarium raster-dem tiles, zooms 4–8, elevations rounded to whole
 *   metres (the source is ±70 m; it halves the files); terrain-mask.geojson: where the tiles hold
 *   no data (Xinjiang south of 40° N, the source's edges), drawn over the relief;
 * - LICENSE-GlobalMap.txt, the licence text.
 *
 * Run: `npx tsx scripts/roads/build.ts` (needs ../shared/data; the outputs are committed).
 * Coordinates are rounded to 5 decimals (~1 m).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import {
  buildRoadNetwork,
  components,
  type RawRoad,
  type RoadClass,
  type RoadNetwork,
  type RoadSurface,
} from '../../src/lib/geo/roadNetwork';
import { encodeRoadGraph, ROAD_GRAPH_CREDIT } from '../../src/lib/geo/roadGraphFile';
import type { LonLat } from '../../src/lib/geo/geodesic';
import { CONNECTORS } from './connectors';
import { NAMED_ROUTES, routeNameOf } from './names';
import { roadLines } from './display';
import { terrainMask, terrainTiles } from './terrain';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, process.env.SHARED_DATA ?? '../shared/data');
const out = resolve(root, 'geodata/noncommercial');

interface SourceRoad {
  road_class: RoadClass;
  surface: RoadSurface;
}

function json<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function write(name: string, text: string): void {
  writeFileSync(join(out, name), text);
  console.log(`${name.padEnd(24)} ${(text.length / 1024).toFixed(0).padStart(6)} KB`);
}

/** The source roads with route names from AidData's road projects. */
function sourceRoads(): RawRoad[] {
  const src = json<FeatureCollection<LineString, SourceRoad>>(
    join(shared, 'roads/kg_roads_globalmap.geojson'),
  );
  const projects = json<FeatureCollection<MultiLineString, { id: string }>>(
    join(root, 'geodata/projects.geojson'),
  );
  const routes = NAMED_ROUTES.map((r) => {
    const f = projects.features.find((p) => p.properties.id === r.aiddata);
    if (!f || f.geometry.type !== 'MultiLineString') throw new Error(`No line for ${r.aiddata}`);
    const lines: Position[][] =
      r.part === undefined ? f.geometry.coordinates : [f.geometry.coordinates[r.part]!];
    return { name: r.name, lines };
  });
  return src.features.map((f) => {
    const coordinates = f.geometry.coordinates as LonLat[];
    const name = routeNameOf(coordinates, routes);
    return {
      coordinates,
      surface: f.properties.surface,
      roadClass: f.properties.road_class,
      ...(name ? { name } : {}),
    };
  });
}

function report(network: RoadNetwork): void {
  const comp = components(network);
  const km = new Map<number, number>();
  for (const e of network.edges) km.set(comp[e.a]!, (km.get(comp[e.a]!) ?? 0) + e.km);
  const total = [...km.values()].reduce((a, b) => a + b, 0);
  const kinds = (k: string) => network.edges.filter((e) => e.kind === k);
  console.log(
    `network: ${network.nodes.length} nodes, ${kinds('road').length} road lines, ` +
      `${kinds('snap').length} snaps (${kinds('snap')
        .reduce((a, e) => a + e.km, 0)
        .toFixed(1)} km), ${kinds('connector').length} connectors (${kinds('connector')
        .reduce((a, e) => a + e.km, 0)
        .toFixed(
          1,
        )} km); ${km.size} pieces, the largest ${(km.get(0)! / total) * 100 > 0 ? ((km.get(0)! / total) * 100).toFixed(1) : 0}% of ${total.toFixed(0)} km`,
  );
  const named = new Map<string, number>();
  for (const e of network.edges) if (e.name) named.set(e.name, (named.get(e.name) ?? 0) + e.km);
  for (const [name, k] of named) console.log(`  named ${name}: ${k.toFixed(0)} km`);
}

mkdirSync(out, { recursive: true });
const network = buildRoadNetwork(sourceRoads(), { snapKm: 2, connectors: CONNECTORS });
report(network);
write('road-graph.json', JSON.stringify(encodeRoadGraph(network)) + '\n');
const display: FeatureCollection = {
  type: 'FeatureCollection',
  features: roadLines(network) as Feature[],
};
write('roads.geojson', JSON.stringify({ ...display, attribution: ROAD_GRAPH_CREDIT }) + '\n');

const dem = join(shared, 'dem/dem_globalmap_kg');
rmSync(join(out, 'terrain'), { recursive: true, force: true });
const tiles = terrainTiles(join(dem, 'terrarium'), join(out, 'terrain'));
console.log(`terrain/ ${tiles.count} tiles ${(tiles.bytes / 1024).toFixed(0).padStart(6)} KB`);
write(
  'terrain-mask.geojson',
  JSON.stringify(terrainMask(json(join(root, 'geodata/basemap/countries.geojson')))) + '\n',
);
cpSync(join(dem, 'GLOBALMAP_LICENSE.txt'), join(out, 'LICENSE-GlobalMap.txt'));
console.log(
  `files: ${readdirSync(out)
    .filter((f) => f !== 'terrain')
    .join(', ')}, terrain/`,
);
