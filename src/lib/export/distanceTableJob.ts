/**
 * The distance table as a use case: which sites go in (the chosen layers of the narrowed sites,
 * and the user's own features), the worker's pairs turned into rows, and the notes that go with
 * the files. Pure apart from `pairsOf` (the geometry worker, in the app).
 */
import type { Geometry } from 'geojson';
import type { LonLat } from '../shared/vocabulary';
import { PRECISIONS, type LayerFeature, type Precision, type SiteFeature } from '../data/schema';
import type { Area } from '../geo/area';
import type { TablePair, TableSite } from '../geo/distanceTable';
import type { RoadAnswer } from '../geo/roadRouter';
import { tableRecord, type RowContext, type TableRecord } from './distanceExport';

/** A site as the table sees it. */
export interface TableSiteRow {
  id: string;
  /** The physical site the record belongs to (its own id when no other record shares it). */
  place?: string;
  name: string;
  layer: string;
  precision: string;
  uncertaintyKm: number;
  geometry: Geometry;
  /** Where the site may be (its district, city outline or circle); null: exact. */
  area?: Area | null;
}

/** The table computed for one radius. */
export interface DistanceTableResult {
  radiusKm: number;
  sites: TableSiteRow[];
  pairs: TablePair[];
  records: TableRecord[];
  contexts: RowContext[];
}

/** Pairs of site × community within a radius (the geometry worker in the app). */
export type PairsOf = (request: {
  sites: TableSite[];
  communities: LonLat[];
  radiusKm: number;
}) => Promise<TablePair[]>;

/** Distances by road between pairs of places (the geometry worker in the app). */
export type RoadsOf = (pairs: { from: LonLat; to: LonLat }[]) => Promise<RoadAnswer[]>;

/**
 * The coarsest precision the table takes in by default: sites located to a town or better. Sites
 * known only to a district or a region reach most communities around them as "possibly" and drown
 * the answer; they are counted and can be taken in (`any`).
 */
export const DEFAULT_TABLE_PRECISION: Precision = 'town';

/** The sites of the chosen layers located to `coarsest` or better, and how many are left out. */
export function withinPrecision(
  sites: readonly SiteFeature[],
  layers: readonly string[],
  coarsest: Precision,
): { kept: SiteFeature[]; leftOut: number } {
  const rank = PRECISIONS.indexOf(coarsest);
  const chosen = sites.filter((f) => layers.includes(f.properties.layer));
  const kept = chosen.filter((f) => PRECISIONS.indexOf(f.properties.precision) <= rank);
  return { kept, leftOut: chosen.length - kept.length };
}

/**
 * Sites of the chosen layers, then the user's own features (exact: they drew them); `areaOf` gives
 * where each site may be (distances are ranges over it).
 */
export function tableSites(
  sites: readonly SiteFeature[],
  layers: readonly string[],
  own: readonly { id: string; geometry: Geometry; properties: { name: string } }[],
  areaOf: (f: SiteFeature) => Area | null = () => null,
): TableSiteRow[] {
  return [
    ...sites
      .filter((f) => layers.includes(f.properties.layer))
      .map((f) => ({
        id: f.id,
        place: f.properties.place ?? f.id,
        name: f.properties.name,
        layer: f.properties.layer as string,
        precision: f.properties.precision as string,
        uncertaintyKm: f.properties.uncertainty_km,
        geometry: f.geometry,
        area: areaOf(f),
      })),
    ...own.map((f) => ({
      id: f.id,
      name: f.properties.name,
      layer: 'imported',
      precision: 'exact',
      uncertaintyKm: 0,
      geometry: f.geometry,
    })),
  ];
}

/**
 * Computes the table: every community within `radiusKm` of each site, as rows for the files; with
 * `roadsOf` (builds with the roads), each pair's distance by road too, from the site's point
 * nearest the community.
 */
export async function buildDistanceTable(
  sites: TableSiteRow[],
  communities: readonly LayerFeature<'communities'>[],
  radiusKm: number,
  pairsOf: PairsOf,
  roadsOf: RoadsOf | null = null,
): Promise<DistanceTableResult> {
  const pairs = await pairsOf({
    sites: sites.map(({ id, geometry, uncertaintyKm, area }) => ({
      id,
      geometry: area?.kind === 'shape' ? area.shape : geometry,
      uncertaintyKm,
      area: area ?? null,
    })),
    communities: communities.map((c) => c.geometry.coordinates as LonLat),
    radiusKm,
  });
  const roads = roadsOf
    ? await roadsOf(
        pairs.map((p) => ({
          from: p.from,
          to: communities[p.community]!.geometry.coordinates as LonLat,
        })),
      )
    : null;
  const contexts = pairs.map((pair, i): RowContext => {
    const { id, name, layer, precision, uncertaintyKm } = sites[pair.site]!;
    const c = communities[pair.community]!;
    return {
      site: { id, name, layer, precision, uncertaintyKm },
      community: {
        id: c.id,
        name: c.properties.name,
        name_ru: c.properties.name_ru,
        oblast: c.properties.oblast,
        rayon: c.properties.rayon,
        population: c.properties.population,
        at: c.geometry.coordinates as LonLat,
      },
      ...(roads ? { road: roads[i] ?? null } : {}),
    };
  });
  const records = pairs.map((p, i) => tableRecord(p, contexts[i]!));
  return { radiusKm, sites, pairs, records, contexts };
}

/** The `#` lines of the table's files: what it is, the narrowing, the method, the credits. */
export function distanceTableNotes({
  radiusKm,
  layers,
  narrowedTo,
  version,
  attribution,
  roads = false,
  precision = null,
}: {
  radiusKm: number;
  /** The dataset version (see version.config.ts). */
  version: string;
  layers: readonly string[];
  /** The view in words when years or filters narrow it, else null. */
  narrowedTo: readonly string[] | null;
  attribution: readonly string[];
  /** Whether the table has distances by road (builds with the roads). */
  roads?: boolean;
  /** The coarsest precision taken in and how many sites were left out (null: every site). */
  precision?: { coarsest: Precision; leftOut: number } | null;
}): string[] {
  return [
    `Kyrgyz–China Atlas distance table: communities within ${radiusKm} km of sites in ${layers.join(', ')}. Dataset version ${version}.`,
    ...(narrowedTo ? [`Only sites within: ${narrowedTo.join('; ')}.`] : []),
    ...(precision && precision.coarsest !== 'region'
      ? [
          `Only sites located to ${precision.coarsest === 'town' ? 'a town' : `a ${precision.coarsest}`} or better (precision ${PRECISIONS.slice(0, PRECISIONS.indexOf(precision.coarsest) + 1).join(', ')}); ${precision.leftOut} site${precision.leftOut === 1 ? '' : 's'} of these layers located less precisely left out.`,
        ]
      : []),
    'site_place: the physical site a record belongs to (records of one mine, project or crossing share it).',
    'Distances: geodesic on the WGS84 ellipsoid, kilometres, from the nearest point of each site’s geometry. Where a site is located only approximately, distance_min_km and distance_max_km are the nearest and farthest distance over the area it may be in: its district, region or city outline, or a circle of site_uncertainty_km around its point; within_radius is “possible” when only some of its possible locations are within the radius.',
    roads
      ? 'Distances by road (road_km, approximate): along the Global Map Kyrgyz roads of 2003 (1:1 million), from the site’s point nearest the community, including straight legs to and from the nearest road (road_offroad_km). The lines are generalised and newer roads are missing, so real drives are usually longer (checked against distances the sources state: from 18 % shorter to 17 % longer). road_km is empty, with road_note “no road in the data”, where a place is more than 10 km from any road or the roads do not connect; road_note also says where a route uses straight connectors across gaps in the data.'
      : 'Distances by road: not in this copy of the atlas (built with open data only); road_km, road_offroad_km and road_note are empty.',
    'Population: empty where unknown (never zero).',
    `Data credits: ${attribution.join('; ')}.`,
  ];
}
