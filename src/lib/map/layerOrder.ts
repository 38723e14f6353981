import { LAYERS, SITE_LAYERS, type LayerName } from '../data/constants';

/** Map layers drawn for each data layer, bottom to top within that layer. */
export function mapLayersOf(layer: LayerName): string[] {
  if (layer === 'communities') {
    return [
      'communities-clusters',
      'communities-cluster-count',
      'communities-points',
      'communities-labels',
    ];
  }
  const shapes = layer === 'projects' ? ['projects-shapes-fill', 'projects-shapes-line'] : [];
  return [
    `${layer}-uncertainty-fill`,
    `${layer}-uncertainty-line`,
    ...shapes,
    `${layer}-halo`,
    `${layer}-symbols`,
  ];
}

/** Site names, above every symbol so no symbol hides a name. */
const SITE_LABELS = SITE_LAYERS.map((l) => `${l}-labels`);

/**
 * The single z-order of every map layer, bottom to top. Layer functions may only emit ids listed
 * here; `orderLayers` sorts by this list, so mount order never decides what is drawn on top.
 * Data layers draw communities first, then areas, then the sites users came for, then tools.
 */
export const LAYER_ORDER: readonly string[] = [
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
  // Community names yield to the basemap's town names (placed later = placed first).
  'communities-labels',
  'place-labels',
  'rings-fill',
  'rings-line',
  'links',
  ...mapLayersOf('communities').filter((id) => id !== 'communities-labels'),
  ...SITE_LAYERS.flatMap((l) => mapLayersOf(l).filter((id) => id.includes('uncertainty'))),
  ...SITE_LAYERS.flatMap((l) => mapLayersOf(l).filter((id) => !id.includes('uncertainty'))),
  'imported-fill',
  'imported-line',
  'imported-points',
  ...SITE_LABELS,
  'imported-labels',
  'selected-symbol',
  'rings-labels',
  'measure-line',
  'measure-points',
  'measure-labels',
];

/** The map layers of the user's own layer. */
export const IMPORTED_LAYER_IDS = [
  'imported-fill',
  'imported-line',
  'imported-points',
  'imported-labels',
];

/** Every map layer that belongs to a data layer (for visibility toggles). */
export function allDataLayerIds(): Record<LayerName, string[]> {
  return Object.fromEntries(
    LAYERS.map((l) => [l, [...mapLayersOf(l), ...(l === 'communities' ? [] : [`${l}-labels`])]]),
  ) as Record<LayerName, string[]>;
}

/** Returns the layers sorted by LAYER_ORDER; throws on an id that is not in the list. */
export function orderLayers<T extends { id: string }>(layers: readonly T[]): T[] {
  const rank = new Map<string, number>(LAYER_ORDER.map((id, i) => [id, i]));
  for (const layer of layers) {
    if (!rank.has(layer.id)) throw new Error(`Layer "${layer.id}" is not in LAYER_ORDER`);
  }
  return [...layers].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
