import type { Dataset } from '../data/load';
import { SITE_LAYERS } from '../data/constants';
import type { SiteFeature } from '../data/schema';
import type { LonLat } from '../shared/vocabulary';
import type { SiteRegions } from '../geo/regions';
import { buildPointIndex, type PointIndex } from '../geo/pointIndex';
import { siteYearSpan } from '../time/events';
import {
  FACETS,
  FIXED_VALUES,
  siteFacets,
  type FacetName,
  type SiteFacets,
} from '../filters/filters';

/** Works out which oblast each site's point lies in (the geometry worker, in the app). */
export type LocateRegions = (points: Record<string, LonLat>) => Promise<SiteRegions>;

/** The shipped data once validated, and what is derived from it once per dataset. */
export class DataState {
  /** Validated data, once loaded. */
  dataset = $state.raw<Dataset | null>(null);
  /** Which oblast each site's point lies in, once worked out. */
  regions = $state.raw<SiteRegions | null>(null);

  readonly #locate: LocateRegions;
  #regionsPromise: Promise<void> | null = null;

  constructor(locate: LocateRegions) {
    this.#locate = locate;
  }

  /** Every site (not community), layer by layer. */
  readonly sites = $derived.by((): SiteFeature[] => {
    const data = this.dataset;
    return data ? SITE_LAYERS.flatMap((l) => data[l].features as SiteFeature[]) : [];
  });

  /** Each site's first and last event year, or null when it has no date. */
  readonly siteYears = $derived(
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.sites.map((f) => [f.id, siteYearSpan(f)])),
  );

  /** Each site's values in every facet, with the names the data gives them. */
  readonly siteFacets = $derived.by(() => {
    const regions = this.regions?.bySite;
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map<string, SiteFacets>(
      this.sites.map((f) => [f.id, siteFacets(f, regions?.[f.id] ?? null)]),
    );
  });

  /** Labels of the facet values named by the data (sectors, organisations). */
  readonly facetNames = $derived.by(() => {
    const out = Object.fromEntries(FACETS.map((f) => [f, {} as Record<string, string>])) as Record<
      FacetName,
      Record<string, string>
    >;
    for (const { names } of this.siteFacets.values()) {
      for (const f of FACETS) Object.assign(out[f], names[f]);
    }
    return out;
  });

  /** Every value each facet has in the data (and the fixed ones), for checking a link's filters. */
  readonly knownValues = $derived.by(() => {
    const known = Object.fromEntries(
      // Rebuilt with the data and never mutated.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      FACETS.map((f) => [f, new Set<string>(FIXED_VALUES[f] ?? [])]),
    ) as Record<FacetName, Set<string>>;
    for (const { values } of this.siteFacets.values()) {
      for (const f of FACETS) for (const v of values[f]) known[f].add(v);
    }
    return known;
  });

  /** Spatial index of the communities, built once per dataset. */
  readonly communityIndex = $derived.by((): PointIndex | null => {
    const data = this.dataset;
    if (!data) return null;
    return buildPointIndex(data.communities.features.map((f) => f.geometry.coordinates as LonLat));
  });

  /** The data has been loaded and validated. */
  loaded(dataset: Dataset): void {
    this.dataset = dataset;
  }

  /**
   * Works out which oblast each site's point lies in, the first time the region filter or an
   * export needs it (not at start: the worker is large). One shared promise: resolves when
   * known, rejects (once, for every caller) when that failed.
   */
  ensureRegions(): Promise<void> {
    if (this.#regionsPromise) return this.#regionsPromise;
    if (!this.dataset) return Promise.resolve();
    const points = Object.fromEntries(this.sites.map((f) => [f.id, f.properties.point]));
    this.#regionsPromise = this.#locate(points).then((regions) => void (this.regions = regions));
    return this.#regionsPromise;
  }
}
