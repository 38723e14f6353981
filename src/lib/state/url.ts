import { LAYERS, ID_PATTERN, type LayerName } from '../data/constants';
import type { DistanceUnit, InputProblem, LonLat, MessageKey } from '../shared/vocabulary';
import { isLanguage, type Language } from '../i18n/languages';
import { FACETS, FIXED_VALUES, NO_FILTERS, VALUE_ID, type Filters } from '../filters/filters';
import { VERSION_PATTERN } from '../data/version';

/** The map view kept in the URL: `?map=zoom/lat/lon` as on OpenStreetMap. */
export interface MapView {
  /** Zoom level, 0–22. */
  zoom: number;
  /** Latitude of the centre, degrees. */
  lat: number;
  /** Longitude of the centre, degrees. */
  lon: number;
}

export type { DistanceUnit, InputProblem };

/** How the ruler measures: straight lines (geodesics) or by road between its points. */
export type RulerMode = 'straight' | 'road';

/** Everything a shared link reproduces. */
export interface UrlState {
  view: MapView | null;
  /** Selected site or community id (not checked against the data here). */
  site: string | null;
  /** Layers shown; null means the default set. */
  layers: LayerName[] | null;
  /** Ruler points, [lon, lat]. */
  measure: LonLat[];
  /** Radius rings around the selected site, kilometres; null means the default 5/10/25. */
  rings: number[] | null;
  unit: DistanceUnit;
  /** UI language; null: the browser's choice (or the one remembered). */
  lang: Language | null;
  /** Years shown, inclusive; null: all years (undated sites too). */
  years: [number, number] | null;
  /** Chosen filter values per facet, each list sorted; empty lists: no filter. */
  filters: Filters;
  /** Whether the relief is shown (`relief=off` when not; builds without it ignore it). */
  relief: boolean;
  /** Whether the roads are shown (`roads=off` when not; builds without them ignore it). */
  roads: boolean;
  /** How the ruler measures (`ruler=road` by road). */
  ruler: RulerMode;
  /** The dataset version the link was made with (`v=`); absent in links before versions. */
  version?: string;
  /** Whether the About view is open (`?about`). */
  about?: boolean;
}

export const EMPTY_URL_STATE: UrlState = {
  view: null,
  site: null,
  layers: null,
  measure: [],
  rings: null,
  unit: 'km',
  lang: null,
  years: null,
  filters: NO_FILTERS,
  relief: true,
  roads: true,
  ruler: 'straight',
};

export interface ParseResult {
  state: UrlState;
  /** One problem per parameter that was ignored (shown translated). */
  errors: InputProblem[];
}

/** Largest ring radius accepted, kilometres. */
export const MAX_RING_KM = 500;
/** Most rings and ruler points a link may hold. */
export const MAX_RINGS = 6;
export const MAX_MEASURE_POINTS = 100;
/** Most values a link may choose in one facet, and the longest value id. */
export const MAX_FILTER_VALUES = 40;
export const MAX_VALUE_LENGTH = 100;

/** Reads one facet's `a,b,c` list; null when any value is malformed or not one the facet has. */
export function parseFacetValues(value: string, fixed?: readonly string[]): string[] | null {
  const values = value.split(',');
  if (values.length > MAX_FILTER_VALUES) return null;
  const ok = values.every(
    (v) => v.length <= MAX_VALUE_LENGTH && VALUE_ID.test(v) && (!fixed || fixed.includes(v)),
  );
  return ok ? [...new Set(values)].sort() : null;
}

const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

/** Parses `zoom/lat/lon`; null when malformed or out of range. */
export function parseView(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  // `|| 0` turns -0 into 0, so a view reads back exactly as written.
  const [zoom, lat, lon] = parts.map((n) => Number(n) || 0) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

/** Formats a view with precision that matches the zoom (about a pixel). */
export function formatView({ zoom, lat, lon }: MapView): string {
  const digits = Math.max(0, Math.min(6, Math.ceil(Math.log10(2 ** zoom * 1.5))));
  return `${zoom.toFixed(2)}/${lat.toFixed(digits)}/${lon.toFixed(digits)}`;
}

/** Parses `lon,lat;lon,lat…`; null when any point is malformed or out of range. */
export function parseMeasure(value: string): LonLat[] | null {
  const parts = value.split(';');
  if (parts.length > MAX_MEASURE_POINTS) return null;
  const out: LonLat[] = [];
  for (const part of parts) {
    const xy = part.split(',');
    if (xy.length !== 2 || !xy.every((n) => NUMBER.test(n))) return null;
    const [lon, lat] = xy.map(Number) as [number, number];
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
    out.push([lon || 0, lat || 0]);
  }
  return out;
}

/** Rounds a coordinate to 5 decimals (~1 m), as written into links. */
export function roundCoord(x: number): number {
  return Math.round(x * 1e5) / 1e5 || 0; // never -0: it would not survive a link
}

/** Checks a radius typed by a user or read from a link; returns km or a message. */
export function parseRadiusKm(text: string): { km: number } | { error: InputProblem } {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    return { error: { key: 'radius.notNumber', params: { value: text } } };
  }
  // Rounded to the metre: a link then always holds it as a plain decimal (never `1e-7`, which
  // the app would write and then refuse), and a radius under half a metre is not positive.
  const km = Math.round(Number(t) * 1000) / 1000;
  if (!(km > 0)) return { error: { key: 'radius.notPositive', params: {} } };
  if (km > MAX_RING_KM) return { error: { key: 'radius.tooLarge', params: { max: MAX_RING_KM } } };
  return { km };
}

/** Reads the atlas state from a query string; unknown parameters are left alone. */
export function parseUrl(search: string): ParseResult {
  const params = new URLSearchParams(search);
  const errors: InputProblem[] = [];
  const problem = (key: MessageKey, value: string) => errors.push({ key, params: { value } });
  const state: UrlState = { ...EMPTY_URL_STATE };

  const map = params.get('map');
  if (map !== null) {
    state.view = parseView(map);
    if (!state.view) problem('url.badView', map);
  }
  const site = params.get('site');
  if (site !== null) {
    if (ID_PATTERN.test(site) && site.length <= 120) state.site = site;
    else problem('url.badSite', site);
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers === '' ? [] : layers.split(',');
    const bad = names.filter((n) => !(LAYERS as readonly string[]).includes(n));
    if (bad.length) problem('url.badLayer', bad.join(', '));
    state.layers = LAYERS.filter((l) => names.includes(l));
  }
  const measure = params.get('measure');
  if (measure !== null) {
    const points = parseMeasure(measure);
    if (points) state.measure = points;
    else problem('url.badMeasure', measure);
  }
  const rings = params.get('rings');
  if (rings !== null) {
    const parsed = rings.split(',').map(parseRadiusKm);
    const kms = parsed.flatMap((p) => ('km' in p ? [p.km] : []));
    if (kms.length !== parsed.length || kms.length > MAX_RINGS) {
      problem('url.badRings', rings);
    } else state.rings = normaliseRings(kms);
  }
  const unit = params.get('unit');
  if (unit !== null) {
    if (unit === 'km' || unit === 'mi') state.unit = unit;
    else problem('url.badUnit', unit);
  }
  const years = params.get('years');
  if (years !== null) {
    const m = /^(\d{4})-(\d{4})$/.exec(years);
    const [from, to] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    if (m && from <= to && from >= 1900 && to <= 2100) state.years = [from, to];
    else problem('url.badYears', years);
  }
  const filters = { ...NO_FILTERS };
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value === null) continue;
    const values = parseFacetValues(value, FIXED_VALUES[facet]);
    if (values) filters[facet] = values;
    else problem('url.badFilter', `${facet}=${value}`);
  }
  state.filters = filters;
  for (const key of ['relief', 'roads'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (value === 'on' || value === 'off') state[key] = value === 'on';
    else problem('url.badMapLayer', `${key}=${value}`);
  }
  const ruler = params.get('ruler');
  if (ruler !== null) {
    if (ruler === 'straight' || ruler === 'road') state.ruler = ruler;
    else problem('url.badRuler', ruler);
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else problem('url.badLang', lang);
  }
  const version = params.get('v');
  if (version !== null) {
    if (VERSION_PATTERN.test(version)) state.version = version;
    else problem('url.badVersion', version);
  }
  if (params.has('about')) state.about = true;
  return { state, errors };
}

/** Sorted, de-duplicated ring radii. */
export function normaliseRings(kms: readonly number[]): number[] {
  return [...new Set(kms)].sort((a, b) => a - b);
}

/** Writes the atlas state into a query string, keeping parameters it does not own. */
export function serializeUrl(state: UrlState, previous = ''): string {
  const params = new URLSearchParams(previous);
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value);
  set('site', state.site);
  set('map', state.view ? formatView(state.view) : null);
  set('layers', state.layers ? state.layers.join(',') : null);
  set(
    'measure',
    state.measure.length
      ? state.measure.map(([lon, lat]) => `${roundCoord(lon)},${roundCoord(lat)}`).join(';')
      : null,
  );
  set('ruler', state.ruler === 'straight' ? null : state.ruler);
  set('rings', state.rings ? state.rings.join(',') : null);
  set('unit', state.unit === 'km' ? null : state.unit);
  set('lang', state.lang);
  set('years', state.years ? `${state.years[0]}-${state.years[1]}` : null);
  for (const facet of FACETS) {
    const values = state.filters[facet];
    set(facet, values.length ? values.join(',') : null);
  }
  set('relief', state.relief ? null : 'off');
  set('roads', state.roads ? null : 'off');
  set('about', state.about ? '' : null);
  set('v', state.version ?? null);
  const text = params
    .toString()
    .replace(/%2F/g, '/')
    .replace(/%2C/g, ',')
    .replace(/%3B/g, ';')
    .replace(/(^|&)about=(?=&|$)/, '$1about');
  return text ? `?${text}` : '';
}
