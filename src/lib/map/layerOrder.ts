/** The z-order of the style, read from the catalogue: one list decides what is drawn on top. */
import { LAYERS, type LayerName } from '../data/constants';
import { CATALOGUE, layersOf, type MapLayerId } from './catalogue';

/** The single z-order of every map layer, bottom to top (the catalogue's order). */
export const LAYER_ORDER: readonly string[] = CATALOGUE.map((r) => r.id);

/** The map layers of the user's own layer. */
export const IMPORTED_LAYER_IDS: readonly MapLayerId[] = layersOf('imported');

/** Every map layer that belongs to a data layer (for visibility toggles). */
export function allDataLayerIds(): Record<LayerName, MapLayerId[]> {
  return Object.fromEntries(LAYERS.map((l) => [l, layersOf(l)])) as Record<LayerName, MapLayerId[]>;
}

/**
 * Returns the layers sorted by LAYER_ORDER; throws on an id that is not in the list. Layer
 * functions may only emit ids listed there, so mount order never decides what is drawn on top.
 */
export function orderLayers<T extends { id: string }>(layers: readonly T[]): T[] {
  const rank = new Map<string, number>(LAYER_ORDER.map((id, i) => [id, i]));
  for (const layer of layers) {
    if (!rank.has(layer.id)) throw new Error(`Layer "${layer.id}" is not in LAYER_ORDER`);
  }
  return [...layers].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
