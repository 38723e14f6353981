import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  guessColumns,
  importCsv,
  importGeoJson,
  importText,
  type ImportResult,
} from '../../../src/lib/import/importFile';
import en from '../../../src/lib/i18n/locales/en.json';

const fcOf = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const point = (coordinates: unknown, properties: unknown = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

/** Every problem the importer reports is a real, non-empty message. */
function expectMessages(r: ImportResult) {
  const problems = [
    r.fatal,
    ...r.about,
    ...r.skipped.flatMap((s) => [s.where, s.problem]),
    ...r.changed.flatMap((s) => [s.where, s.problem]),
  ].filter(Boolean);
  for (const p of problems) {
    expect(Object.keys(en)).toContain(p!.key);
    expect(String(en[p!.key as keyof typeof en]).length).toBeGreaterThan(0);
  }
}

describe('importing GeoJSON', () => {
  it('keeps valid features, skips bad ones, and says which and why', () => {
    const r = importGeoJson(
      fcOf([
        point([74.6, 42.87], { name: 'Bishkek office', staff: 12 }),
        point([42.87, 74.6], { name: 'swapped' }),
        point([200, 10], { name: 'out of range' }),
        { type: 'Feature', geometry: null, properties: { name: 'no geometry' } },
        {
          type: 'Feature',
          geometry: { type: 'GeometryCollection', geometries: [] },
          properties: {},
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
          properties: { name: 'road' },
        },
      ]),
    );
    expect(r.fatal).toBeNull();
    expect(r.features.map((f) => f.properties.name)).toEqual(['Bishkek office', 'road']);
    expect(r.features[0]!.properties.fields).toEqual([
      ['name', 'Bishkek office'],
      ['staff', '12'],
    ]);
    expect(r.features.map((f) => f.id)).toEqual(['import-1', 'import-2']);
    const problems = r.skipped.map((s) => `${s.where.params.n}: ${s.problem.key}`);
    // Each named by its position in the file.
    expect(problems).toEqual([
      '2: import.swapped',
      '3: import.outOfRange',
      '4: import.noGeometry',
      '5: import.emptyCollection',
    ]);
    expectMessages(r);
  });

  it.each([
    ['', 'import.empty'],
    ['   ', 'import.empty'],
    ['not json', 'import.notJson'],
    ['{"type": "Feature"', 'import.notJson'],
    ['{"type": "Banana"}', 'import.notGeoJson'],
    ['"text"', 'import.notGeoJson'],
    ['{"type":"FeatureCollection","features":{"0":1}}', 'import.notGeoJson'],
    ['{"type":"FeatureCollection","features":[]}', 'import.noFeatures'],
  ])('refuses %j with %s', (text, key) => {
    const r = importGeoJson(text);
    expect(r.features).toEqual([]);
    expect(r.fatal?.key).toBe(key);
  });

  it('reads a bare geometry or a single feature', () => {
    expect(importGeoJson('{"type":"Point","coordinates":[74,42]}').features).toHaveLength(1);
    expect(
      importGeoJson(JSON.stringify(point([74, 42], { name: 'x' }))).features[0]!.properties.name,
    ).toBe('x');
  });
});

describe('importing CSV', () => {
  it('finds common column names and reports bad rows by number', () => {
    const r = importCsv('name,lat,lon\nKara-Balta,42.81,73.85\nBad,abc,73\nNaryn,41.43,75.99\n');
    expect(r.needsColumns).toBeFalsy();
    expect(r.features.map((f) => f.properties.name)).toEqual(['Kara-Balta', 'Naryn']);
    expect(r.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [73.85, 42.81] });
    expect(r.skipped).toEqual([
      {
        where: { key: 'import.where.line', params: { n: 3 } },
        problem: { key: 'import.csvBadNumber', params: { column: 'lat', value: 'abc' } },
      },
    ]);
  });

  it('understands Russian headers and decimal commas', () => {
    const r = importCsv('название;широта;долгота\n"Кочкор";"42,22";"75,75"\n');
    expect(r.features[0]!.properties.name).toBe('Кочкор');
    expect(r.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [75.75, 42.22] });
  });

  it('asks which columns to use when it cannot tell, then uses the answer', () => {
    const text = 'site,a,b\nMine,41.4,75.9\n';
    const first = importCsv(text);
    expect(first.needsColumns).toBe(true);
    expect(first.headers).toEqual(['site', 'a', 'b']);
    const second = importCsv(text, { lat: 'a', lon: 'b', name: 'site' });
    expect(second.features[0]!.properties.name).toBe('Mine');
  });

  it('flags swapped coordinates in a row', () => {
    const r = importCsv('lat,lon\n74.6,42.87\n');
    expect(r.features).toEqual([]);
    expect(r.skipped[0]!.problem.key).toBe('import.swapped');
    const s = importCsv('lat,lon\n100,42\n');
    expect(s.skipped[0]!.problem.key).toBe('import.swapped');
  });

  it('guesses columns', () => {
    expect(guessColumns(['Name', 'Latitude', 'Longitude'])).toEqual({
      columns: { lat: 'Latitude', lon: 'Longitude', name: 'Name' },
      sure: true,
    });
    expect(guessColumns(['x', 'y', 'lat', 'lon']).sure).toBe(false);
  });
});

describe('importers never throw, whatever the input (property tests)', () => {
  it('10,000 arbitrary texts as GeoJSON and as CSV', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const r of [importText('x.geojson', text), importText('x.csv', text)]) {
          expect(
            r.fatal !== null || r.features.length > 0 || r.skippedCount > 0 || r.needsColumns,
          ).toBe(true);
          expectMessages(r);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('10,000 generated GeoJSON documents: valid positions load, every rejection explains itself', () => {
    const coord = fc.oneof(
      fc.double({ min: -200, max: 200, noNaN: false }),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.integer({ min: -180, max: 180 }),
    );
    const geometry = fc.oneof(
      fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(coord, coord) }),
      fc.record({
        type: fc.constantFrom('LineString', 'MultiPoint'),
        coordinates: fc.array(fc.tuple(coord, coord), { maxLength: 4 }),
      }),
      fc.record({
        type: fc.constantFrom('Polygon', 'Banana', 'GeometryCollection'),
        coordinates: fc.anything(),
      }),
      fc.constant(null),
    );
    const feature = fc.record({
      type: fc.constantFrom('Feature', 'Feature', 'NotAFeature'),
      geometry,
      properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
    });
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 6 }), (features) => {
        const r = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features }));
        expectMessages(r);
        for (const f of r.features) {
          expect(f.properties.layer).toBe('imported');
          expect(typeof f.properties.name).toBe('string');
          for (const [k, v] of f.properties.fields) {
            expect(typeof k).toBe('string');
            expect(typeof v).toBe('string');
          }
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('10,000 generated CSV tables', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double().map(String),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
        const csv = [
          'name,lat,lon',
          ...rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')),
        ].join('\n');
        const r = importCsv(csv);
        expectMessages(r);
        for (const f of r.features) {
          const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates as [
            number,
            number,
          ];
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
