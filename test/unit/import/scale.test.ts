/**
 * Large files (#19): a 300,000-point FeatureCollection (40 MB, under the 50 MB limit) loads whole
 * through the importer the worker runs, is packed for the page and the map, and is kept and read
 * back whole; a big file's problems still name the feature or the position in the file.
 */
import { describe, expect, it } from 'vitest';
import { readForPage } from '../../../src/lib/import/pipeline';
import { packFeatures, unpackFeatures } from '../../../src/lib/import/packed';
import { importGeoJson } from '../../../src/lib/import/importFile';
import { MAX_IMPORT_BYTES } from '../../../src/lib/import/checks';
import en from '../../../src/lib/i18n/locales/en.json';
import { interpolate } from '../../../src/lib/i18n/i18n.svelte';

const say = (p: { key: string; params: Record<string, string | number> }) =>
  interpolate(en[p.key as keyof typeof en], p.params);

const N = 300_000;
/** Point i of the generated file, spread over Kyrgyzstan. */
const lonLat = (i: number): [number, number] => [
  Number((69.3 + ((i * 7919) % 100_000) / 9_091).toFixed(5)),
  Number((39.2 + ((i * 104_729) % 100_000) / 25_000).toFixed(5)),
];
/** The JSON text of feature i, as a GIS program writes it (one per line). */
const featureText = (i: number) =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lonLat(i).join(',')}]},"properties":{"name":"Well ${i + 1}","depth_m":${(i % 300) + 10}}}`;
const collection = (parts: string[]) =>
  `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}`;

describe('a 300,000-point GeoJSON file', () => {
  it('loads whole: no feature left out, packed for the map and the page', async () => {
    const text = collection(Array.from({ length: N }, (_, i) => featureText(i)));
    expect(text.length).toBeGreaterThan(30 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const result = await readForPage(new Blob([text]), 'wells.geojson');
    expect(result.fatal).toBeNull();
    expect(result.skippedCount).toBe(0);
    expect(result.skipped).toEqual([]);
    const packed = result.packed!;
    expect(packed.count).toBe(N);

    // The map's GeoJSON: every feature, with its id and name for the map.
    const map = JSON.parse(await packed.map.text()) as {
      features: { geometry: { coordinates: number[] }; properties: object }[];
    };
    expect(map.features).toHaveLength(N);
    expect(map.features[N - 1]!.properties).toEqual({ id: `import-${N}`, name: `Well ${N}` });
    expect(map.features[N - 1]!.geometry.coordinates).toEqual(lonLat(N - 1));

    // The page's features: ids, names, geometry and fields, the last as the first.
    const features = await unpackFeatures(packed);
    expect(features).toHaveLength(N);
    for (const i of [0, 1, 150_000, N - 1]) {
      const f = features[i]!;
      expect(f.id).toBe(`import-${i + 1}`);
      expect(f.properties.name).toBe(`Well ${i + 1}`);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: lonLat(i) });
      expect(f.properties.fields).toEqual([
        ['name', `Well ${i + 1}`],
        ['depth_m', String((i % 300) + 10)],
      ]);
      expect(JSON.parse(JSON.stringify(f))).toEqual({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: {
          id: f.id,
          layer: 'imported',
          name: f.properties.name,
          fields: f.properties.fields,
        },
      });
    }

    // Kept in this browser as it is, and read back whole (checked again as an import is).
    const back = await readForPage(packed.stored, 'ignored', { stored: true });
    expect(back.about).toEqual([]);
    expect(back.packed!.count).toBe(N);
    const again = await unpackFeatures(back.packed!);
    expect(again[N - 1]!.properties.fields).toEqual(features[N - 1]!.properties.fields);
  }, 240_000);

  it('names each bad feature by its position, however far into the file', async () => {
    const parts = Array.from({ length: N }, (_, i) => featureText(i));
    parts[0] =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[42.87,74.6]},"properties":{}}';
    parts[123_456] = '{"type":"Feature","geometry":null,"properties":{"name":"lost"}}';
    parts[N - 1] = '{"type":"Feature","geometry":{"type":"LineString","coordinates":[[74,42]]}}';
    const result = await readForPage(new Blob([collection(parts)]), 'wells.geojson');
    expect(result.packed!.count).toBe(N - 3);
    expect(result.skippedCount).toBe(3);
    expect(result.skipped.map((s) => `${say(s.where)}: ${say(s.problem)}`)).toEqual([
      'feature 1: coordinates look swapped, latitude first (42.87, 74.6)',
      'feature 123457: no geometry',
      `feature ${N}: a LineString needs at least 2 positions`,
    ]);
  }, 240_000);

  it('says where a big file stops being JSON', async () => {
    const parts = Array.from({ length: N }, (_, i) => featureText(i));
    const text = collection(parts);
    const at = text.indexOf('"Well 250000"');
    const broken = `${text.slice(0, at)}"Well 250000,${text.slice(at + 13)}`; // a quote left open
    const result = await readForPage(new Blob([broken]), 'wells.geojson');
    expect(result.packed).toBeUndefined();
    expect(result.fatal?.key).toBe('import.notJson');
    // The parser's own words, with the position (in characters) where reading stopped.
    const position = Number(/position (\d+)/.exec(String(result.fatal?.params.detail))?.[1]);
    expect(position).toBeGreaterThan(at);
    expect(position).toBeLessThan(at + 200);
  }, 240_000);
});

describe('packing a layer for the page', () => {
  it('unpacks every kind of feature exactly, whatever its text (multi-byte names, odd keys)', async () => {
    const read = importGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [74, 42],
                  [75, 42],
                  [75, 43],
                  [74, 42],
                ],
              ],
            },
            properties: { name: 'Кочкор 吐尔尕特 🏔', __proto__: 'x', constructor: { a: [1] } },
          },
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [74.5, 42.5] },
            properties: null,
          },
          {
            type: 'Feature',
            geometry: {
              type: 'MultiPoint',
              coordinates: [
                [74, 42],
                [74.1, 42.1],
              ],
            },
            properties: { name: '"quoted", \\ back\nslash' },
          },
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [74, 42],
                [75, 42.5],
              ],
            },
            properties: { name: 'Ысык-Көл' },
          },
        ],
      }),
    );
    expect(read.features).toHaveLength(4);
    const packed = packFeatures('мой слой.geojson', read.features);
    const features = await unpackFeatures(packed, () => {}, 2);
    expect(features.map((f) => JSON.parse(JSON.stringify(f)))).toEqual(
      JSON.parse(JSON.stringify(read.features)),
    );
    const map = JSON.parse(await packed.map.text()) as {
      features: { properties: { name: string } }[];
    };
    expect(map.features.map((f) => f.properties.name)).toEqual(
      read.features.map((f) => f.properties.name),
    );
    const stored = JSON.parse(await packed.stored.text()) as { name: string };
    expect(stored.name).toBe('мой слой.geojson');
  });
});
