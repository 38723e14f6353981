/**
 * The shared vocabulary at the bottom of the dependency graph: units, problems, coordinates and
 * value ids. Every folder may import it; it imports nothing of the app (only the type of the
 * English message file, which names the message keys).
 */
import type en from '../i18n/locales/en.json';

/** A position as GeoJSON writes it: [longitude, latitude], degrees. */
export type LonLat = [number, number];

/** Unit distances are shown in. */
export type DistanceUnit = 'km' | 'mi';

/** Kilometres in a statute mile. */
export const KM_PER_MILE = 1.609344;

/** Key of a UI message (every key of the English message file). */
export type MessageKey = keyof typeof en;

/** A problem with a link or an input, as a message key and the offending value. */
export interface InputProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A facet value for "none recorded". */
export const NONE = 'none';
/** The region value of a site whose point lies outside Kyrgyzstan. */
export const OUTSIDE = 'outside';

/** A facet value id: lower-case letters (any script) and digits, joined by single hyphens. */
export const VALUE_ID = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/** A stable id for a name: `Export-Import Bank of China` → `export-import-bank-of-china`. */
export function valueId(name: string): string {
  return (
    name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || NONE
  );
}
