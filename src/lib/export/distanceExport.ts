import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '../geo/geodesic';
import type { TablePair } from '../geo/distanceTable';
import type { RoadAnswer } from '../geo/roadRouter';

/** What a row of the exported table says about its site and community. */
export interface RowContext {
  site: {
    id: string;
    place?: string;
    name: string;
    layer: string;
    precision: string;
    uncertaintyKm: number;
  };
  community: {
    id: string;
    name: string;
    name_ru: string | null;
    oblast: string;
    rayon: string;
    population: number | null;
    at: LonLat;
  };
  /** The distance by road (absent in builds without the roads). */
  road?: RoadAnswer | null;
}

/** Column names of the CSV, with units in the names. */
export const CSV_COLUMNS = [
  'site_id',
  'site_place',
  'site_name',
  'site_layer',
  'site_precision',
  'site_uncertainty_km',
  'community_id',
  'community_name',
  'community_name_ru',
  'oblast',
  'rayon',
  'population',
  'distance_km',
  'distance_min_km',
  'distance_max_km',
  'bearing_deg',
  'within_radius',
  'road_km',
  'road_offroad_km',
  'road_note',
] as const;

export type TableRecord = Record<(typeof CSV_COLUMNS)[number], string | number>;

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The flat record of one pair, keyed by CSV_COLUMNS (population empty when unknown). */
export function tableRecord(pair: TablePair, ctx: RowContext): TableRecord {
  return {
    site_id: ctx.site.id,
    site_place: ctx.site.place ?? ctx.site.id,
    site_name: ctx.site.name,
    site_layer: ctx.site.layer,
    site_precision: ctx.site.precision,
    site_uncertainty_km: ctx.site.uncertaintyKm,
    community_id: ctx.community.id,
    community_name: ctx.community.name,
    community_name_ru: ctx.community.name_ru ?? '',
    oblast: ctx.community.oblast,
    rayon: ctx.community.rayon,
    population: ctx.community.population ?? '',
    distance_km: round(pair.distanceKm),
    distance_min_km: round(pair.minKm),
    distance_max_km: round(pair.maxKm),
    bearing_deg: round(pair.bearingDeg, 1),
    within_radius: pair.within,
    ...roadCells(ctx.road),
  };
}

/** What is written where no distance by road is known. */
export const NO_ROAD = 'no road in the data';

/**
 * The road columns: the distance by road and its off-road legs, or empty cells with a note
 * saying why (never 0); all empty in a build without the roads.
 */
function roadCells(
  road: RoadAnswer | null | undefined,
): Pick<TableRecord, 'road_km' | 'road_offroad_km' | 'road_note'> {
  if (!road) return { road_km: '', road_offroad_km: '', road_note: '' };
  if (!road.reachable) return { road_km: '', road_offroad_km: '', road_note: NO_ROAD };
  return {
    road_km: round(road.totalKm),
    road_offroad_km: round(road.fromOffRoadKm + road.toOffRoadKm),
    road_note:
      road.syntheticKm > 0.05
        ? `includes ${round(road.syntheticKm, 1)} km on connectors across gaps in the data`
        : '',
  };
}

/**
 * Neutralises spreadsheet formulas whichever separator a spreadsheet splits on (`,` here; `;` in
 * Russian, Kyrgyz or German locales; tabs): no piece of a text cell that a split at a comma,
 * semicolon, tab, quote or line break could make into a cell starts, after spaces, with = + - @.
 * A `'` goes before that character (OWASP's rule for CSV injection); a cell starting with a tab
 * or carriage return gets one too. Numbers are left as they are.
 */
export function safeCell(value: string | number): string | number {
  if (typeof value !== 'string') return value;
  const safe = value.replace(/(^|[,;\t\r\n"])([ \t]*)(?=[=+\-@])/g, "$1$2'");
  return /^[\t\r]/.test(safe) ? `'${safe}` : safe;
}

/** The distance table as CSV (see {@link csvTable}); its notes go in the README beside it. */
export async function toCsv(records: readonly TableRecord[]): Promise<string> {
  return csvTable(CSV_COLUMNS, records);
}

/**
 * Records as an RFC 4180 CSV that ordinary tools read as it is: a UTF-8 byte order mark (so
 * Excel reads Cyrillic and Chinese right), the header on the first line, CRLF line ends, every
 * field papaparse-quoted where needed, spreadsheet formulas neutralised; a column a record lacks
 * is an empty cell. What the file is (the view, the method, the credits) goes in a README beside
 * it ({@link readmeText}), never above the header.
 */
export async function csvTable(
  fields: readonly string[],
  records: readonly Record<string, string | number>[],
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const data = records.map((r) => fields.map((c) => safeCell(r[c] ?? '')));
  return '\uFEFF' + Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' }) + '\r\n';
}

/** The README that goes with an exported file: its title, then one paragraph per note. */
export function readmeText(title: string, notes: readonly string[]): string {
  return [title, '='.repeat(title.length), '', ...notes.flatMap((n) => [n, ''])].join('\r\n');
}

/** The table as GeoJSON: one line per pair, from the site's nearest point to the community. */
export function toGeoJson(
  records: readonly TableRecord[],
  pairs: readonly TablePair[],
  contexts: readonly RowContext[],
  notes: readonly string[],
): FeatureCollection<LineString> & { metadata: { notes: readonly string[] } } {
  const features: Feature<LineString>[] = records.map((properties, i) => ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [[...pairs[i]!.from], [...contexts[i]!.community.at]],
    },
    properties,
  }));
  return { type: 'FeatureCollection', metadata: { notes }, features };
}
