import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/lib/map/style';
import { BASEMAP_SOURCES } from '../../../src/lib/map/basemap';
import {
  CATALOGUE,
  CLUSTER_LAYER,
  DATA_SOURCE_IDS,
  PICKABLE,
  SELECTED_LAYER,
  featureStateSources,
  layersOf,
  roleOf,
} from '../../../src/lib/map/catalogue';
import { allDataLayerIds, IMPORTED_LAYER_IDS } from '../../../src/lib/map/layerOrder';
import { languageLabels } from '../../../src/lib/map/expressions';
import { narrowedFilters } from '../../../src/lib/map/dataLayers';
import { linkOverlay, ringOverlay } from '../../../src/lib/map/overlays';
import { lightTheme } from '../../../src/lib/map/theme';
import { LAYERS } from '../../../src/lib/data/constants';
import { noncommercialUrls } from '../../../src/lib/map/noncommercial';

const urls = Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, `http://localhost/${id}`]));
// With the non-commercial relief and roads, as the default build draws them.
const style = buildStyle({
  basemapUrls: urls as never,
  glyphs: 'http://localhost/{fontstack}/{range}',
  noncommercial: noncommercialUrls('http://localhost/', true),
});
const styleIds = new Set(style.layers.map((l) => l.id));

describe('the map catalogue', () => {
  it('lists exactly the layers of the style, in its order, each with the source it draws', () => {
    expect(CATALOGUE.map((r) => r.id)).toEqual(style.layers.map((l) => l.id));
    for (const layer of style.layers) {
      const source = 'source' in layer ? layer.source : null;
      expect(roleOf(layer.id).source, layer.id).toBe(source);
    }
  });

  it('every id the map view uses exists in the style', () => {
    const used = [
      ...PICKABLE,
      CLUSTER_LAYER,
      SELECTED_LAYER,
      ...IMPORTED_LAYER_IDS,
      ...Object.values(allDataLayerIds()).flat(),
      ...Object.keys(languageLabels('ru')),
      ...narrowedFilters([2020, 2021], ['x'], lightTheme).map(([id]) => id),
    ];
    for (const id of used) expect(styleIds.has(id), id).toBe(true);
    for (const id of DATA_SOURCE_IDS) expect(style.sources[id], id).toBeDefined();
    for (const group of [...LAYERS, 'imported'] as const) {
      for (const s of featureStateSources(group)) expect(style.sources[s], s).toBeDefined();
    }
  });

  it('an open-data-only style lacks exactly the relief and road layers and their sources', () => {
    const open = buildStyle({ basemapUrls: urls as never, glyphs: 'http://localhost/{f}/{r}' });
    const missing = CATALOGUE.filter((r) => !open.layers.some((l) => l.id === r.id));
    expect(missing.map((r) => r.group)).toEqual(
      missing.map(() => expect.stringMatching(/^(relief|roads)$/)),
    );
    expect(missing.map((r) => r.id)).toEqual([...layersOf('relief'), ...layersOf('roads')]);
    for (const s of ['dem', 'terrain-mask', 'roads']) expect(open.sources[s]).toBeUndefined();
  });

  it('an unknown id is an error, not silently dropped', () => {
    expect(() => roleOf('mystery-layer')).toThrow(/mystery-layer/);
  });

  it('derives what a pointer picks (sites first, clusters last) and the toggle groups', () => {
    expect(PICKABLE.slice(0, 4)).toEqual([
      'projects-symbols',
      'crossings-symbols',
      'protests-symbols',
      'mines-symbols',
    ]);
    expect(PICKABLE.at(-1)).toBe(CLUSTER_LAYER);
    expect(layersOf('crossings')).toEqual([
      'crossings-uncertainty-fill',
      'crossings-uncertainty-line',
      'crossings-halo',
      'crossings-symbols',
      'crossings-labels',
    ]);
    expect(featureStateSources('projects')).toEqual([
      'sites-uncertainty',
      'projects-shapes',
      'sites',
    ]);
    expect(featureStateSources('communities')).toEqual(['communities']);
  });
});

describe('narrowedFilters', () => {
  it('composes each site layer’s own filter with the years and ids, from the style', () => {
    const filters = new Map(narrowedFilters([2018, 2021], ['a'], lightTheme));
    expect([...filters.keys()].sort()).toEqual(
      LAYERS.filter((l) => l !== 'communities')
        .flatMap((l) => layersOf(l))
        .sort(),
    );
    const shapes = JSON.stringify(filters.get('projects-shapes-fill'));
    expect(shapes).toContain('geometry-type'); // its own filter is kept
    expect(shapes).toContain('y0');
    const own = style.layers.find((l) => l.id === 'mines-symbols');
    expect(new Map(narrowedFilters(null, null, lightTheme)).get('mines-symbols')).toEqual(
      own && 'filter' in own ? own.filter : undefined,
    );
  });
});

describe('overlays', () => {
  it('rings around a point are circles at once, labelled; a line waits for its buffers', () => {
    const point = { geometry: { type: 'Point', coordinates: [75, 41] } as GeoJSON.Geometry };
    const rings = ringOverlay(point, [5, 10], null, (km) => `${km} km`);
    expect(rings.features.map((f) => f.properties.label)).toEqual(['5 km', '10 km']);
    const line = {
      geometry: {
        type: 'LineString',
        coordinates: [
          [75, 41],
          [75.1, 41],
        ],
      } as GeoJSON.Geometry,
    };
    expect(ringOverlay(line, [5], null, String).features).toEqual([]);
    expect(ringOverlay(null, [5], null, String).features).toEqual([]);
  });

  it('links run from the site’s nearest point to each community', () => {
    const fc = linkOverlay([
      { from: [75, 41], community: { id: 'c', geometry: { coordinates: [75.1, 41.1] } } },
    ]);
    expect(fc.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [75, 41],
        [75.1, 41.1],
      ],
    });
    expect(fc.features[0]?.properties.id).toBe('c');
  });
});
