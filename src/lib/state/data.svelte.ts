import type { Dataset } from '../data/load';
import { SITE_LAYERS } from '../data/constants';
import type { SiteFeature } from '../data/schema';
import type { LonLat } from '../shared/vocabulary';
import type { RegionShape, SiteRegions } from '../geo/regions';
import { areaShape, type Shape } from '../geo/area';
import { areaOf, byPlace, placeOf, type AreaShapes } from './features';
import { buildPointIndex, type PointIndex } from '../geo/pointIndex';
import { siteYearSpan } from '../time/events';
import {
  FACETS,
  FIXED_VALUES,
  siteFacets,
  type FacetName,
  type SiteFacets,
} from '../filters/filters';

/**
 * Works out which oblast each site's point lies in, and which oblasts its shape (the area it may
 * be in, or its own line or area) lies in (the geometry worker, in the app).
 */
export type LocateRegions = (
  points: Record<string, LonLat>,
  shapes: Record<string, RegionShape>,
) => Promise<SiteRegions>;

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

  /** The polygons uncertain sites may be in (districts, regions, city outlines), by id. */
  readonly areaShapes = $derived.by((): AreaShapes => {
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Map<string, Shape>();
    for (const a of this.dataset?.areas.features ?? []) out.set(a.properties.id, a.geometry);
    return out;
  });

  /** Every place (physical site) of two or more records: place id → its records, its own first. */
  readonly places = $derived.by(() => {
    const groups = byPlace(this.sites.filter((f) => f.properties.place));
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map(groups.map((g) => [g.place, g.records]));
  });

  /** The records of a site's place (just the site when it has no other), its place's own first. */
  recordsOf(id: string): SiteFeature[] {
    const f = this.sites.find((s) => s.id === id);
    if (!f) return [];
    return this.places.get(placeOf(f)) ?? [f];
  }

  /** Each site's values in every facet, with the names the data gives them. */
  readonly siteFacets = $derived.by(() => {
    const regions = this.regions;
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map<string, SiteFacets>(
      this.sites.map((f) => [
        f.id,
        siteFacets(f, regions?.byShape?.[f.id] ?? regions?.bySite[f.id] ?? null),
      ]),
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
   * Works out which oblasts each site lies in, the first time the region filter or an export
   * needs it (not at start: the worker is large): by its point, and by its shape (the area an
   * uncertain site may be in, else its own geometry). One shared promise: resolves when known,
   * rejects (once, for every caller) when that failed.
   */
  ensureRegions(): Promise<void> {
    if (this.#regionsPromise) return this.#regionsPromise;
    if (!this.dataset) return Promise.resolve();
    const points = Object.fromEntries(this.sites.map((f) => [f.id, f.properties.point]));
    const shapes = Object.fromEntries(
      this.sites.map((f): [string, RegionShape] => {
        const area = areaOf(f, this.areaShapes);
        return [
          f.id,
          area
            ? { geometry: areaShape(area), uncertain: true }
            : { geometry: f.geometry, uncertain: false },
        ];
      }),
    );
    this.#regionsPromise = this.#locate(points, shapes).then(
      (regions) => void (this.regions = regions),
    );
    return this.#regionsPromise;
  }
}
