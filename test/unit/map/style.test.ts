import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/lib/map/style';
import { BASEMAP_SOURCES, type BasemapSourceId } from '../../../src/lib/map/basemap';
import { LAYER_ORDER, orderLayers } from '../../../src/lib/map/layerOrder';
import { lightTheme } from '../../../src/lib/map/theme';

const urls = Object.fromEntries(
  BASEMAP_SOURCES.map((id) => [id, `http://localhost/${id}.geojson`]),
) as Record<BasemapSourceId, string>;
const style = buildStyle({
  basemapUrls: urls,
  glyphs: 'http://localhost/glyphs/{fontstack}/{range}.pbf',
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws layers in LAYER_ORDER, each id once', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ranks = ids.map((id) => LAYER_ORDER.indexOf(id));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('uses only sources it declares, and loads each from its given URL', () => {
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
    for (const id of BASEMAP_SOURCES) {
      expect(style.sources[id]).toEqual({ type: 'geojson', data: urls[id] });
      expect(existsSync(`geodata/basemap/${id}.geojson`)).toBe(true);
    }
  });

  it('asks only for fonts that are bundled in public/glyphs', () => {
    const fonts = [...lightTheme.fontRegular, ...lightTheme.fontMedium, ...lightTheme.fontItalic];
    for (const font of fonts) {
      for (const range of ['0-255', '1024-1279']) {
        expect(existsSync(`public/glyphs/${font}/${range}.pbf`), `${font} ${range}`).toBe(true);
      }
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('emphasises Kyrgyzstan over its neighbours', () => {
    const kg = style.layers.find((l) => l.id === 'kyrgyzstan-fill');
    const others = style.layers.find((l) => l.id === 'countries-fill');
    expect(kg && 'paint' in kg && kg.paint).toMatchObject({ 'fill-color': lightTheme.kyrgyzstan });
    expect(others && 'paint' in others && others.paint).toMatchObject({
      'fill-color': lightTheme.land,
    });
    expect(lightTheme.kyrgyzstan).not.toBe(lightTheme.land);
  });
});

describe('orderLayers', () => {
  it('sorts by LAYER_ORDER whatever the input order', () => {
    const sorted = orderLayers([{ id: 'place-labels' }, { id: 'background' }, { id: 'lakes' }]);
    expect(sorted.map((l) => l.id)).toEqual(['background', 'lakes', 'place-labels']);
  });

  it('rejects a layer missing from LAYER_ORDER', () => {
    expect(() => orderLayers([{ id: 'mystery' }])).toThrow(/mystery/);
  });
});

describe('labels follow the UI language', () => {
  it.each([
    ['ru', 'name_ru'],
    ['ky', 'name_ky'],
    ['zh', 'name_zh'],
  ] as const)('%s labels read %s, fall back to the Latin name, and stay valid', (lang, field) => {
    const localised = buildStyle({
      basemapUrls: urls,
      glyphs: 'http://localhost/glyphs/{fontstack}/{range}.pbf',
      lang,
    });
    expect(validateStyleMin(localised)).toEqual([]);
    for (const id of ['place-labels', 'country-labels', 'communities-labels', 'projects-labels']) {
      const layer = localised.layers.find((l) => l.id === id);
      const text = JSON.stringify(
        layer && 'layout' in layer ? layer.layout?.['text-field' as never] : null,
      );
      expect(text, id).toContain(field);
      expect(text, id).toContain('"name"');
    }
  });
});
