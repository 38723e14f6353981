/**
 * The lightest part of importing, used on the main thread at start (limits, the size check,
 * messages): no parsing libraries and no geometry checks here (geometryCheck.ts), so they load
 * only with a file or a stored layer.
 */
import type { InputProblem } from '../shared/vocabulary';

/** Largest file the atlas reads, bytes (refused before reading). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * Most features kept from one file (or from the layer stored in this browser), stated before a
 * file is chosen, as a browser tab's memory holds no more (the 50 MB limit admits ~600,000 GeoJSON
 * points but millions of CSV rows).
 */
export const MAX_IMPORT_FEATURES = 1_000_000;
/** Longest feature name drawn on the map and listed; a longer one is shortened, and that is said. */
export const MAX_NAME_CHARS = 300;
/** Longest layer name (the file's name) shown. */
export const MAX_LAYER_NAME_CHARS = 200;
/** Most reasons listed one by one; all are counted. */
export const MAX_REASONS = 10_000;

export const p = (key: InputProblem['key'], params: InputProblem['params'] = {}): InputProblem => ({
  key,
  params,
});

/** `text` cut to `max` characters with an ellipsis, or as it is. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Why a file of `bytes` is refused before reading (always exact: 1 byte over is over). */
export function tooLargeProblem(bytes: number): InputProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = bytes / 1024 / 1024;
  const max = MAX_IMPORT_BYTES / 1024 / 1024;
  // As many decimals as it takes to differ from the limit.
  let digits = 0;
  while (digits < 8 && Number(mb.toFixed(digits)) <= max) digits++;
  return p('import.tooLarge', { size: Number(mb.toFixed(digits)), max });
}
