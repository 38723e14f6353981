import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources, type BasemapSourceId } from './basemap';
import { orderLayers } from './layerOrder';
import { lightTheme, type Theme } from './theme';

export interface StyleOptions {
  /** URL of each basemap GeoJSON file. */
  basemapUrls: Record<BasemapSourceId, string>;
  /** Absolute glyph URL template with {fontstack} and {range}. */
  glyphs: string;
  theme?: Theme;
}

/** The complete MapLibre style: embedded basemap, bundled glyphs, layers in LAYER_ORDER. */
export function buildStyle({
  basemapUrls,
  glyphs,
  theme = lightTheme,
}: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Kyrgyz–China Atlas',
    glyphs,
    sources: basemapSources(basemapUrls),
    layers: orderLayers(basemapLayers(theme)),
  };
}
