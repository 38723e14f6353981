/**
 * Reading a user's file, whatever it is called: its content decides the format (a ZIP archive's
 * entries, magic bytes, JSON, XML, else a table), text is decoded in the encoding it was written
 * in, and the libraries for spreadsheets, KML/GPX and Shapefiles load only when such a file comes.
 * Runs in the geometry worker.
 */
import type { InputProblem } from '../shared/vocabulary';
import { p } from './checks';
import { importCsv } from './csv';
import { decodeText } from './decode';
import { importGeoJson } from './geojson';
import { failed, type ImportFormat, type ImportOptions, type ImportResult } from './model';
import { sniff, sniffText } from './sniff';

export { MAX_IMPORT_BYTES, MAX_IMPORT_FEATURES } from './checks';
export { geometryProblem } from './geometryCheck';
export { guessColumns } from './table';
export { importCsv } from './csv';
export { importGeoJson } from './geojson';
export type {
  ColumnChoice,
  Fields,
  ImportedFeature,
  ImportedProps,
  ImportFormat,
  ImportOptions,
  ImportProgress,
  ImportResult,
} from './model';
export type { PackedLayer } from './packed';

/** The format a file's name suggests, if any. */
function formatOfName(name: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'kml') return 'kml';
  if (ext === 'kmz') return 'kmz';
  if (ext === 'gpx') return 'gpx';
  if (ext === 'zip' || ext === 'shp') return 'shapefile';
  return null;
}

/** Says so when the content is not what the name suggests (".csv" holding an Excel workbook). */
function tell(result: ImportResult, name: string): ImportResult {
  const named = formatOfName(name);
  if (named && named !== result.format && !(named === 'kml' && result.format === 'kmz')) {
    result.about.unshift(
      p('import.readAs', { name: name.slice(0, 100), format: FORMAT_NAMES[result.format] }),
    );
  }
  return result;
}

/** Names of the formats as messages show them (the same in every language). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  shapefile: 'Shapefile (.zip)',
};

/** What a file the atlas cannot read is, said to the user. */
function unreadable(what: string, entries = ''): InputProblem {
  switch (what) {
    case 'ole':
      return p('import.isOldOffice');
    case 'pdf':
      return p('import.isPdf');
    case 'image':
      return p('import.isImage');
    case 'gzip':
      return p('import.isGzip');
    case 'word':
      return p('import.isWord');
    case 'powerpoint':
      return p('import.isPowerpoint');
    case 'opendocument':
      return p('import.isOpenDocument');
    case 'zip':
      return p('import.isZip', { entries });
    default:
      return p('import.isBinary');
  }
}

/** Reads decoded text by what it holds: GeoJSON, KML, GPX, or a table (CSV). */
export function importText(
  name: string,
  textContent: string,
  options: ImportOptions = {},
): ImportResult {
  const kind = sniffText(textContent);
  if (kind === 'json') return importGeoJson(textContent);
  if (kind === 'html') return failed(formatOfName(name) ?? 'csv', p('import.isHtml'));
  if (kind === 'kml' || kind === 'gpx') {
    // KML and GPX need the XML libraries: see importBytes.
    return failed(kind, p('import.isXml'));
  }
  if (kind === 'xml') return failed(formatOfName(name) ?? 'csv', p('import.isXml'));
  return importCsv(textContent, options.columns);
}

/** Reads a file's bytes by what they hold (the name only words the messages). */
export async function importBytes(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const guessed = formatOfName(name) ?? 'csv';
  if (bytes.length === 0) return failed(guessed, p('import.empty'));
  const kind = sniff(bytes);
  switch (kind.kind) {
    case 'xlsx': {
      const { importXlsx } = await import('./xlsx');
      return tell(await importXlsx(bytes, options), name);
    }
    case 'kmz': {
      const { importKmz } = await import('./xml');
      return tell(importKmz(bytes), name);
    }
    case 'shapefile': {
      const { importShapefile } = await import('./shapefile');
      return tell(importShapefile(bytes), name);
    }
    case 'badZip':
      return failed(guessed, p('import.badZip', { detail: '' }));
    case 'otherZip':
      return failed(guessed, unreadable(kind.what, kind.entries.join(', ')));
    case 'binary':
      return failed(guessed, unreadable(kind.what));
    case 'text':
      break;
  }
  const { text, encoding } = decodeText(bytes);
  const what = sniffText(text);
  let result: ImportResult;
  if (what === 'kml') {
    const { importKml } = await import('./xml');
    result = importKml(text);
  } else if (what === 'gpx') {
    const { importGpx } = await import('./xml');
    result = importGpx(text);
  } else {
    result = importText(name, text, options);
  }
  result.encoding = encoding;
  result.about.push(p('import.encoding', { encoding }));
  return tell(result, name);
}
