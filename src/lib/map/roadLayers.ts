/**
 * Relief, roads and routes: the style of the Global Map Kyrgyz layers (hillshade from Terrarium
 * raster-dem tiles, with a mask where the tiles hold no data; roads by surface and class, labelled
 * with their route names where a source names them) and of routes found on the roads. Pure.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Theme } from './theme';
import { byZoom } from './expressions';
import type { NoncommercialUrls } from './noncommercial';

/** Sources of the non-commercial layers (only in builds that include them). */
export const NONCOMMERCIAL_SOURCES = ['dem', 'terrain-mask', 'roads'] as const;
export type NoncommercialSourceId = (typeof NONCOMMERCIAL_SOURCES)[number];

/** Colours of the roads and relief (the theme keeps the rest of the map's palette). */
export const ROAD_COLOURS = {
  paved: '#b5651d',
  pavedCasing: '#fff6e8',
  unpaved: '#a0826d',
  synthetic: '#7d6b8a',
  label: '#6e4a1f',
  route: '#0b5345',
  shadow: '#4a4238',
  highlight: '#ffffff',
  accent: '#6f6659',
} as const;

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/**
 * Every layer here says it is visible, as the map's toggles then set it: MapLibre reloads a
 * layer's source when its visibility changes, and a reloaded raster-dem source keeps each tile's
 * old neighbours as already "backfilled" (MapLibre GL JS 6.x), so the new tiles' edges shade
 * without their neighbours' pixels: a seam along every tile edge once overzoomed (zoom 10 and up).
 */
const VISIBLE = { visibility: 'visible' } as const;

/**
 * The relief tiles (Terrarium, zooms 4–8, overzoomed beyond), the mask of where they have no data,
 * and the roads. The roads start empty: the map loads them when first shown (`urls.roads`).
 */
export function noncommercialSources(
  urls: NoncommercialUrls,
): Record<NoncommercialSourceId, SourceSpecification> {
  return {
    dem: {
      type: 'raster-dem',
      tiles: [urls.terrain],
      encoding: 'terrarium',
      // Each 256-pixel tile drawn over 512 screen pixels: a quarter of the tiles to shade (the data
      // is about 1 km; zoom 8 tiles already hold more pixels than it has).
      tileSize: 512,
      minzoom: 4,
      maxzoom: 8,
      bounds: [68, 36, 81, 45],
    },
    'terrain-mask': { type: 'geojson', data: urls.terrainMask },
    roads: { type: 'geojson', data: EMPTY as unknown as GeoJSON.FeatureCollection },
  };
}

const isRoad = (surface: 'paved' | 'unpaved') =>
  [
    'all',
    ['==', ['get', 'kind'], 'road'],
    surface === 'paved' ? ['==', ['get', 'surface'], 'paved'] : ['!=', ['get', 'surface'], 'paved'],
  ] as const;

/** Line width by zoom, wider for primary roads: stops of [zoom, secondary, primary]. */
const roadWidth = (...stops: [number, number, number][]) =>
  [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([z, minor, major]) => [
      z,
      ['case', ['==', ['get', 'class'], 'secondary'], minor, major],
    ]),
  ] as unknown as number;

/** The hillshade and its no-data mask (drawn over it in the colour of what lies beneath). */
export function reliefLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'hillshade',
      type: 'hillshade',
      source: 'dem',
      layout: VISIBLE,
      paint: {
        'hillshade-exaggeration': byZoom([4, 0.35], [8, 0.45], [12, 0.3]),
        'hillshade-shadow-color': ROAD_COLOURS.shadow,
        'hillshade-highlight-color': ROAD_COLOURS.highlight,
        'hillshade-accent-color': ROAD_COLOURS.accent,
      },
    },
    {
      id: 'terrain-mask',
      type: 'fill',
      source: 'terrain-mask',
      layout: VISIBLE,
      paint: {
        'fill-color': ['match', ['get', 'under'], 'land', theme.land, theme.background],
      },
    },
  ];
}

/** Roads by surface (paved solid with a pale casing, unpaved dashed), synthetic edges dotted. */
export function roadLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'roads-unpaved',
      type: 'line',
      source: 'roads',
      minzoom: 6,
      filter: isRoad('unpaved') as never,
      layout: { ...VISIBLE, 'line-join': 'round' },
      paint: {
        'line-color': ROAD_COLOURS.unpaved,
        'line-width': roadWidth([6, 0.5, 0.8], [12, 2, 2.6]),
        'line-dasharray': [3, 1.5],
        'line-opacity': byZoom([6, 0.6], [9, 0.9]),
      },
    },
    {
      id: 'roads-paved',
      type: 'line',
      source: 'roads',
      minzoom: 5.5,
      filter: isRoad('paved') as never,
      layout: { ...VISIBLE, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ROAD_COLOURS.paved,
        'line-width': roadWidth([5.5, 0.5, 0.8], [12, 2.4, 3.4]),
        'line-opacity': byZoom([5.5, 0.7], [8, 1]),
      },
    },
    {
      id: 'roads-synthetic',
      type: 'line',
      source: 'roads',
      minzoom: 8,
      filter: ['==', ['get', 'kind'], 'connector'],
      layout: VISIBLE,
      paint: {
        'line-color': ROAD_COLOURS.synthetic,
        'line-width': 1.4,
        'line-dasharray': [1, 2],
      },
    },
    {
      id: 'road-labels',
      type: 'symbol',
      source: 'roads',
      minzoom: 8,
      filter: ['has', 'name'],
      layout: {
        ...VISIBLE,
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': theme.fontRegular,
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: {
        'text-color': ROAD_COLOURS.label,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.4,
      },
    },
  ];
}

/** A route by road (the ruler's, or to a community): the road part solid, off-road legs dashed. */
export function routeLayers(): LayerSpecification[] {
  return [
    {
      id: 'route-offroad',
      type: 'line',
      source: 'route',
      filter: ['==', ['get', 'kind'], 'offroad'],
      paint: { 'line-color': ROAD_COLOURS.route, 'line-width': 1.8, 'line-dasharray': [1.5, 1.5] },
    },
    {
      id: 'route-line',
      type: 'line',
      source: 'route',
      filter: ['==', ['get', 'kind'], 'road'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROAD_COLOURS.route, 'line-width': 4, 'line-opacity': 0.75 },
    },
  ];
}
