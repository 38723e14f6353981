/**
 * Layer names, id and date patterns, precisions and the URL rule: the parts of the data contract
 * the UI needs, free of the validation library (see schema.ts for the schemas).
 */

/** The five map layers, each shipped as `geodata/<layer>.geojson`. */
export const LAYERS = ['projects', 'crossings', 'protests', 'mines', 'communities'] as const;
/** A layer name. */
export type LayerName = (typeof LAYERS)[number];
/** The four layers of cited sites (every layer except communities). */
export const SITE_LAYERS = ['projects', 'crossings', 'protests', 'mines'] as const;
/** A site layer name. */
export type SiteLayerName = (typeof SITE_LAYERS)[number];

/** Region the data must fall in: [west, south, east, north] in degrees (Kyrgyzstan + margins). */
export const REGION_BBOX = [68, 36, 81, 45.5] as const;

/** Stable kebab-case id, e.g. `torugart-pass`, `aiddata-54405`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Partial ISO date: `2019`, `2019-08` or `2019-08-05`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Only `https:` and `http:` links are allowed (no `javascript:`, `data:`, relative…). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Precision of a site's location. */
export const PRECISIONS = ['exact', 'approximate', 'town', 'district', 'region'] as const;
/** Precision of a site's location. */
export type Precision = (typeof PRECISIONS)[number];

/** Geometry types the atlas draws and measures (no GeometryCollection). */
export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
