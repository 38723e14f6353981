/**
 * The distance table as a use case: which sites go in (the chosen layers of the narrowed sites,
 * and the user's own features), the worker's pairs turned into rows, and the notes that go with
 * the files. Pure apart from `pairsOf` (the geometry worker, in the app).
 */
import type { Geometry } from 'geojson';
import type { LonLat } from '../shared/vocabulary';
import type { LayerFeature, SiteFeature } from '../data/schema';
import type { TablePair, TableSite } from '../geo/distanceTable';
import { tableRecord, type RowContext, type TableRecord } from './distanceExport';

/** A site as the table sees it. */
export interface TableSiteRow {
  id: string;
  name: string;
  layer: string;
  precision: string;
  uncertaintyKm: number;
  geometry: Geometry;
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

/** Sites of the chosen layers, then the user's own features (exact: they drew them). */
export function tableSites(
  sites: readonly SiteFeature[],
  layers: readonly string[],
  own: readonly { id: string; geometry: Geometry; properties: { name: string } }[],
): TableSiteRow[] {
  return [
    ...sites
      .filter((f) => layers.includes(f.properties.layer))
      .map((f) => ({
        id: f.id,
        name: f.properties.name,
        layer: f.properties.layer as string,
        precision: f.properties.precision as string,
        uncertaintyKm: f.properties.uncertainty_km,
        geometry: f.geometry,
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

/** Computes the table: every community within `radiusKm` of each site, as rows for the files. */
export async function buildDistanceTable(
  sites: TableSiteRow[],
  communities: readonly LayerFeature<'communities'>[],
  radiusKm: number,
  pairsOf: PairsOf,
): Promise<DistanceTableResult> {
  const pairs = await pairsOf({
    sites: sites.map(({ id, geometry, uncertaintyKm }) => ({ id, geometry, uncertaintyKm })),
    communities: communities.map((c) => c.geometry.coordinates as LonLat),
    radiusKm,
  });
  const contexts = pairs.map((pair): RowContext => {
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
}: {
  radiusKm: number;
  /** The dataset version (see version.config.ts). */
  version: string;
  layers: readonly string[];
  /** The view in words when years or filters narrow it, else null. */
  narrowedTo: readonly string[] | null;
  attribution: readonly string[];
}): string[] {
  return [
    `Kyrgyz–China Atlas distance table: communities within ${radiusKm} km of sites in ${layers.join(', ')}. Dataset version ${version}.`,
    ...(narrowedTo ? [`Only sites within: ${narrowedTo.join('; ')}.`] : []),
    'Distances: geodesic on the WGS84 ellipsoid, kilometres, from the nearest point of each site’s geometry. distance_min_km and distance_max_km widen by site_uncertainty_km where the site is located only approximately; within_radius is “possible” when only some of its possible locations are within the radius.',
    'Population: empty where unknown (never zero).',
    `Data credits: ${attribution.join('; ')}.`,
  ];
}
