/**
 * Bytes of a text file → text, in the encoding it was written in: UTF-8 (with or without a byte
 * order mark), UTF-16 (with a mark, or told by its zero bytes), else the best guess of chardet
 * among the single-byte encodings (Windows-1251, the default of Russian-language Excel; KOI8-R;
 * ISO-8859-5; Western European), decoded by the browser's TextDecoder.
 */
import { analyse } from 'chardet';

export interface Decoded {
  text: string;
  /** The encoding's usual name, as the panel shows it (e.g. "UTF-8", "Windows-1251"). */
  encoding: string;
}

/** chardet's names → TextDecoder labels and the names shown. */
const SINGLE_BYTE = new Map<string, [label: string, shown: string]>([
  ['windows-1251', ['windows-1251', 'Windows-1251']],
  ['KOI8-R', ['koi8-r', 'KOI8-R']],
  ['ISO-8859-5', ['iso-8859-5', 'ISO-8859-5']],
  ['ISO-8859-1', ['windows-1252', 'Windows-1252']],
  ['windows-1252', ['windows-1252', 'Windows-1252']],
  ['ISO-8859-2', ['iso-8859-2', 'ISO-8859-2']],
  ['ISO-8859-9', ['windows-1254', 'Windows-1254']],
]);

function decode(bytes: Uint8Array, label: string, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** UTF-16 without a mark: most text has a zero byte in every other position. */
export function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/** Decodes a text file's bytes, and says which encoding was used. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes, 'utf-8'), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes, 'utf-16le'), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes, 'utf-16be'), encoding: 'UTF-16' };
  }
  const sixteen = utf16Guess(bytes);
  if (sixteen) return { text: decode(bytes, sixteen), encoding: 'UTF-16' };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: one of the single-byte encodings.
  }
  // chardet reads the whole input; the first megabyte tells as much.
  const sample = bytes.subarray(0, 1024 * 1024);
  for (const match of analyse(sample)) {
    const known = SINGLE_BYTE.get(match.name);
    if (known) return { text: decode(bytes, known[0]), encoding: known[1] };
  }
  return { text: decode(bytes, 'windows-1251'), encoding: 'Windows-1251' };
}
