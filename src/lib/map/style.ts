import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources, type BasemapSourceId } from './basemap';
import { dataLayers } from './dataLayers';
import { orderLayers } from './layerOrder';
import { lightTheme, type Theme } from './theme';
import { languageLabels } from './expressions';
import { DATA_SOURCE_IDS, type DataSourceId, type MapLayerId } from './catalogue';
import type { Language } from '../i18n/languages';
import type { NoncommercialUrls } from './noncommercial';
import { noncommercialSources, reliefLayers, roadLayers, routeLayers } from './roadLayers';

export interface StyleOptions {
  /** URL of each basemap GeoJSON file. */
  basemapUrls: Record<BasemapSourceId, string>;
  /** Absolute glyph URL template with {fontstack} and {range}. */
  glyphs: string;
  theme?: Theme;
  /** UI language: place labels follow it where the data has the name. */
  lang?: Language;
  /** The Global Map relief and roads, when the build includes them (else none are drawn). */
  noncommercial?: NoncommercialUrls | null;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export { DATA_SOURCE_IDS };

/** Data sources: stable feature ids (promoteId) for hover/selection; communities cluster when far out. */
export function dataSourceSpecs(): Record<DataSourceId, GeoJSONSourceSpecification> {
  const out = {} as Record<DataSourceId, GeoJSONSourceSpecification>;
  for (const id of DATA_SOURCE_IDS) {
    out[id] = { type: 'geojson', data: EMPTY, promoteId: 'id' };
  }
  out.communities = {
    type: 'geojson',
    data: EMPTY,
    promoteId: 'id',
    cluster: true,
    clusterMaxZoom: 8,
    clusterRadius: 40,
  };
  out.rings = { type: 'geojson', data: EMPTY };
  out.links = { type: 'geojson', data: EMPTY };
  out.measure = { type: 'geojson', data: EMPTY };
  out.route = { type: 'geojson', data: EMPTY };
  return out;
}

/**
 * The complete MapLibre style: embedded basemap (with the relief and roads when given), bundled
 * glyphs, data layers, in LAYER_ORDER.
 */
export function buildStyle({
  basemapUrls,
  glyphs,
  theme = lightTheme,
  lang = 'en',
  noncommercial = null,
}: StyleOptions): StyleSpecification {
  const labels = languageLabels(lang);
  const layers = [
    ...basemapLayers(theme),
    ...(noncommercial ? [...reliefLayers(theme), ...roadLayers(theme)] : []),
    ...dataLayers(theme),
    ...routeLayers(),
  ].map((layer) => {
    const text = labels[layer.id as MapLayerId];
    return text && layer.type === 'symbol'
      ? { ...layer, layout: { ...layer.layout, 'text-field': text } }
      : layer;
  });
  return {
    version: 8,
    name: 'Kyrgyz–China Atlas',
    glyphs,
    sources: {
      ...basemapSources(basemapUrls),
      ...(noncommercial ? noncommercialSources(noncommercial) : {}),
      ...dataSourceSpecs(),
    },
    layers: orderLayers(layers),
  };
}
