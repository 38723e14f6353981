/** No row vanishes: every row or feature is loaded or skipped with its position and a reason. */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import {
  importBytes,
  importCsv,
  importGeoJson,
  type ImportResult,
} from '../../../src/lib/import/importFile';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_FEATURES,
  MAX_NAME_CHARS,
  tooLargeProblem,
} from '../../../src/lib/import/checks';
import { checkStored } from '../../../src/lib/import/storedCheck';
import en from '../../../src/lib/i18n/locales/en.json';
import { interpolate } from '../../../src/lib/i18n/i18n.svelte';

const say = (p: { key: string; params: Record<string, string | number> }) =>
  interpolate(en[p.key as keyof typeof en], p.params);
const reasons = (r: ImportResult) => r.skipped.map((s) => `${say(s.where)}: ${say(s.problem)}`);
const point = (lon: number, lat: number, properties: object = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

describe('CSV: every row is loaded or skipped with its line number', () => {
  it('one stray quote does not swallow the rows after it', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `Village ${i + 1},42.${i},74.${i}`);
    rows[2] = '"Village 3,42.2,74.2'; // a quote that never closes
    const r = importCsv(['name,lat,lon', ...rows].join('\n'));
    expect(r.features.length + r.skippedCount).toBe(10);
    expect(r.features).toHaveLength(9);
    expect(reasons(r)).toEqual([
      'line 4: a quote opened on this line is not closed properly; the line was skipped and reading went on with the next one',
    ]);
    expect(r.features.map((f) => f.properties.name)).toContain('Village 10');
  });

  it('a malformed quote in the middle and at the end, and in a multi-line file', () => {
    const text = [
      'name,lat,lon,note',
      'A,42.1,74.1,"a note',
      'on two lines"',
      'B,42.2,74.2,"bad "quote" here"',
      'C,42.3,74.3,ok',
      'D,42.4,74.4,"never closed',
    ].join('\n');
    const r = importCsv(text);
    expect(r.features.map((f) => f.properties.name)).toEqual(['A', 'C']);
    expect(r.skipped.map((s) => say(s.where))).toEqual(['line 4', 'line 6']);
  });

  it('numbers lines as a text editor does: blank lines and multi-line fields count', () => {
    const text = 'name,lat,lon\r\n\r\nA,42,74\r\n"Multi\nline",42.1,74.1\r\n\r\nBad,x,74\r\n';
    const r = importCsv(text);
    expect(r.features).toHaveLength(2);
    expect(reasons(r)).toEqual(['line 7: lat “x” is not a number']); // 1 header, 2 blank, 3 A, 4–5 Multi…, 6 blank
  });

  it('an empty coordinate is said to be empty', () => {
    const r = importCsv('name,lat,lon\nA,,74\n');
    expect(reasons(r)).toEqual(['line 2: lat is empty']);
  });

  it('rows beyond the limit are counted and said, never dropped silently', () => {
    const extra = 7;
    const rows = Array.from({ length: MAX_IMPORT_FEATURES + extra }, (_, i) => `${i},42.5,74.5`);
    const r = importCsv(['name,lat,lon', ...rows].join('\n'));
    expect(r.features).toHaveLength(MAX_IMPORT_FEATURES);
    expect(r.skippedCount).toBe(extra);
    expect(reasons(r)).toEqual([
      `line ${MAX_IMPORT_FEATURES + 2}: over the limit of ${MAX_IMPORT_FEATURES} features: left out, and every feature after it (${extra} in all)`,
    ]);
  }, 180_000);
});

describe('GeoJSON: positions, limits, nesting, no silent shortening', () => {
  it('names a rejected feature by its position, whatever came before it', () => {
    const features: unknown[] = Array.from({ length: 20 }, (_, i) => point(74 + i / 100, 42));
    features[0] = { type: 'Feature', geometry: { type: 'Point', coordinates: 'x' } };
    features[6] = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[74, 42]] } };
    features[15] = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [74, 42],
            [75, 42],
            [75, 43],
            [74, 42.5],
          ],
        ],
      },
    };
    features[17] = 'not a feature';
    const r = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(r.skipped.map((s) => say(s.where))).toEqual([
      'feature 1',
      'feature 7',
      'feature 16',
      'feature 18',
    ]);
    expect(reasons(r)[1]).toBe('feature 7: a LineString needs at least 2 positions');
    expect(reasons(r)[2]).toBe('feature 16: ring 1 of the polygon does not end where it starts');
    expect(r.features).toHaveLength(16);
  });

  it('a top-level GeometryCollection loads each of its geometries', () => {
    const r = importGeoJson(
      JSON.stringify({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [74, 42] },
          {
            type: 'LineString',
            coordinates: [
              [74, 42],
              [75, 42],
            ],
          },
          { type: 'Point', coordinates: [200, 42] },
        ],
      }),
    );
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString']);
    expect(reasons(r)).toEqual(['geometry 3: coordinates out of range (200, 42)']);
  });

  it('features beyond the limit are counted and said', () => {
    const features = Array.from({ length: MAX_IMPORT_FEATURES + 3 }, () => point(74.5, 42.5));
    const r = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(r.features).toHaveLength(MAX_IMPORT_FEATURES);
    expect(r.skippedCount).toBe(3);
    expect(r.skipped).toHaveLength(1);
    expect(say(r.skipped[0]!.where)).toBe(`feature ${MAX_IMPORT_FEATURES + 1}`);
  }, 180_000);

  it('JSON nested thousands deep loses nothing beside it', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = `{"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[74,42]},"properties":{"name":"ok","deep":${deep}}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":${deep}},"properties":{}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[74.1,42]},"properties":{"name":"also ok"}}]}`;
    const r = importGeoJson(text);
    expect(r.features.map((f) => f.properties.name)).toEqual(['ok', 'also ok']);
    expect(r.features[0]!.properties.fields[1]).toEqual([
      'deep',
      '[a value nested too deeply to show]',
    ]);
    expect(reasons(r)).toEqual([
      'feature 2: coordinates are not positions as its geometry type needs',
    ]);
  });

  it('keeps long values and keys whole; a long name is shortened on the map and that is said', () => {
    const long = 'ж'.repeat(5000);
    const key = 'k'.repeat(500);
    const r = importGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [point(74, 42, { name: 'N'.repeat(1000), [key]: long })],
      }),
    );
    const f = r.features[0]!.properties;
    expect(f.fields).toEqual([
      ['name', 'N'.repeat(1000)],
      [key, long],
    ]);
    expect(f.name).toHaveLength(MAX_NAME_CHARS);
    expect(f.name.endsWith('…')).toBe(true);
    expect(r.changedCount).toBe(1);
    expect(say(r.changed[0]!.problem)).toMatch(/^name shortened to 300 characters/);
  });

  it.each([
    '{"type":"FeatureCollection","features":"abc"}',
    '{"type":"FeatureCollection","features":null}',
    '{"type":"FeatureCollection"}',
    '{"type":"GeometryCollection","geometries":5}',
  ])('says what is wrong with %s, never a raw exception', (text) => {
    const r = importGeoJson(text);
    expect(r.fatal?.key).toBe('import.notGeoJson');
  });
});

describe('the size limit', () => {
  it('is exact: one byte over is said to be over', () => {
    expect(tooLargeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(say(tooLargeProblem(MAX_IMPORT_BYTES + 1)!)).toBe(
      'The file is 50.000001 MB; the limit is 50 MB. Nothing was read.',
    );
    expect(say(tooLargeProblem(51 * 1024 * 1024)!)).toMatch(/^The file is 51 MB;/);
  });

  it('an empty file is said to be empty', async () => {
    expect((await importBytes('x.csv', new Uint8Array())).fatal?.key).toBe('import.empty');
    expect((await importBytes('x.geojson', strToU8('  '))).fatal?.key).toBe('import.empty');
  });
});

describe('the layer kept in this browser is checked as an import is', () => {
  const good = {
    type: 'Feature',
    id: 'import-1',
    geometry: { type: 'Point', coordinates: [74, 42] },
    properties: { id: 'import-1', layer: 'imported', name: 'ok', fields: [['a', 'b']] },
  };

  it('drops what cannot be used and says how many', () => {
    const stored = checkStored({
      name: 'x'.repeat(1_000_000),
      features: [
        good,
        { ...good, properties: { ...good.properties, fields: null, name: 'y'.repeat(1_000_000) } },
        { ...good, geometry: { type: 'LineString', coordinates: [[74, 42]] } },
        { ...good, properties: { name: 'old', fields: { constructor: 'c', n: 5 } } },
        null,
        'junk',
      ],
    })!;
    expect(stored.name.length).toBeLessThanOrEqual(200);
    expect(stored.features.map((f) => f.properties.name.length)).toEqual([2, MAX_NAME_CHARS, 3]);
    expect(stored.features[1]!.properties.fields).toEqual([]);
    expect(stored.features[2]!.properties.fields).toEqual([
      ['constructor', 'c'],
      ['n', '5'],
    ]);
    expect(stored.features.map((f) => f.id)).toEqual(['import-1', 'import-2', 'import-3']);
    expect(stored.problems).toEqual([{ key: 'import.storedDropped', params: { count: 3 } }]);
  });

  it('keeps at most the import limit and says how many were left out', () => {
    const features = Array.from({ length: MAX_IMPORT_FEATURES + 50_000 }, () => good);
    const stored = checkStored({ name: 'big', features })!;
    expect(stored.features).toHaveLength(MAX_IMPORT_FEATURES);
    expect(stored.problems).toEqual([
      { key: 'import.storedTooMany', params: { count: 50_000, max: MAX_IMPORT_FEATURES } },
    ]);
  }, 120_000);

  it.each([[5], ['x'], [{ name: 'x', features: 'no' }], [[good]]])(
    'something unreadable (%j) is said, not thrown',
    (value) => {
      expect(checkStored(value)?.problems).toEqual([
        { key: 'import.storedUnreadable', params: {} },
      ]);
    },
  );

  it('nothing stored is nothing to say', () => {
    expect(checkStored(undefined)).toBeNull();
  });
});
