/**
 * The link: the part of the state a URL reproduces, and the one place that reads and writes the
 * address bar. The URL is parsed once at start (by the caller, which also picks the language from
 * it) and once per back/forward step.
 */
import { i18n, setLanguage } from '../i18n/i18n.svelte';
import type { LayerName } from '../data/constants';
import type { AppState } from './app.svelte';
import { DEFAULT_LAYERS } from './narrowing.svelte';
import { DATASET_VERSION } from '../data/version';
import { parseUrl, serializeUrl, type ParseResult, type UrlState } from './url';
import { afterPaint } from '../shared/afterPaint';

/** The part of the state a link reproduces. */
export function toUrlState(app: AppState): UrlState {
  const layers = app.narrowing.layers;
  return {
    view: app.view.view,
    site: app.selection.id,
    layers: sameLayers(layers, DEFAULT_LAYERS) ? null : [...layers],
    measure: app.ruler.points,
    rings: app.proximity.customRings,
    unit: app.view.unit,
    // Written when not English, so a link sent in Russian opens in Russian.
    lang: i18n.lang === 'en' ? null : i18n.lang,
    years: app.narrowing.years,
    filters: app.narrowing.filters,
    relief: app.basemap.relief,
    roads: app.basemap.roads,
    ruler: app.ruler.mode,
    // Every link says which data it was made with.
    version: DATASET_VERSION,
    about: app.view.about,
  };
}

/** The query string of the current view (`?site=…&map=…`). */
export function currentSearch(app: AppState): string {
  return serializeUrl(toUrlState(app), '');
}

/**
 * Puts a link's state into the app. With `focus` (a link just opened), a selected site is
 * brought into view unless the link also has a view of its own.
 */
export function applyUrlState(
  app: AppState,
  { state, errors }: ParseResult,
  { focus = false } = {},
): void {
  app.notices.replace(errors);
  if (state.version && state.version !== DATASET_VERSION) {
    app.notices.notify('url.oldVersion', { link: state.version, current: DATASET_VERSION });
  }
  app.view.showAbout(!!state.about);
  app.view.fromUrl(state.view);
  app.selection.select(state.site, { show: focus && !state.view });
  app.narrowing.setLayers(state.layers);
  app.ruler.setPoints(state.measure);
  app.ruler.setMode(state.ruler);
  app.basemap.setRelief(state.relief);
  app.basemap.setRoads(state.roads);
  app.proximity.setRings(state.rings);
  app.view.setUnit(state.unit);
  if (state.lang && state.lang !== i18n.lang) void setLanguage(state.lang);
  app.narrowing.setYears(state.years);
  app.narrowing.setFilters(state.filters);
  app.narrowing.dropUnknown();
  if (state.filters.region.length) void app.ensureRegions();
}

/**
 * Mirrors the state into the address bar so every view can be shared: a new selection is a new
 * history entry (back/forward step through selections); moving the map replaces the entry.
 * Back/forward reads the link again. Returns a function that stops it.
 */
export function startUrlSync(app: AppState): () => void {
  let lastSite = app.selection.id;
  const onPop = () => {
    const parsed = parseUrl(location.search);
    lastSite = parsed.state.site;
    applyUrlState(app, parsed);
  };
  addEventListener('popstate', onPop);
  // Written once the change is on screen (a history entry costs the browser a few milliseconds
  // a click should not wait for); changes within one frame make one entry, and a page left
  // before then still writes it.
  let pending: { cancel: () => void; write: () => void } | null = null;
  const write = (search: string, site: string | null) => {
    pending = null;
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (site !== lastSite) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    lastSite = site;
  };
  const flush = () => {
    const p = pending;
    p?.cancel();
    p?.write();
  };
  addEventListener('pagehide', flush);
  const stop = $effect.root(() => {
    $effect(() => {
      const search = currentSearch(app);
      const site = app.selection.id;
      pending?.cancel();
      const now = () => write(search, site);
      pending = { cancel: afterPaint(now), write: now };
    });
  });
  return () => {
    removeEventListener('popstate', onPop);
    removeEventListener('pagehide', flush);
    pending?.cancel();
    stop();
  };
}

function sameLayers(a: readonly LayerName[], b: readonly LayerName[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}
