/**
 * Filters (issue #6): each site has values in a few facets (region, sector, status,
 * funder/company, location precision). A filter keeps the sites that have one of the chosen values
 * in every facet where something is chosen (OR within a facet, AND across facets). Counts are
 * facet counts: how many sites a value would show with the other facets' choices kept.
 */
import type { SiteFeature } from '../data/schema';
import { PRECISIONS } from '../data/constants';
import { NONE, valueId } from '../shared/vocabulary';
import type { RegionMembership } from '../geo/regions';

export const FACETS = ['region', 'sector', 'status', 'org', 'precision'] as const;
export type FacetName = (typeof FACETS)[number];

/** Chosen value ids per facet; an empty list means no filter on that facet. */
export type Filters = Record<FacetName, string[]>;

export const NO_FILTERS: Filters = { region: [], sector: [], status: [], org: [], precision: [] };

// The value for "none recorded", the region outside Kyrgyzstan and value ids are shared vocabulary.
export { NONE, OUTSIDE, VALUE_ID, valueId } from '../shared/vocabulary';

/** Groups of the free-text status field (the details panel still shows the status as written). */
export const STATUS_GROUPS = [
  'pipeline',
  'underway',
  'completed',
  'operating',
  'cancelled',
  'other',
  NONE,
] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/**
 * The group of a status as the sources word it. AidData's values come first
 * (Pipeline: Commitment, Implementation, Completion); the rest are the curated sites' own words.
 */
export function statusGroup(status: string | null): StatusGroup {
  if (status === null) return NONE;
  const s = status.trim().toLowerCase();
  if (s.startsWith('pipeline')) return 'pipeline';
  if (s.startsWith('implementation') || s.startsWith('under construction')) return 'underway';
  if (s === 'completion' || s.startsWith('completed')) return 'completed';
  if (/^(operating|open|producing)\b/.test(s)) return 'operating';
  if (s.startsWith('cancel')) return 'cancelled';
  return 'other';
}

/** Sentence case for AidData's upper-case sector names: `TRANSPORT AND STORAGE` → `Transport and storage`. */
export function sectorLabel(sector: string): string {
  const lower = sector.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Organisations named as a site's funders or operators (operators are `; `-separated). */
export function organisations(site: SiteFeature): string[] {
  const p = site.properties;
  const names = [
    ...(p.layer === 'projects' ? p.funders : []),
    ...(p.operator ? p.operator.split(';') : []),
  ]
    .map((n) => n.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** A site's values in each facet, with a label for each value that is a name from the data. */
export interface SiteFacets {
  values: Record<FacetName, string[]>;
  /** Labels of data-named values (sectors, organisations), by facet and value id. */
  names: Partial<Record<FacetName, Record<string, string>>>;
  /**
   * Values the site only possibly has (a subset of `values`): the regions an uncertain site's area
   * spans when it spans several. A filter on such a value keeps the site (it may be there); the
   * facet counts it apart as "possibly".
   */
  possible?: Partial<Record<FacetName, string[]>>;
}

/**
 * A site's facet values. `region` is where it lies: the regions of its shape (a district counts in
 * its oblast; an area spanning several is possibly in each), or the region id its point falls in;
 * null when not known yet.
 */
export function siteFacets(
  site: SiteFeature,
  region: string | RegionMembership | null,
): SiteFacets {
  const p = site.properties;
  const regions = region === null ? [NONE] : typeof region === 'string' ? [region] : region.regions;
  const sector = p.layer === 'projects' ? p.sector : null;
  const orgs = organisations(site);
  const orgNames = Object.fromEntries(orgs.map((o) => [valueId(o), o]));
  return {
    values: {
      region: regions.length ? regions : [NONE],
      sector: [sector ? valueId(sector) : NONE],
      status: [statusGroup(p.status)],
      org: orgs.length ? Object.keys(orgNames) : [NONE],
      precision: [p.precision],
    },
    names: {
      ...(sector ? { sector: { [valueId(sector)]: sectorLabel(sector) } } : {}),
      ...(orgs.length ? { org: orgNames } : {}),
    },
    ...(typeof region === 'object' && region?.possible ? { possible: { region: regions } } : {}),
  };
}

/** Whether any facet has a choice. */
export function hasFilters(filters: Filters): boolean {
  return FACETS.some((f) => filters[f].length > 0);
}

/** How many values are chosen in all. */
export function filterCount(filters: Filters): number {
  return FACETS.reduce((n, f) => n + filters[f].length, 0);
}

/** Whether a site's values pass the filters (ignoring the facet `except`, for facet counts). */
export function matches(
  values: Record<FacetName, readonly string[]>,
  filters: Filters,
  except?: FacetName,
): boolean {
  return FACETS.every(
    (f) => f === except || filters[f].length === 0 || values[f].some((v) => filters[f].includes(v)),
  );
}

/**
 * Facet counts over the given sites: for each facet and value, how many sites have that value and
 * pass the filters of the other facets. Chosen values appear even when their count is 0.
 */
export function facetCounts(
  sites: readonly { values: Record<FacetName, readonly string[]> }[],
  filters: Filters,
): Record<FacetName, Map<string, number>> {
  const out = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const f of FACETS) {
    for (const v of filters[f]) out[f].set(v, 0);
  }
  for (const site of sites) {
    for (const f of FACETS) {
      if (!matches(site.values, filters, f)) continue;
      for (const v of site.values[f]) out[f].set(v, (out[f].get(v) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Of the facet counts, how many sites have each value only possibly (see SiteFacets.possible):
 * same rule as facetCounts, counting only those.
 */
export function possibleCounts(
  sites: readonly Pick<SiteFacets, 'values' | 'possible'>[],
  filters: Filters,
): Partial<Record<FacetName, Map<string, number>>> {
  const out: Partial<Record<FacetName, Map<string, number>>> = {};
  for (const site of sites) {
    for (const f of FACETS) {
      const maybe = site.possible?.[f];
      if (!maybe?.length || !matches(site.values, filters, f)) continue;
      const counts = (out[f] ??= new Map<string, number>());
      for (const v of maybe) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return out;
}

/** Turns a value on or off in a facet, keeping the rest. */
export function toggleValue(filters: Filters, facet: FacetName, id: string, on: boolean): Filters {
  const rest = filters[facet].filter((v) => v !== id);
  return { ...filters, [facet]: on ? [...rest, id].sort() : rest };
}

/** Which value ids are known for each facet without looking at the data (others are from it). */
export const FIXED_VALUES: Partial<Record<FacetName, readonly string[]>> = {
  status: STATUS_GROUPS,
  precision: PRECISIONS,
};

/**
 * Drops chosen values that no site has, so a stale link shows what it can; returns the kept
 * filters and the dropped values as `facet:value`.
 */
export function dropUnknown(
  filters: Filters,
  known: Record<FacetName, ReadonlySet<string>>,
  facets: readonly FacetName[] = FACETS,
): { filters: Filters; dropped: string[] } {
  const dropped: string[] = [];
  const kept = { ...filters };
  for (const f of facets) {
    kept[f] = filters[f].filter((v) => known[f].has(v) || (dropped.push(`${f}:${v}`), false));
  }
  return { filters: kept, dropped };
}
