/**
 * What a file really is, from its first bytes (and a ZIP archive's list of entries), whatever its
 * name says: a user's "sites.csv" may be an Excel workbook or GeoJSON.
 */
import { unzipSync } from 'fflate';
import { utf16Guess } from './decode';

export type Sniffed =
  | { kind: 'xlsx' | 'kmz' | 'shapefile' }
  /** A ZIP archive of something else (a Word document, an OpenDocument file, other files). */
  | { kind: 'otherZip'; what: 'word' | 'powerpoint' | 'opendocument' | 'zip'; entries: string[] }
  | { kind: 'badZip' }
  /** Not readable here, with what it is: an old Office file, a PDF, a picture, other binary. */
  | { kind: 'binary'; what: 'ole' | 'pdf' | 'image' | 'gzip' | 'other' }
  | { kind: 'text' };

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Names of the entries of a ZIP archive (nothing is unpacked), or null when it is damaged. */
export function zipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * A text file has few control characters besides tabs and line breaks (any single-byte encoding
 * or UTF-8); UTF-16 is told by its byte order mark or its zero bytes.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff) || utf16Guess(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) zeros++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05 || zeros > 0;
}

/** What the file is, from its content. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const entries = zipEntries(bytes);
    if (!entries) return { kind: 'badZip' };
    const lower = entries.map((e) => e.toLowerCase()).filter((e) => !e.includes('__macosx'));
    if (lower.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    if (lower.some((e) => e.endsWith('.kml'))) return { kind: 'kmz' };
    if (lower.some((e) => e.endsWith('.shp'))) return { kind: 'shapefile' };
    const what = lower.some((e) => e.startsWith('word/'))
      ? 'word'
      : lower.some((e) => e.startsWith('ppt/'))
        ? 'powerpoint'
        : lower.includes('mimetype') && lower.includes('content.xml')
          ? 'opendocument'
          : 'zip';
    return { kind: 'otherZip', what, entries: entries.slice(0, 5) };
  }
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return { kind: 'binary', what: 'ole' };
  }
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return { kind: 'binary', what: 'pdf' };
  if (
    starts(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    starts(bytes, 0xff, 0xd8, 0xff) ||
    starts(bytes, 0x47, 0x49, 0x46, 0x38)
  ) {
    return { kind: 'binary', what: 'image' };
  }
  if (starts(bytes, 0x1f, 0x8b)) return { kind: 'binary', what: 'gzip' };
  if (looksBinary(bytes)) return { kind: 'binary', what: 'other' };
  return { kind: 'text' };
}

/** What decoded text is: JSON, XML (KML, GPX, a web page, other), or a table. */
export function sniffText(text: string): 'json' | 'kml' | 'gpx' | 'html' | 'xml' | 'table' {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) {
    // The root element: the first tag that is not a declaration, comment or doctype.
    const root = /<(?![?!])([\w:.-]+)/.exec(head)?.[1]?.toLowerCase() ?? '';
    const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
    if (local === 'kml') return 'kml';
    if (local === 'gpx') return 'gpx';
    if (local === 'html' || /^<!doctype html/i.test(head)) return 'html';
    return 'xml';
  }
  return 'table';
}
