/** The map view kept in the URL: `?map=zoom/lat/lon` as on OpenStreetMap. */
export interface MapView {
  /** Zoom level, 0–22. */
  zoom: number;
  /** Latitude of the centre, degrees. */
  lat: number;
  /** Longitude of the centre, degrees. */
  lon: number;
}

export interface UrlState {
  view: MapView | null;
}

export interface ParseResult {
  state: UrlState;
  /** Human-readable problems with parameters that were ignored. */
  errors: string[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Parses `map=zoom/lat/lon`; null when malformed or out of range. */
export function parseView(value: string): MapView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

/** Formats a view with precision that matches the zoom (about a pixel). */
export function formatView({ zoom, lat, lon }: MapView): string {
  const digits = Math.max(0, Math.min(6, Math.ceil(Math.log10(2 ** zoom * 1.5))));
  return `${zoom.toFixed(2)}/${lat.toFixed(digits)}/${lon.toFixed(digits)}`;
}

/** Reads the atlas state from a query string; unknown parameters are left alone. */
export function parseUrl(search: string): ParseResult {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  let view: MapView | null = null;
  const raw = params.get('map');
  if (raw !== null) {
    view = parseView(raw);
    if (!view) errors.push(raw);
  }
  return { state: { view }, errors };
}

/** Writes the atlas state into a query string, keeping parameters it does not own. */
export function serializeUrl(state: UrlState, previous = ''): string {
  const params = new URLSearchParams(previous);
  if (state.view) params.set('map', formatView(state.view));
  else params.delete('map');
  const text = params.toString().replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}
