/** Turns the Who's On First / GeoNames settlements into communities.geojson features. */
import type { Feature, Point } from 'geojson';
import {
  COMMUNITY_PRECISION,
  type CommunityProperties,
  type PopulationFigure,
} from '../../src/lib/data/schema.ts';
import { roundGeometry } from './geometry.ts';
import type { PopulationAddition } from './population.ts';
import { slugify } from './slug.ts';

/** Properties of one settlement in `kg_communities.geojson` (fields used here). */
export interface RawCommunity {
  name: string;
  name_ky?: string;
  name_ru?: string;
  name_en?: string;
  alt_names?: string;
  oblast: string;
  rayon: string;
  population?: number;
  population_source?: string;
  geonames_id?: number;
  wof_id: number;
}

/** GeoNames population by geonames id (from `kg_geonames_cities500_population.csv`). */
export type PopulationIndex = Map<number, number>;

function altNames(p: RawCommunity): string[] {
  const own = new Set([p.name, p.name_ky, p.name_ru].filter(Boolean));
  const all = [...(p.alt_names ?? '').split(';'), p.name_en ?? ''].map((s) => s.trim());
  return [...new Set(all)].filter((s) => s && !own.has(s));
}

/**
 * Assigns stable ids: fixed ids by GeoNames id first; a name whose slug is unique keeps it;
 * repeated names get `-<rayon slug>`, then `-2`, `-3`… in WOF id order.
 */
export function communityIds(list: RawCommunity[], fixed: Record<number, string>): string[] {
  const bySlug = new Map<string, number[]>();
  list.forEach((p, i) => {
    const s = slugify(p.name) || `wof-${p.wof_id}`;
    bySlug.set(s, [...(bySlug.get(s) ?? []), i]);
  });
  const taken = new Set(Object.values(fixed));
  const ids: string[] = list.map((p) => (p.geonames_id && fixed[p.geonames_id]) || '');
  const order = [...list.keys()].sort((a, b) => (list[a]?.wof_id ?? 0) - (list[b]?.wof_id ?? 0));
  for (const i of order) {
    if (ids[i]) continue;
    const p = list[i] as RawCommunity;
    const base = slugify(p.name) || `wof-${p.wof_id}`;
    const unique = (bySlug.get(base)?.length ?? 0) === 1 && !taken.has(base);
    let id = unique ? base : `${base}-${slugify(p.rayon)}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${slugify(p.rayon)}-${n}`;
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

/**
 * The population fields of one community. `population` is the WOF figure, else GeoNames', else
 * the oldest village-level figure of the population files (with its year and page); the other
 * figures of the files are kept as `population_other`, and an aiyl-okmotu total only as
 * `aiyl_okmotu` (never as the village's own population).
 */
export function populationFields(
  p: RawCommunity,
  geonames: number | undefined,
  extra: PopulationAddition | undefined,
): Pick<
  CommunityProperties,
  | 'population'
  | 'population_source'
  | 'population_year'
  | 'population_url'
  | 'population_other'
  | 'aiyl_okmotu'
> {
  const known = p.population && p.population > 0 ? p.population : null;
  const fromGeonames = geonames && geonames > 0 ? geonames : null;
  const figures = [...(extra?.village ?? []), ...(extra?.town ?? [])];
  const base = known ?? fromGeonames;
  let own: PopulationFigure | undefined;
  let other = figures;
  if (base === null && extra?.village.length) {
    [own, ...other] = extra.village;
    other = [...other, ...extra.town];
  }
  const population = base ?? own?.population ?? null;
  const source =
    base !== null ? (known ? (p.population_source ?? 'WOF') : 'GeoNames cities500') : own?.source;
  return {
    population,
    ...(population !== null && source ? { population_source: source } : {}),
    ...(own?.year ? { population_year: own.year } : {}),
    ...(own?.url ? { population_url: own.url } : {}),
    ...(other.length ? { population_other: other } : {}),
    ...(extra?.aiylOkmotu ? { aiyl_okmotu: extra.aiylOkmotu } : {}),
  };
}

/** Builds the community features, with the population fields of {@link populationFields}. */
export function communityFeatures(
  features: Feature<Point, RawCommunity>[],
  population: PopulationIndex,
  fixed: Record<number, string>,
  additions: Map<number, PopulationAddition> = new Map(),
): (Feature<Point, CommunityProperties> & { id: string })[] {
  const ids = communityIds(
    features.map((f) => f.properties),
    fixed,
  );
  return features.map((f, i) => {
    const p = f.properties;
    const id = ids[i] as string;
    const geonames = p.geonames_id ? population.get(p.geonames_id) : undefined;
    const properties: CommunityProperties = {
      id,
      layer: 'communities',
      name: p.name,
      name_ky: p.name_ky ?? null,
      name_ru: p.name_ru ?? null,
      alt_names: altNames(p),
      oblast: p.oblast,
      rayon: p.rayon,
      precision: COMMUNITY_PRECISION,
      ...populationFields(p, geonames, additions.get(p.wof_id)),
      geonames_id: p.geonames_id ?? null,
      wof_id: p.wof_id,
    };
    return { type: 'Feature', id, properties, geometry: roundGeometry(f.geometry) };
  });
}
