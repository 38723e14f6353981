/**
 * The single z-order of every map layer, bottom to top. Layer functions may only emit ids listed
 * here; `orderLayers` sorts by this list, so mount order never decides what is drawn on top.
 */
export const LAYER_ORDER = [
  'background',
  'countries-fill',
  'kyrgyzstan-fill',
  'glaciers',
  'lakes',
  'rivers-fine',
  'rivers-major',
  'rayon-lines',
  'oblast-lines',
  'boundaries-disputed',
  'boundaries',
  'region-labels',
  'river-labels',
  'lake-labels',
  'rayon-labels',
  'oblast-labels',
  'country-labels',
  'peaks',
  'places',
  'place-labels',
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** Returns the layers sorted by LAYER_ORDER; throws on an id that is not in the list. */
export function orderLayers<T extends { id: string }>(layers: readonly T[]): T[] {
  const rank = new Map<string, number>(LAYER_ORDER.map((id, i) => [id, i]));
  for (const layer of layers) {
    if (!rank.has(layer.id)) throw new Error(`Layer "${layer.id}" is not in LAYER_ORDER`);
  }
  return [...layers].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
