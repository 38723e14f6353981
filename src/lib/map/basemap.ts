import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { Theme } from './theme';
import { bilingualLabel, byZoom } from './expressions';
import { PEAK_ICON } from './icons';

/** Every GeoJSON file of the embedded basemap (geodata/basemap/<id>.geojson). */
export const BASEMAP_SOURCES = [
  'countries',
  'country-labels',
  'boundaries',
  'oblasts',
  'oblast-labels',
  'rayons',
  'rayon-labels',
  'lakes',
  'lake-labels',
  'rivers',
  'glaciers',
  'regions',
  'peaks',
  'places',
] as const;

export type BasemapSourceId = (typeof BASEMAP_SOURCES)[number];

/** GeoJSON sources of the basemap, each loaded from the URL given for it (no network beyond it). */
export function basemapSources(
  urls: Record<BasemapSourceId, string>,
): Record<string, SourceSpecification> {
  return Object.fromEntries(
    BASEMAP_SOURCES.map((id) => [id, { type: 'geojson', data: urls[id] } as SourceSpecification]),
  );
}

const KG: ExpressionSpecification = ['==', ['get', 'iso_a2'], 'KG'];
const KG_PLACE: ExpressionSpecification = ['==', ['get', 'country'], 'KG'];

/** The basemap layers (unordered; see LAYER_ORDER), styled from the theme. */
export function basemapLayers(theme: Theme): LayerSpecification[] {
  const halo = { 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      filter: ['!', KG],
      paint: { 'fill-color': theme.land },
    },
    {
      id: 'kyrgyzstan-fill',
      type: 'fill',
      source: 'countries',
      filter: KG,
      paint: { 'fill-color': theme.kyrgyzstan },
    },
    {
      id: 'glaciers',
      type: 'fill',
      source: 'glaciers',
      paint: { 'fill-color': theme.glacier, 'fill-opacity': byZoom([5, 0.5], [10, 0.8]) },
    },
    { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': theme.water } },
    {
      id: 'rivers-fine',
      type: 'line',
      source: 'rivers',
      filter: ['>=', ['get', 'rank'], 2],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': byZoom([5, 0.4], [9, 1.4], [12, 2.5]),
        'line-opacity': byZoom([5, 0.6], [8, 1]),
      },
    },
    {
      id: 'rivers-major',
      type: 'line',
      source: 'rivers',
      filter: ['==', ['get', 'rank'], 1],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // The finer WDBII rivers trace the same valleys in more detail; hand over to them when zoomed in.
      paint: {
        'line-color': theme.river,
        'line-width': byZoom([5, 1], [9, 2]),
        'line-opacity': byZoom([8, 1], [9.5, 0]),
      },
    },
    {
      id: 'rayon-lines',
      type: 'line',
      source: 'rayons',
      minzoom: 6.5,
      paint: {
        'line-color': theme.rayon,
        'line-width': byZoom([6.5, 0.4], [11, 1.2]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'oblast-lines',
      type: 'line',
      source: 'oblasts',
      paint: { 'line-color': theme.oblast, 'line-width': byZoom([5, 0.8], [11, 2]) },
    },
    {
      id: 'boundaries-disputed',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'kind'], 'disputed'],
      paint: { 'line-color': theme.disputed, 'line-width': 1, 'line-dasharray': [2, 2] },
    },
    {
      id: 'boundaries',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'kind'], 'international'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.border, 'line-width': byZoom([4, 1.2], [11, 3]) },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      source: 'regions',
      maxzoom: 8,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': theme.fontItalic,
        'text-size': 12,
        'text-letter-spacing': 0.2,
        'text-transform': 'uppercase',
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.regionLabel, ...halo },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'rivers',
      minzoom: 7,
      filter: ['all', ['==', ['get', 'rank'], 1], ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': theme.fontItalic,
        'text-size': 12,
      },
      paint: { 'text-color': theme.waterLabel, ...halo },
    },
    {
      id: 'lake-labels',
      type: 'symbol',
      source: 'lake-labels',
      layout: {
        'text-field': bilingualLabel(),
        'text-font': theme.fontItalic,
        'text-size': byZoom([5, 11], [10, 14]),
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.waterLabel, ...halo },
    },
    {
      id: 'rayon-labels',
      type: 'symbol',
      source: 'rayon-labels',
      minzoom: 8,
      layout: {
        'text-field': bilingualLabel(),
        'text-font': theme.fontRegular,
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.adminLabel, ...halo },
    },
    {
      id: 'oblast-labels',
      type: 'symbol',
      source: 'oblast-labels',
      // The two cities of oblast rank are named by their town labels.
      filter: ['!', ['in', '(city)', ['get', 'name']]],
      minzoom: 5.5,
      maxzoom: 9,
      layout: {
        // Free to move around its point to find room between the towns.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
        'text-field': bilingualLabel(),
        'text-font': theme.fontMedium,
        'text-size': 12,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.1,
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.adminLabel, ...halo },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      // One point per country, in its main body: never a label on an exclave.
      source: 'country-labels',
      filter: ['!', KG],
      maxzoom: 8,
      layout: {
        'text-field': bilingualLabel(),
        'text-font': theme.fontMedium,
        'text-size': 14,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
      },
      paint: { 'text-color': theme.neighbourLabel, ...halo },
    },
    {
      id: 'peaks',
      type: 'symbol',
      source: 'peaks',
      minzoom: 6,
      layout: {
        // The triangle is an image (icons.ts), not a character: the bundled glyphs hold no ▲.
        'icon-image': PEAK_ICON,
        'text-field': [
          'case',
          ['has', 'name'],
          ['concat', ['get', 'name'], '\n', ['to-string', ['get', 'elevation_m']], ' m'],
          ['concat', ['to-string', ['get', 'elevation_m']], ' m'],
        ],
        'text-font': theme.fontRegular,
        'text-size': 10,
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'text-optional': true,
      },
      paint: { 'text-color': theme.regionLabel, ...halo },
    },
    {
      id: 'places',
      type: 'circle',
      source: 'places',
      filter: placeFilter(),
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 4.5, 3],
        'circle-color': '#ffffff',
        'circle-stroke-color': theme.label,
        'circle-stroke-width': ['case', ['get', 'capital'], 2, 1.2],
      },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: placeFilter(),
      layout: {
        'text-field': bilingualLabel(),
        'text-font': [
          'case',
          ['get', 'capital'],
          ['literal', theme.fontMedium],
          ['literal', theme.fontRegular],
        ],
        'text-size': [
          '*',
          ['case', KG_PLACE, 1, 0.88],
          ['interpolate', ['linear'], ['get', 'population'], 1000, 11, 100000, 13, 800000, 15],
        ],
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-justify': 'left',
        'text-max-width': 10,
        // Placed first (lower key): Kyrgyz towns, then by population.
        'symbol-sort-key': ['-', 0, ['+', ['get', 'population'], ['case', KG_PLACE, 10000000, 0]]],
      },
      paint: {
        'text-color': ['case', KG_PLACE, theme.label, theme.neighbourLabel],
        ...halo,
      },
    },
  ];
}

/** Larger places appear first: 100k+ at any zoom, 20k+ from z6.5, 5k+ from z8, all from z9. */
/**
 * Which towns are shown at a zoom: Kyrgyz towns first (from ~14,000 people at the country view,
 * so Naryn, Karakol, Talas, Batken, Kara-Balta, At-Bashi… are there), neighbours' only when large.
 */
function placeFilter(): FilterSpecification {
  return [
    '>=',
    ['get', 'population'],
    [
      'case',
      KG_PLACE,
      ['step', ['zoom'], 14000, 8, 5000, 9, 0],
      ['step', ['zoom'], 500000, 6.5, 150000, 8, 20000, 9, 0],
    ],
  ];
}
