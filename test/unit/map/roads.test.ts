/** The relief and road layers in the style, the build flag and the credit. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/lib/map/style';
import { BASEMAP_SOURCES } from '../../../src/lib/map/basemap';
import {
  NONCOMMERCIAL,
  NONCOMMERCIAL_CREDIT,
  noncommercialUrls,
} from '../../../src/lib/map/noncommercial';
import { ATTRIBUTION } from '../../../src/lib/map/attribution';
import { routeOverlay, rulerOverlay } from '../../../src/lib/map/overlays';
import { layersOf } from '../../../src/lib/map/catalogue';

const urls = Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, `http://localhost/${id}`]));
const base = {
  basemapUrls: urls as never,
  glyphs: 'http://localhost/glyphs/{fontstack}/{range}.pbf',
};

describe('relief and roads in the style', () => {
  const nc = noncommercialUrls('http://localhost/', true)!;
  const style = buildStyle({ ...base, noncommercial: nc });

  it('is a valid style that asks only the app’s own origin', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('draws hillshade from the shipped Terrarium tiles, zooms 4–8, masked where they hold no data', () => {
    expect(style.sources.dem).toMatchObject({
      type: 'raster-dem',
      encoding: 'terrarium',
      minzoom: 4,
      maxzoom: 8,
      tiles: ['http://localhost/geodata/noncommercial/terrain/{z}/{x}/{y}.png'],
    });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('terrain-mask')).toBe(ids.indexOf('hillshade') + 1);
    const mask = JSON.parse(readFileSync('geodata/noncommercial/terrain-mask.geojson', 'utf8'));
    expect(mask.features.length).toBeGreaterThan(0);
  });

  it('starts every relief and road layer visible, so the toggles never reload the relief tiles', () => {
    // A visibility change reloads the layer's source, and MapLibre's reloaded raster-dem tiles
    // lose their neighbours' edge pixels: a seam along every tile edge from zoom 10.
    for (const id of [...layersOf('relief'), ...layersOf('roads')]) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer.layout, id).toMatchObject({ visibility: 'visible' });
    }
  });

  it('draws roads by surface from zoom 6 at the latest, and labels named routes', () => {
    for (const id of ['roads-paved', 'roads-unpaved']) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer.minzoom ?? 0).toBeLessThanOrEqual(6);
      expect(layer.maxzoom ?? 24).toBeGreaterThan(12);
    }
    const labels = style.layers.find((l) => l.id === 'road-labels')!;
    expect(JSON.stringify(labels)).toContain('"name"');
  });

  it('ships tiles for zooms 4–8, small, and the licence text beside the data', () => {
    const text = readFileSync('geodata/noncommercial/LICENSE-GlobalMap.txt', 'utf8');
    expect(text).toMatch(/FREE OF CHARGE FOR NON-COMMERCIAL USE/);
    const dir = 'geodata/noncommercial/terrain';
    expect(readdirSync(dir).sort()).toEqual(['4', '5', '6', '7', '8']);
    for (const z of readdirSync(dir)) {
      for (const x of readdirSync(`${dir}/${z}`)) {
        for (const y of readdirSync(`${dir}/${z}/${x}`)) {
          expect(statSync(`${dir}/${z}/${x}/${y}`).size).toBeLessThan(200 * 1024);
        }
      }
    }
  });
});

describe('the build flag and the credit', () => {
  it('a default build includes the non-commercial data and credits it', () => {
    expect(NONCOMMERCIAL).toBe(true);
    expect(ATTRIBUTION).toContain(NONCOMMERCIAL_CREDIT);
    expect(readFileSync('geodata/LICENSES.md', 'utf8')).toContain(
      `Credit: ${NONCOMMERCIAL_CREDIT}`,
    );
  });

  it('an open-data-only build has no URLs for it', () => {
    expect(noncommercialUrls('http://localhost/', false)).toBeNull();
  });
});

describe('the ruler and routes on the map', () => {
  const km = (x: number) => `${x.toFixed(1)} km`;
  const a: [number, number] = [75, 41];
  const b: [number, number] = [75.5, 41];

  it('labels each segment but never the preview to the pointer', () => {
    const fc = rulerOverlay([a, b], [76, 41.2], km);
    const labels = fc.features.filter((f) => 'label' in f.properties);
    expect(labels).toHaveLength(1);
    expect(fc.features.filter((f) => f.properties.preview === true)).toHaveLength(1);
    expect(rulerOverlay([a], a, km).features.filter((f) => 'label' in f.properties)).toEqual([]);
  });

  it('by road: a leg with a road is labelled “≈”, one without says so and is drawn straight', () => {
    const route = {
      reachable: true as const,
      totalKm: 52,
      roadKm: 50,
      fromOffRoadKm: 1,
      toOffRoadKm: 1,
      syntheticKm: 0,
      reasons: [],
      fromJoin: [75, 41.01] as [number, number],
      toJoin: [75.5, 41.01] as [number, number],
      path: [
        [75, 41.01],
        [75.25, 41.05],
        [75.5, 41.01],
      ] as [number, number][],
    };
    const fc = rulerOverlay(
      [a, b, [76, 41]],
      null,
      km,
      [route, { reachable: false, why: 'apart' }],
      {
        noRoad: 'no road',
      },
    );
    const labels = fc.features
      .filter((f) => 'label' in f.properties)
      .map((f) => f.properties.label);
    expect(labels).toEqual(['≈ 52.0 km', 'no road']);
    const lines = routeOverlay([{ from: a, to: b, answer: route }]).features;
    expect(lines.map((f) => f.properties.kind)).toEqual(['offroad', 'road', 'offroad']);
    expect(lines[0]!.geometry).toEqual({ type: 'LineString', coordinates: [a, [75, 41.01]] });
  });
});
