import { LAYERS, SITE_LAYERS, type LayerName, type SiteLayerName } from '../data/constants';
import type { SiteFeature } from '../data/schema';
import {
  FACETS,
  NO_FILTERS,
  dropUnknown,
  facetCounts,
  hasFilters,
  matches,
  possibleCounts,
  toggleValue,
  type FacetName,
  type Filters,
} from '../filters/filters';
import type { DataState } from './data.svelte';
import type { NoticesState } from './notices.svelte';
import type { MarkerGroup } from './selection.svelte';
import { byPlace, markerOf, placeOf, pointKey } from './features';

/** Every layer is shown at first. */
export const DEFAULT_LAYERS: readonly LayerName[] = LAYERS;

/** What the user narrowed the sites to: layers shown, years, facet filters. */
export class NarrowingState {
  /** Layers shown, in LAYERS order. */
  layers = $state.raw<LayerName[]>([...DEFAULT_LAYERS]);
  /** Years shown (inclusive); null: all, undated sites included. */
  years = $state.raw<[number, number] | null>(null);
  /** Chosen values per facet (region, sector, status, organisation, precision). */
  filters = $state.raw<Filters>(NO_FILTERS);

  readonly #data: DataState;
  readonly #notices: NoticesState;

  constructor(data: DataState, notices: NoticesState) {
    this.#data = data;
    this.#notices = notices;
  }

  /** Whether a site falls in the chosen years (every site when none are chosen). */
  inYears(id: string): boolean {
    const range = this.years;
    if (!range) return true;
    const y = this.#data.siteYears.get(id);
    return !!y && y[0] <= range[1] && y[1] >= range[0];
  }

  /** Whether a site passes the facet filters (ignoring one facet, for facet counts). */
  passesFilters(id: string, except?: FacetName): boolean {
    const facets = this.#data.siteFacets.get(id);
    return !facets || matches(facets.values, this.filters, except);
  }

  /** Sites of every site layer within the chosen years (layers and filters not applied). */
  readonly sitesInYears = $derived.by(() => this.#data.sites.filter((f) => this.inYears(f.id)));

  /** Ids of the sites the facet filters keep, for the map; null when no filter is set. */
  readonly filteredIds = $derived.by(() => {
    if (!hasFilters(this.filters)) return null;
    return [...this.#data.siteFacets.keys()].filter((id) => this.passesFilters(id));
  });

  /** Sites of every site layer within the chosen years and filters (layers not applied). */
  readonly narrowedSites = $derived.by(() =>
    this.sitesInYears.filter((f) => this.passesFilters(f.id)),
  );

  /** Sites of every site layer that pass the filters, whatever their years (the timeline's bars). */
  readonly filteredSites = $derived.by(() =>
    this.#data.sites.filter((f) => this.passesFilters(f.id)),
  );

  /** Sites (not communities) of the shown layers, within the chosen years and filters. */
  readonly visibleSites = $derived.by((): SiteFeature[] => {
    const shown: readonly string[] = this.layers;
    return this.narrowedSites.filter((f) => shown.includes(f.properties.layer));
  });

  /** Ids of visibleSites, for search results and quick checks. */
  readonly visibleIds = $derived(
    // Rebuilt whenever the shown sites change and never mutated, so a plain Set is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(this.visibleSites.map((f) => f.id)),
  );

  /**
   * Places each layer would show with the chosen years and filters (whether or not it is shown):
   * records of one physical site count once (see placeCounts for the records too).
   */
  readonly layerCounts = $derived.by(() => {
    const counts = Object.fromEntries(LAYERS.map((l) => [l, 0])) as Record<LayerName, number>;
    for (const l of SITE_LAYERS) counts[l] = this.placeCounts[l].places;
    counts.communities = this.#data.dataset?.communities.features.length ?? 0;
    return counts;
  });

  /**
   * Places and records each site layer would show with the chosen years and filters: records of
   * one physical site (a mine and its loans) count as one place.
   */
  readonly placeCounts = $derived.by(() => {
    const out = {} as Record<SiteLayerName, { places: number; records: number }>;
    for (const layer of SITE_LAYERS) {
      const records = this.narrowedSites.filter((f) => f.properties.layer === layer);
      // A plain Set, counted and dropped at once.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      out[layer] = { places: new Set(records.map(placeOf)).size, records: records.length };
    }
    return out;
  });

  /** Places shown on the map (records of one place count once). */
  readonly visiblePlaces = $derived(
    // A plain Set, counted and dropped at once.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(this.visibleSites.map(placeOf)).size,
  );

  /** The shown sites by the point their symbol is drawn at (pointKey). */
  readonly markers = $derived.by(() => {
    // Rebuilt whenever the shown sites change and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Map<string, SiteFeature[]>();
    for (const f of this.visibleSites) {
      const key = pointKey(markerOf(f));
      const list = out.get(key);
      if (list) list.push(f);
      else out.set(key, [f]);
    }
    return out;
  });

  /** The shown sites drawn at the same point as site `id`, by place (just `id` when alone). */
  markerAt(id: string): MarkerGroup {
    const f = this.visibleSites.find((s) => s.id === id);
    if (!f) return [{ place: id, records: [id] }];
    const here = this.markers.get(pointKey(markerOf(f))) ?? [f];
    return byPlace(here).map((g) => ({ place: g.place, records: g.records.map((r) => r.id) }));
  }

  /** The facets of the sites of the shown layers within the chosen years (what facets count). */
  readonly #facetRows = $derived.by(() => {
    const shown: readonly string[] = this.layers;
    return this.sitesInYears
      .filter((f) => shown.includes(f.properties.layer))
      .flatMap((f) => {
        const facets = this.#data.siteFacets.get(f.id);
        return facets ? [facets] : [];
      });
  });

  /** Facet counts over the shown layers within the chosen years. */
  readonly facetCounts = $derived(facetCounts(this.#facetRows, this.filters));

  /** Of the facet counts, the sites that only possibly have a value (a region their area spans). */
  readonly facetPossible = $derived(possibleCounts(this.#facetRows, this.filters));

  /** Whether any filter or a year range is set (then "Clear all" has something to clear). */
  readonly narrowed = $derived(hasFilters(this.filters) || this.years !== null);

  /** Shows or hides a layer. */
  toggleLayer(layer: LayerName, on: boolean): void {
    this.layers = LAYERS.filter((l) => (l === layer ? on : this.layers.includes(l)));
  }

  /** Shows these layers (null: the default, every layer). */
  setLayers(layers: readonly LayerName[] | null): void {
    this.layers = layers ? LAYERS.filter((l) => layers.includes(l)) : [...DEFAULT_LAYERS];
  }

  /** Narrows to the years [from, to] (in either order); null, or the whole axis: all years. */
  setYears(range: [number, number] | null, axis?: [number, number]): void {
    if (!range) return void (this.years = null);
    const [from, to] = [Math.min(...range), Math.max(...range)];
    this.years = axis && from <= axis[0] && to >= axis[1] ? null : [from, to];
  }

  /** Chooses or unchooses one value of a facet. */
  toggleFilter(facet: FacetName, value: string, on: boolean): void {
    this.filters = toggleValue(this.filters, facet, value, on);
  }

  /** Replaces every facet's choices (from a link). */
  setFilters(filters: Filters): void {
    this.filters = filters;
  }

  /** Clears the filters and the year range (layers stay as the user set them). */
  clear(): void {
    this.filters = NO_FILTERS;
    this.years = null;
  }

  /**
   * Drops link filter values no site has (a stale or mistyped link), with one notice each.
   * Regions are checked once they are known; nothing is checked before the data is loaded.
   */
  dropUnknown(): void {
    if (!this.#data.dataset) return;
    const facets = FACETS.filter((f) => f !== 'region' || this.#data.regions);
    const { filters, dropped } = dropUnknown(this.filters, this.#data.knownValues, facets);
    if (!dropped.length) return;
    this.filters = filters;
    for (const value of dropped) this.#notices.notify('url.badFilter', { value });
  }
}
