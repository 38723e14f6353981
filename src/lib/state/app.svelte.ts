import type { Dataset } from '../data/load';
import { LAYERS, SITE_LAYERS, type LayerName } from '../data/constants';
import { siteYearSpan } from '../time/events';
import {
  FACETS,
  FIXED_VALUES,
  NO_FILTERS,
  dropUnknown,
  facetCounts,
  hasFilters,
  matches,
  siteFacets,
  type FacetName,
  type Filters,
  type SiteFacets,
} from '../filters/filters';
import type { SiteRegions } from '../geo/regions';
import { basemapUrls } from '../map/assets';
import type { LayerFeature, SiteFeature } from '../data/schema';
import type { LonLat } from '../geo/geodesic';
import { buildPointIndex, type PointIndex } from '../geo/pointIndex';
import type { SiteSearch, SearchEntry } from '../search/search';
import { measureFeatures, summarisePath } from '../geo/measure';
import { nearestPoints, ringMembers, type ProximitySite } from '../geo/proximity';
import { circleRing } from '../geo/rings';
import { callWorker } from '../workers/client';
import type { MapCollection } from '../map/siteSources';
import type { ColumnChoice, ImportedFeature, ImportResult } from '../import/importFile';
import { MAX_IMPORT_BYTES } from '../import/checks';
import { forgetImported, saveImported } from '../import/storage';
import { anchorPoints } from '../geo/distanceToGeometry';
import { i18n, setLanguage, type MessageKey, fmt } from '../i18n/i18n.svelte';
import {
  EMPTY_URL_STATE,
  parseUrl,
  roundCoord,
  serializeUrl,
  type DistanceUnit,
  type InputProblem,
  type MapView,
  type UrlState,
} from './url';

/** Kyrgyzstan as a whole, the first view a new visitor sees. */
export const HOME_VIEW: MapView = { zoom: 6.2, lat: 41.3, lon: 74.7 };
/** Radius rings drawn around a selected site unless the user chose others, kilometres. */
export const DEFAULT_RINGS = [5, 10, 25];
/** Every layer is shown at first. */
export const DEFAULT_LAYERS: readonly LayerName[] = LAYERS;

/** Any feature the atlas can select: a shipped one or one from the user's own layer. */
export type AnyFeature = LayerFeature<LayerName> | ImportedFeature;

/** The user's own layer, read from their file and kept in this browser. */
export interface ImportedLayer {
  name: string;
  features: ImportedFeature[];
}

/** A request for the map to bring a feature into view (seq makes repeats distinct). */
export interface FocusRequest {
  id: string;
  seq: number;
}

/** The one state module: everything the UI shows is derived from here. */
export class AppState {
  /** Validated data, once loaded. */
  data = $state.raw<Dataset | null>(null);
  /** The current map view (centre and zoom). */
  view = $state<MapView>(HOME_VIEW);
  /** Whether the view came from a link (then the map does not fly to a selection on load). */
  viewFromUrl = false;
  /** Selected site or community id (may be unknown: the panel then says so). */
  selectedId = $state<string | null>(null);
  /** Feature under the pointer. */
  hoverId = $state<string | null>(null);
  /** Layers shown, in LAYERS order. */
  layers = $state<LayerName[]>([...DEFAULT_LAYERS]);
  /** Ruler points. */
  measure = $state.raw<LonLat[]>([]);
  /** Whether map clicks add ruler points. */
  measuring = $state(false);
  /** Radius rings around the selected site, kilometres; null: DEFAULT_RINGS. */
  customRings = $state<number[] | null>(null);
  unit = $state<DistanceUnit>('km');
  /** Years shown (inclusive); null: all, undated sites included. */
  years = $state<[number, number] | null>(null);
  /** Chosen values per facet (region, sector, status, organisation, precision). */
  filters = $state.raw<Filters>(NO_FILTERS);
  /** Which oblast each site's point lies in, once the worker has worked it out. */
  regions = $state.raw<SiteRegions | null>(null);
  /** Whether the accessible list of sites is open. */
  listOpen = $state(false);
  /** Messages for the user (bad link parameters, data problems). */
  notices = $state<InputProblem[]>([]);
  /** The user's own layer, if they added one. */
  imported = $state.raw<ImportedLayer | null>(null);
  /** Whether the user's own layer is shown. */
  importedVisible = $state(true);
  /** The file being read or last read, and what came of it. */
  importStatus = $state.raw<{
    name: string;
    file?: Blob;
    reading?: boolean;
    result?: ImportResult;
    problem?: InputProblem;
  } | null>(null);
  /** Latest request to show a feature on the map. */
  focus = $state.raw<FocusRequest | null>(null);
  /** Where the pointer is while measuring (the dashed preview segment ends there). */
  measurePreview = $state.raw<LonLat | null>(null);
  /** The map's visible area [west, south, east, north], degrees. */
  bounds = $state.raw<[number, number, number, number] | null>(null);
  /** How many nearest communities the proximity panel lists. */
  nearestLimit = $state(10);

  readonly rings = $derived(this.customRings ?? DEFAULT_RINGS);

  /** Every feature by id. */
  readonly byId = $derived.by(() => {
    const data = this.data;
    const features: AnyFeature[] = data
      ? LAYERS.flatMap((l) => data[l].features as AnyFeature[])
      : [];
    features.push(...(this.imported?.features ?? []));
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map(features.map((f) => [f.id, f]));
  });

  /** The selected feature, or null (none selected, or an unknown id). */
  readonly selected = $derived(this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null);

  /** Each site's first and last event year, or null when it has no date. */
  readonly siteYears = $derived.by(() => {
    const data = this.data;
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Map<string, [number, number] | null>();
    if (!data) return out;
    for (const l of SITE_LAYERS) {
      for (const f of data[l].features as SiteFeature[]) {
        out.set(f.id, siteYearSpan(f));
      }
    }
    return out;
  });

  /** Whether a site falls in the chosen years (every site when none are chosen). */
  inYears(id: string): boolean {
    const range = this.years;
    if (!range) return true;
    const y = this.siteYears.get(id);
    return !!y && y[0] <= range[1] && y[1] >= range[0];
  }

  /** Each site's values in every facet, with the names the data gives them. */
  readonly siteFacets = $derived.by(() => {
    const data = this.data;
    const regions = this.regions?.bySite;
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Map<string, SiteFacets>();
    if (!data) return out;
    for (const l of SITE_LAYERS) {
      for (const f of data[l].features as SiteFeature[]) {
        out.set(f.id, siteFacets(f, regions?.[f.id] ?? null));
      }
    }
    return out;
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

  /** Whether a site passes the facet filters (ignoring one facet, for facet counts). */
  passesFilters(id: string, except?: FacetName): boolean {
    const facets = this.siteFacets.get(id);
    return !facets || matches(facets.values, this.filters, except);
  }

  /** Sites of every site layer within the chosen years (layers and filters not applied). */
  readonly sitesInYears = $derived.by(() => {
    const data = this.data;
    if (!data) return [] as SiteFeature[];
    return SITE_LAYERS.flatMap((l) =>
      (data[l].features as SiteFeature[]).filter((f) => this.inYears(f.id)),
    );
  });

  /** Ids of the sites the facet filters keep, for the map; null when no filter is set. */
  readonly filteredIds = $derived.by(() => {
    if (!hasFilters(this.filters)) return null;
    return [...this.siteFacets.keys()].filter((id) => this.passesFilters(id));
  });

  /** Sites of every site layer within the chosen years and filters (layers not applied). */
  readonly narrowedSites = $derived(this.sitesInYears.filter((f) => this.passesFilters(f.id)));

  /** Sites (not communities) of the shown layers, within the chosen years and filters. */
  readonly visibleSites = $derived.by(() => {
    const shown: readonly string[] = this.layers;
    return this.narrowedSites.filter((f) => shown.includes(f.properties.layer));
  });

  /** Ids of visibleSites, for search results and quick checks. */
  readonly visibleIds = $derived(
    // Rebuilt whenever the shown sites change and never mutated, so a plain Set is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(this.visibleSites.map((f) => f.id)),
  );

  /** Sites each layer would show with the chosen years and filters (whether or not it is shown). */
  readonly layerCounts = $derived.by(() => {
    const counts = Object.fromEntries(LAYERS.map((l) => [l, 0])) as Record<LayerName, number>;
    for (const f of this.narrowedSites) counts[f.properties.layer]++;
    counts.communities = this.data?.communities.features.length ?? 0;
    return counts;
  });

  /** Facet counts over the shown layers within the chosen years. */
  readonly facetCounts = $derived.by(() => {
    const shown: readonly string[] = this.layers;
    const rows = this.sitesInYears
      .filter((f) => shown.includes(f.properties.layer))
      .flatMap((f) => {
        const facets = this.siteFacets.get(f.id);
        return facets ? [facets] : [];
      });
    return facetCounts(rows, this.filters);
  });

  /** Whether any filter or a year range is set (then "Clear all" has something to clear). */
  readonly narrowed = $derived(hasFilters(this.filters) || this.years !== null);

  /** Clears the filters and the year range (layers stay as the user set them). */
  clearFilters(): void {
    this.filters = NO_FILTERS;
    this.years = null;
  }

  /**
   * Drops link filter values no site has (a stale or mistyped link), with one notice each.
   * Regions are checked once they are known.
   */
  dropUnknownFilters(): void {
    if (!this.data) return;
    const known = Object.fromEntries(
      // Local working sets, not state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      FACETS.map((f) => [f, new Set<string>(FIXED_VALUES[f] ?? [])]),
    ) as Record<FacetName, Set<string>>;
    for (const { values } of this.siteFacets.values()) {
      for (const f of FACETS) for (const v of values[f]) known[f].add(v);
    }
    const facets = FACETS.filter((f) => f !== 'region' || this.regions);
    const { filters, dropped } = dropUnknown(this.filters, known, facets);
    if (!dropped.length) return;
    this.filters = filters;
    for (const value of dropped) this.notify('url.badFilter', { value });
  }

  /** Spatial index of the communities, built once per dataset. */
  readonly communityIndex = $derived.by((): PointIndex | null => {
    const data = this.data;
    if (!data) return null;
    return buildPointIndex(data.communities.features.map((f) => f.geometry.coordinates as LonLat));
  });

  /** Name search over every site and community. */
  readonly searchEntries = $derived.by(() => {
    const entries: SearchEntry[] = [];
    for (const f of this.byId.values()) {
      const p = f.properties;
      const other = [
        'name_ru' in p ? p.name_ru : null,
        'name_ky' in p ? p.name_ky : null,
        'name_zh' in p ? p.name_zh : null,
        ...('alt_names' in p ? p.alt_names : []),
      ].filter((n): n is string => typeof n === 'string' && n !== p.name);
      entries.push({ id: f.id, layer: p.layer, name: p.name, otherNames: other });
    }
    return entries;
  });

  /** The search index, built on first use (MiniSearch loads then, not at start). */
  searchIndex = $state.raw<{ entries: SearchEntry[]; index: SiteSearch } | null>(null);

  /** Starts building the search index for the current data, if not built yet. */
  prepareSearch(): void {
    const entries = this.searchEntries;
    if (!entries.length || this.searchIndex?.entries === entries) return;
    void import('../search/search').then(({ SiteSearch }) => {
      if (this.searchEntries === entries) {
        this.searchIndex = { entries, index: new SiteSearch(entries) };
      }
    });
  }

  /** The selected feature as proximity sees it (its geometry and location uncertainty). */
  readonly proximitySite = $derived.by((): ProximitySite | null =>
    this.selected ? proximityOf(this.selected) : null,
  );

  /** The communities nearest to the selected feature (itself excluded if it is one). */
  readonly nearest = $derived.by(() => {
    const site = this.proximitySite;
    const index = this.communityIndex;
    const data = this.data;
    if (!site || !index || !data) return [];
    const self = data.communities.features.findIndex((f) => f.id === site.id);
    return nearestPoints(site, index, {
      limit: this.nearestLimit,
      ...(self >= 0 ? { excludeIndex: self } : {}),
    }).map((n) => ({ ...n, community: data.communities.features[n.index]! }));
  });

  /** Communities inside each radius ring around the selected feature. */
  readonly ringResults = $derived.by(() => {
    const site = this.proximitySite;
    const index = this.communityIndex;
    if (!site || !index) return [];
    return ringMembers(site, index, this.rings);
  });

  /** Buffered rings of a line or polygon site, computed in the worker (keyed by ringKey). */
  ringShapes = $state.raw<{ key: string; features: MapCollection } | null>(null);

  /** Which site and radii the rings on the map must show. */
  readonly ringKey = $derived(
    this.proximitySite ? `${this.proximitySite.id}|${this.rings.join(',')}` : '',
  );

  /** Ring outlines with their labels, for the map: circles at once, buffers when the worker answers. */
  readonly ringFeatures = $derived.by((): MapCollection => {
    const site = this.proximitySite;
    if (!site) return EMPTY_COLLECTION;
    if (site.geometry.type !== 'Point') {
      return this.ringShapes?.key === this.ringKey ? this.ringShapes.features : EMPTY_COLLECTION;
    }
    const center = site.geometry.coordinates as LonLat;
    return labelRings(
      this.rings.map((km) => circleRing(center, km)),
      this.rings,
      this.unit,
    );
  });

  /** Thin lines from the selected site to its nearest communities. */
  readonly linkFeatures = $derived.by((): MapCollection => ({
    type: 'FeatureCollection',
    features: this.nearest.map((n) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [[...n.from], [...n.community.geometry.coordinates]],
      },
      properties: { id: n.community.id },
    })),
  }));

  /** Segment lengths and total of the ruler. */
  readonly measureSummary = $derived(summarisePath(this.measure));

  /** The ruler on the map. */
  readonly measureFeatures = $derived(
    measureFeatures(
      this.measure,
      (km) => fmt.distance(km, this.unit),
      this.measuring ? this.measurePreview : null,
    ) as MapCollection,
  );

  /** Adds a ruler point, rounded to ~1 m as links store it, so a shared link measures the same. */
  addMeasurePoint([lon, lat]: LonLat): void {
    this.measure = [...this.measure, [roundCoord(lon), roundCoord(lat)]];
  }

  previewAt(p: LonLat | null): void {
    this.measurePreview = p;
  }

  /** Removes the last ruler point. */
  undoMeasurePoint(): void {
    this.measure = this.measure.slice(0, -1);
  }

  clearMeasure(): void {
    this.measure = [];
    this.measurePreview = null;
  }

  /** The part of the state a link reproduces. */
  readonly urlState = $derived<UrlState>({
    view: this.view,
    site: this.selectedId,
    layers: sameLayers(this.layers, DEFAULT_LAYERS) ? null : [...this.layers],
    measure: this.measure,
    rings: this.customRings,
    unit: this.unit,
    // Written when not English, so a link sent in Russian opens in Russian.
    lang: i18n.lang === 'en' ? null : i18n.lang,
    years: this.years,
    filters: this.filters,
  });

  readonly search = $derived(serializeUrl(this.urlState, ''));

  /** Loads the state from a query string, reporting what it had to ignore. */
  loadFromUrl(search: string): void {
    const { state, errors } = parseUrl(search);
    this.applyUrlState(state);
    this.notices = errors;
  }

  applyUrlState(state: UrlState = EMPTY_URL_STATE): void {
    if (state.view) {
      this.view = state.view;
      this.viewFromUrl = true;
    }
    this.selectedId = state.site;
    this.layers = state.layers ? [...state.layers] : [...DEFAULT_LAYERS];
    this.measure = state.measure;
    this.customRings = state.rings;
    this.unit = state.unit;
    if (state.lang && state.lang !== i18n.lang) void setLanguage(state.lang);
    this.years = state.years;
    this.filters = state.filters;
    this.dropUnknownFilters();
    if (this.filters.region.length) void this.ensureRegions();
  }

  setData(data: Dataset): void {
    this.data = data;
    this.dropUnknownFilters();
    // A link that filters by region needs the sites placed in their oblasts.
    if (this.filters.region.length) void this.ensureRegions();
  }

  setRegions(regions: SiteRegions): void {
    this.regions = regions;
    this.dropUnknownFilters();
  }

  private regionsPromise: Promise<void> | null = null;
  /**
   * Works out which oblast each site's point lies in, in the geometry worker, the first time the
   * region filter or an export needs it (not at start: the worker is large). Resolves when known
   * (or when that failed, with a notice).
   */
  ensureRegions(): Promise<void> {
    const data = this.data;
    if (this.regionsPromise) return this.regionsPromise;
    if (!data) return Promise.resolve();
    const points = Object.fromEntries(
      SITE_LAYERS.flatMap((l) =>
        (data[l].features as SiteFeature[]).map((f) => [f.id, f.properties.point]),
      ),
    );
    this.regionsPromise = callWorker('regions', { url: basemapUrls().oblasts, points }).then(
      (regions) => this.setRegions(regions),
      (e: unknown) => this.notify('filters.regionsFailed', { message: (e as Error).message }),
    );
    return this.regionsPromise;
  }

  /** Selects a feature (or clears with null). `show` asks the map to bring it into view. */
  select(id: string | null, { show = false } = {}): void {
    this.selectedId = id;
    if (id && show) this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
  }

  /** Called by the map when the user has moved it. */
  setView(view: MapView): void {
    this.view = view;
  }

  toggleLayer(layer: LayerName, on: boolean): void {
    this.layers = LAYERS.filter((l) => (l === layer ? on : this.layers.includes(l)));
  }

  /**
   * Reads a user's file in the worker. Too large a file is refused before it is read; valid
   * features load even when others are skipped; the layer is kept in this browser.
   */
  async importFile(file: Blob, name: string, columns?: ColumnChoice): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      this.importStatus = {
        name,
        problem: {
          key: 'import.tooLarge',
          params: { size: mb(file.size), max: mb(MAX_IMPORT_BYTES) },
        },
      };
      return;
    }
    this.importStatus = { name, file, reading: true };
    try {
      const result = await callWorker('import', { file, name, ...(columns ? { columns } : {}) });
      this.importStatus = { name, file, result };
      if (result.features.length) {
        this.imported = { name, features: result.features };
        this.importedVisible = true;
        try {
          await saveImported({ name, features: result.features });
        } catch (e) {
          this.notify('import.storageFailed', { message: (e as Error).message });
        }
      }
    } catch (e) {
      this.importStatus = {
        name,
        problem: { key: 'import.invalid', params: { detail: (e as Error).message } },
      };
    }
  }

  /** Removes the user's layer from the map and from this browser. */
  removeImported(): void {
    if (this.selected?.properties.layer === 'imported') this.select(null);
    this.imported = null;
    this.importStatus = null;
    void forgetImported();
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  /** Shows a message (translated when displayed, so it follows a language switch). */
  notify(key: MessageKey, params: Record<string, string | number> = {}): void {
    this.notices = [...this.notices, { key, params }];
  }
}

const EMPTY_COLLECTION: MapCollection = { type: 'FeatureCollection', features: [] };

/** Ring polygons with their radius and a label, for the map. */
function labelRings(
  rings: readonly (GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null)[],
  radiiKm: readonly number[],
  unit: DistanceUnit,
): MapCollection {
  return {
    type: 'FeatureCollection',
    features: rings.flatMap((ring, i) =>
      ring
        ? [
            {
              ...ring,
              properties: { radiusKm: radiiKm[i]!, label: fmt.distance(radiiKm[i]!, unit) },
            },
          ]
        : [],
    ),
  };
}

/**
 * Starts the state's background work: buffering a line or polygon site's rings in the worker
 * whenever the selection or the radii change. Returns a function that stops it.
 */
export function startBackgroundWork(state: AppState): () => void {
  return $effect.root(() => {
    $effect(() => {
      const site = state.proximitySite;
      const key = state.ringKey;
      const radiiKm = [...state.rings];
      const unit = state.unit;
      if (!site || site.geometry.type === 'Point') return;
      void callWorker('buffer', { geometry: $state.snapshot(site.geometry), radiiKm }).then(
        (rings) => {
          if (state.ringKey === key) {
            state.ringShapes = { key, features: labelRings(rings, radiiKm, unit) };
          }
        },
        (e: unknown) => state.notify('rings.error', { message: (e as Error).message }),
      );
    });
  });
}

/** A feature as proximity sees it: geometry, representative point, location uncertainty. */
export function proximityOf(f: AnyFeature): ProximitySite & { point: LonLat } {
  const p = f.properties;
  return {
    id: f.id,
    geometry: f.geometry,
    point: 'point' in p ? p.point : (anchorPoints(f.geometry, 1)[0] ?? [0, 0]),
    uncertaintyKm: 'uncertainty_km' in p ? p.uncertainty_km : 0,
  };
}

function sameLayers(a: readonly LayerName[], b: readonly LayerName[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

export const app = new AppState();

const LANGUAGE_KEY = 'kg-cn-atlas.lang';

/** The language this browser last used, if storage is available. */
export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Mirrors the state into the address bar so every view can be shared: a new selection is a new
 * history entry (back/forward step through selections); moving the map replaces the entry.
 * Returns a function that stops it.
 */
export function mirrorToUrl(state: AppState): () => void {
  let lastSite = state.selectedId;
  const onPop = () => {
    lastSite = parseUrl(location.search).state.site;
    state.loadFromUrl(location.search);
  };
  addEventListener('popstate', onPop);
  const stop = $effect.root(() => {
    $effect(() => {
      const lang = i18n.lang;
      try {
        localStorage.setItem(LANGUAGE_KEY, lang);
      } catch {
        // Storage may be disabled; the language then lasts for this page only.
      }
    });
    $effect(() => {
      const search = state.search;
      const site = state.selectedId;
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      if (site !== lastSite) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
      lastSite = site;
    });
  });
  return () => {
    removeEventListener('popstate', onPop);
    stop();
  };
}
