import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { SITE_LAYERS, type SiteLayerName } from '../data/constants';
import type { Theme } from './theme';
import { byZoom } from './expressions';
import { roleOf, type MapLayerId } from './catalogue';

/** Name of the symbol image registered for each site layer (drawn by icons.ts). */
export const iconName = (layer: SiteLayerName) => `icon-${layer}`;

const state = (key: 'selected' | 'hover'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** Size by state: selected, hovered, otherwise. */
function byState<T extends number | string>(selected: T, hover: T, rest: T) {
  return [
    'case',
    state('selected'),
    selected,
    state('hover'),
    hover,
    rest,
  ] as unknown as DataDrivenPropertyValueSpecification<T>;
}

function siteLayers(layer: SiteLayerName, theme: Theme): LayerSpecification[] {
  const colour = theme.layers[layer];
  const points = 'sites';
  const uncertainty = 'sites-uncertainty';
  const ofLayer: FilterSpecification = ['==', ['get', 'layer'], layer];
  // Small uncertainty areas (a town, a city's outline) are outlined all the time; large ones (a
  // whole district) only for the selected or hovered site, so the map is not covered in outlines.
  // A district's, region's or city's outline is drawn as it is, dashed; a circle (a stated
  // radius) with shorter dashes.
  const outlined: ExpressionSpecification = ['<=', ['get', 'uncertainty_km'], 15];
  const out: LayerSpecification[] = [
    {
      id: `${layer}-uncertainty-fill`,
      type: 'fill',
      source: uncertainty,
      filter: ofLayer,
      paint: {
        'fill-color': colour,
        'fill-opacity': byState(0.14, 0.1, 0),
      },
    },
    {
      id: `${layer}-uncertainty-line`,
      type: 'line',
      source: uncertainty,
      filter: ofLayer,
      paint: {
        'line-color': colour,
        'line-width': byState(2, 1.5, 0.8),
        'line-dasharray': [
          'case',
          ['boolean', ['get', 'shape'], false],
          ['literal', [4, 2]],
          ['literal', [2, 2]],
        ] as unknown as DataDrivenPropertyValueSpecification<number[]>,
        'line-opacity': ['case', state('selected'), 1, state('hover'), 0.9, outlined, 0.45, 0],
      },
    },
  ];
  if (layer === 'projects') {
    out.push(
      {
        id: 'projects-shapes-fill',
        type: 'fill',
        source: 'projects-shapes',
        filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
        // Only exactly located, compact areas (a plant, a compound) are filled. An administrative
        // area standing in for an unknown site, or a large area such as an irrigated basin, is
        // outlined, so it does not look like a footprint or cover the map.
        paint: {
          'fill-color': colour,
          'fill-opacity': [
            'case',
            state('selected'),
            0.35,
            state('hover'),
            0.25,
            ['all', ['==', ['get', 'precision'], 'exact'], ['<', ['get', 'area_km2'], 25]],
            0.25,
            0,
          ],
        },
      },
      {
        id: 'projects-shapes-line',
        type: 'line',
        source: 'projects-shapes',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': byState(theme.selection, theme.hover, colour),
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            6,
            ['+', 1.5, byState(2, 1, 0) as ExpressionSpecification],
            12,
            ['+', 3.5, byState(2, 1, 0) as ExpressionSpecification],
          ],
        },
      },
    );
  }
  out.push(
    {
      id: `${layer}-halo`,
      type: 'circle',
      source: points,
      filter: ofLayer,
      paint: {
        'circle-radius': byState(15, 13, 0),
        'circle-color': byState(theme.selection, theme.hover, colour),
        'circle-opacity': byState(0.55, 0.4, 0),
        'circle-stroke-color': byState('#000000', theme.hover, colour),
        'circle-stroke-width': byState(1.5, 0, 0),
      },
    },
    {
      id: `${layer}-symbols`,
      type: 'symbol',
      source: points,
      filter: ofLayer,
      layout: {
        'icon-image': iconName(layer),
        'icon-size': byZoom([5, 0.7], [9, 1]),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': layer === 'projects' ? 1 : 2,
      },
    },
    {
      id: `${layer}-labels`,
      type: 'symbol',
      source: points,
      filter: ofLayer,
      minzoom: 7.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': theme.fontMedium,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': colour, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 },
    },
  );
  return out;
}

function communityLayers(theme: Theme): LayerSpecification[] {
  const colour = theme.layers.communities;
  return [
    {
      id: 'communities-clusters',
      type: 'circle',
      source: 'communities',
      filter: ['has', 'point_count'],
      // Quiet: communities are the context, the sites are the subject. A pale disc sized by how
      // many communities it holds; the number appears only when zoomed in.
      paint: {
        'circle-color': colour,
        'circle-opacity': byZoom([5, 0.12], [8, 0.2]),
        'circle-stroke-color': colour,
        'circle-stroke-opacity': 0.35,
        'circle-stroke-width': 0.6,
        'circle-radius': ['step', ['get', 'point_count'], 5, 10, 7, 50, 9, 150, 12],
      },
    },
    {
      id: 'communities-cluster-count',
      type: 'symbol',
      source: 'communities',
      filter: ['has', 'point_count'],
      minzoom: 7,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': theme.fontRegular,
        'text-size': 9,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colour, 'text-opacity': 0.75 },
    },
    {
      id: 'communities-points',
      type: 'circle',
      source: 'communities',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': byState(6, 5.5, 3.5),
        'circle-color': byState(theme.selection, theme.hover, '#ffffff'),
        'circle-stroke-color': colour,
        'circle-stroke-width': byState(2, 2, 1.3),
      },
    },
    {
      id: 'communities-labels',
      type: 'symbol',
      source: 'communities',
      filter: ['!', ['has', 'point_count']],
      minzoom: 9,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': theme.fontRegular,
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [0.7, 0],
        'text-optional': true,
      },
      paint: { 'text-color': colour, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.3 },
    },
  ];
}

function toolLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'rings-fill',
      type: 'fill',
      source: 'rings',
      paint: { 'fill-color': theme.ring, 'fill-opacity': 0.04 },
    },
    {
      id: 'rings-line',
      type: 'line',
      source: 'rings',
      paint: { 'line-color': theme.ring, 'line-width': 1.5, 'line-dasharray': [4, 2] },
    },
    {
      id: 'rings-labels',
      type: 'symbol',
      source: 'rings',
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-font': theme.fontMedium,
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: {
        'text-color': theme.ring,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: 'links',
      type: 'line',
      source: 'links',
      paint: { 'line-color': theme.ring, 'line-width': 1, 'line-opacity': 0.6 },
    },
    {
      id: 'measure-line',
      type: 'line',
      source: 'measure',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.measure,
        'line-width': ['case', ['boolean', ['get', 'preview'], false], 1.5, 2.5],
      },
    },
    {
      id: 'measure-points',
      type: 'circle',
      source: 'measure',
      filter: ['has', 'index'],
      paint: {
        'circle-radius': 4.5,
        'circle-color': '#ffffff',
        'circle-stroke-color': theme.measure,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'measure-labels',
      type: 'symbol',
      source: 'measure',
      filter: ['has', 'label'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': theme.fontMedium,
        'text-size': 12,
        'symbol-placement': 'point',
        'text-offset': [0, -1.1],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': theme.measure, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

/** The user's own layer: areas, lines and points in one colour, with names when zoomed in. */
function importedLayers(theme: Theme): LayerSpecification[] {
  const colour = theme.layers.imported;
  const type = (types: string[]): FilterSpecification => [
    'in',
    ['geometry-type'],
    ['literal', types],
  ];
  return [
    {
      id: 'imported-fill',
      type: 'fill',
      source: 'imported',
      filter: type(['Polygon', 'MultiPolygon']),
      paint: { 'fill-color': colour, 'fill-opacity': byState(0.35, 0.28, 0.18) },
    },
    {
      id: 'imported-line',
      type: 'line',
      source: 'imported',
      filter: type(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
      paint: {
        'line-color': byState(theme.selection, theme.hover, colour),
        'line-width': byState(4, 3, 2),
      },
    },
    {
      id: 'imported-points',
      type: 'circle',
      source: 'imported',
      filter: type(['Point', 'MultiPoint']),
      paint: {
        'circle-radius': byState(8, 7, 5),
        'circle-color': '#ffffff',
        'circle-stroke-color': byState('#000000', theme.hover, colour),
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'imported-labels',
      type: 'symbol',
      source: 'imported',
      minzoom: 8,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': theme.fontMedium,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
      },
      paint: { 'text-color': colour, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * A site layer's filter with the chosen years (sites whose y0–y1 span overlaps them; undated sites
 * drop out) and the ids the other filters keep (null: no such filter).
 */
export function siteFilter(
  base: FilterSpecification,
  years: [number, number] | null,
  ids: readonly string[] | null = null,
): FilterSpecification {
  if (!years && !ids) return base;
  const parts: unknown[] = ['all', base];
  if (years) {
    parts.push(['has', 'y0'], ['<=', ['get', 'y0'], years[1]], ['>=', ['get', 'y1'], years[0]]);
  }
  if (ids) parts.push(['in', ['get', 'id'], ['literal', [...ids]]]);
  return parts as FilterSpecification;
}

/**
 * Every site layer's filter with the chosen years and the ids the other filters keep, composed
 * from each layer's own filter in the style (never read back from the live map).
 */
export function narrowedFilters(
  years: [number, number] | null,
  ids: readonly string[] | null,
  theme: Theme,
): [MapLayerId, FilterSpecification][] {
  const groups: readonly string[] = SITE_LAYERS;
  return dataLayers(theme).flatMap((layer) => {
    const id = layer.id as MapLayerId;
    if (!groups.includes(roleOf(id).group) || layer.type === 'background') return [];
    return [[id, siteFilter(layer.filter ?? ['boolean', true], years, ids)]];
  });
}

/** Matches no feature: the selection layers' filter until something is selected. */
export const NOTHING_SELECTED: FilterSpecification = ['==', ['get', 'id'], ''];

/** The selected site drawn again above every other symbol, so sites sharing a point never hide it. */
function selectionLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'selected-symbol',
      type: 'symbol',
      source: 'sites',
      filter: NOTHING_SELECTED,
      layout: {
        'icon-image': ['concat', 'icon-', ['get', 'layer']],
        'icon-size': byZoom([5, 0.85], [9, 1.15]),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 'name'],
        'text-font': theme.fontMedium,
        'text-size': 13,
        'text-anchor': 'top',
        'text-offset': [0, 1],
        'text-max-width': 14,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': '#111111',
        'text-halo-color': theme.selection,
        'text-halo-width': 2,
      },
    },
  ];
}

/** The number of records drawn at a shared point, beside its symbol (upper right). */
function countLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'site-counts',
      type: 'symbol',
      source: 'site-counts',
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': theme.fontMedium,
        'text-size': 11,
        'text-offset': [1, -0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
    },
  ];
}

/** Every data and tool layer (unordered; see LAYER_ORDER). */
export function dataLayers(theme: Theme): LayerSpecification[] {
  return [
    ...importedLayers(theme),
    ...selectionLayers(theme),
    ...SITE_LAYERS.flatMap((l) => siteLayers(l, theme)),
    ...countLayers(theme),
    ...communityLayers(theme),
    ...toolLayers(theme),
  ];
}
