import type { Feature, Geometry } from 'geojson';
import { scavenge } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import type { InputProblem } from '../shared/vocabulary';
import { geometryProblem, p } from './checks';

export { MAX_IMPORT_BYTES, geometryProblem } from './checks';

function fail(format: ImportResult['format'], fatal: InputProblem): ImportResult {
  return { format, features: [], skipped: [], fatal };
}

/** Most features kept from one file. */
export const MAX_IMPORT_FEATURES = 100_000;

/** Properties of an imported feature: a name, and the file's own fields as text. */
export interface ImportedProps {
  id: string;
  layer: 'imported';
  name: string;
  fields: Record<string, string>;
}
export type ImportedFeature = Feature<Geometry, ImportedProps> & { id: string };

/** Which CSV columns hold latitude, longitude and the name. */
export interface ColumnChoice {
  lat: string;
  lon: string;
  name: string | null;
}

export interface ImportResult {
  format: 'geojson' | 'csv';
  features: ImportedFeature[];
  /** Features or rows left out, each with where and why. */
  skipped: { where: InputProblem; problem: InputProblem }[];
  /** Why nothing could be read at all. */
  fatal: InputProblem | null;
  /** CSV: the header, and the columns used (or guessed, when `needsColumns`). */
  headers?: string[];
  columns?: ColumnChoice;
  /** CSV: the latitude/longitude columns could not be told apart; ask the user. */
  needsColumns?: boolean;
}

const text = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The name of a feature from its usual fields, else a numbered placeholder. */
function nameOf(fields: Record<string, string>, n: number): string {
  for (const key of ['name', 'Name', 'NAME', 'title', 'Title', 'название', 'Название', 'аты']) {
    const v = fields[key]?.trim();
    if (v) return v.slice(0, 300);
  }
  return `#${n}`;
}

function feature(n: number, geometry: Geometry, fields: Record<string, string>, name?: string) {
  const id = `import-${n}`;
  return {
    type: 'Feature' as const,
    id,
    geometry,
    properties: { id, layer: 'imported' as const, name: name ?? nameOf(fields, n), fields },
  };
}

/** Reads GeoJSON: RFC 7946 checks (check-geojson), then our checks per feature; keeps the valid. */
export function importGeoJson(textContent: string): ImportResult {
  if (!textContent.trim()) return fail('geojson', p('import.empty'));
  try {
    JSON.parse(textContent);
  } catch (e) {
    return fail('geojson', p('import.notJson', { detail: (e as Error).message }));
  }
  let scavenged: ReturnType<typeof scavenge>;
  try {
    scavenged = scavenge(textContent);
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    const detail = issues?.[0]?.message ?? (e as Error).message;
    return fail('geojson', p('import.notGeoJson', { detail }));
  }
  const result: ImportResult = { format: 'geojson', features: [], skipped: [], fatal: null };
  const doc = scavenged.result as { type: string; features?: Feature[]; geometry?: Geometry };
  const list: Feature[] =
    doc.type === 'FeatureCollection'
      ? (doc.features ?? [])
      : doc.type === 'Feature'
        ? [doc as unknown as Feature]
        : [{ type: 'Feature', geometry: doc as unknown as Geometry, properties: {} }];
  scavenged.rejected.forEach((r, i) => {
    result.skipped.push({
      where: p('import.where.feature', { n: `?${i + 1}` }),
      problem: p('import.invalid', { detail: r.reasons[0]?.message ?? '' }),
    });
  });
  list.forEach((f, i) => {
    const where = p('import.where.feature', { n: i + 1 });
    const problem = geometryProblem(f.geometry);
    if (problem) return void result.skipped.push({ where, problem });
    if (result.features.length >= MAX_IMPORT_FEATURES) {
      return void result.skipped.push({
        where,
        problem: p('import.tooMany', { max: MAX_IMPORT_FEATURES }),
      });
    }
    const fields = Object.fromEntries(
      Object.entries(f.properties ?? {}).map(([k, v]) => [k.slice(0, 100), text(v).slice(0, 2000)]),
    );
    result.features.push(feature(result.features.length + 1, f.geometry, fields));
  });
  if (!result.features.length && !result.skipped.length)
    return fail('geojson', p('import.noFeatures'));
  return result;
}

const LAT = /^(lat|latitude|y|lat_?dd|широта|кеңдик|纬度)$/i;
const LON = /^(lon|lng|long|longitude|x|lon_?dd|долгота|узундук|经度)$/i;
const NAME = /^(name|title|название|аты|名称|site|place)$/i;

/** Guesses the latitude, longitude and name columns from common header names. */
export function guessColumns(headers: readonly string[]): { columns: ColumnChoice; sure: boolean } {
  const find = (re: RegExp) => headers.filter((h) => re.test(h.trim()));
  const lats = find(LAT);
  const lons = find(LON);
  const names = find(NAME);
  return {
    columns: { lat: lats[0] ?? '', lon: lons[0] ?? '', name: names[0] ?? null },
    sure: lats.length === 1 && lons.length === 1,
  };
}

function number(value: string | undefined): number | null {
  const t = (value ?? '').trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Reads a CSV with one point per row; asks for the columns when they cannot be guessed. */
export function importCsv(textContent: string, choice?: ColumnChoice): ImportResult {
  if (!textContent.trim()) return fail('csv', p('import.empty'));
  const parsed = Papa.parse<Record<string, string>>(textContent.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (!headers.length) return fail('csv', p('import.noFeatures'));
  const guess = guessColumns(headers);
  const columns = choice ?? guess.columns;
  const result: ImportResult = {
    format: 'csv',
    features: [],
    skipped: [],
    fatal: null,
    headers,
    columns,
  };
  const unusable = !headers.includes(columns.lat) || !headers.includes(columns.lon);
  if ((!choice && !guess.sure) || unusable) return { ...result, needsColumns: true };
  parsed.data.forEach((row, i) => {
    const where = p('import.where.row', { n: i + 2 }); // row 1 is the header
    const lat = number(row[columns.lat]);
    const lon = number(row[columns.lon]);
    const bad = lat === null ? columns.lat : lon === null ? columns.lon : null;
    if (bad !== null || lat === null || lon === null) {
      const column = bad ?? columns.lat;
      return void result.skipped.push({
        where,
        problem: p('import.csvBadNumber', { column, value: (row[column] ?? '').slice(0, 50) }),
      });
    }
    const geometry: Geometry = { type: 'Point', coordinates: [lon, lat] };
    const problem = geometryProblem(geometry);
    if (problem) return void result.skipped.push({ where, problem });
    if (result.features.length >= MAX_IMPORT_FEATURES) return;
    const fields = Object.fromEntries(
      Object.entries(row)
        .filter(([k]) => k !== '__parsed_extra')
        .map(([k, v]) => [k.slice(0, 100), text(v).slice(0, 2000)]),
    );
    const name = columns.name ? fields[columns.name]?.trim().slice(0, 300) : undefined;
    result.features.push(feature(result.features.length + 1, geometry, fields, name || undefined));
  });
  // Rows with too few or too many fields are judged by their coordinates like any other.
  if (!result.features.length && !result.skipped.length) return fail('csv', p('import.noFeatures'));
  return result;
}

/** Reads a file's text by its name: .geojson/.json as GeoJSON, .csv/.tsv/.txt as CSV. */
export function importText(
  fileName: string,
  textContent: string,
  choice?: ColumnChoice,
): ImportResult {
  const name = fileName.toLowerCase();
  if (/\.(geo)?json$/.test(name)) return importGeoJson(textContent);
  if (/\.(csv|tsv|txt)$/.test(name)) return importCsv(textContent, choice);
  const trimmed = textContent.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return importGeoJson(textContent);
  return fail('csv', p('import.unknownFormat', { name: fileName.slice(0, 100) }));
}
