/** Place names in the notes the data build writes (COD-AB names as they are usually written). */

/**
 * COD-AB rayon names as they are usually written: COD-AB spells At-Bashy "Ak-Bashy" and Kochkor
 * "Kochokor". The COD-AB name stays the lookup key in the curated files.
 */
export const RAYON_NAMES: Readonly<Record<string, string>> = {
  'Ak-Bashy': 'At-Bashy',
  Kochokor: 'Kochkor',
};

/** "the city of Jalal-Abad" for COD-AB's "Jalal-Abad (city)"; null for other names. */
export function cityLabel(name: string): string | null {
  const city = /^(.*) \(city\)$/.exec(name);
  return city ? `the city of ${city[1]}` : null;
}

/** "Naryn district", "At-Bashy district" (COD-AB "Ak-Bashy"), "the city of Jalal-Abad". */
export function districtLabel(name: string): string {
  return cityLabel(name) ?? `${RAYON_NAMES[name] ?? name} district`;
}
