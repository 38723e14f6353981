import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  loadDataset,
  parseLayer,
  parseSources,
  validateDataset,
  DataError,
} from '../../../src/lib/data/load.ts';
import { validRaw } from './fixtures.ts';

/** Validates `raw` and returns the formatted issue lines (empty when valid). */
function messages(raw: ReturnType<typeof validRaw>): string[] {
  const r = validateDataset(raw);
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('loader on a valid fixture', () => {
  it('accepts it and returns typed collections', () => {
    const data = loadDataset(validRaw());
    expect(data.crossings.features[0]?.properties.name).toBe('Test Pass');
    expect(data.protests.features[0]?.properties.targets).toEqual(['test-pass']);
    expect(data.sources['test-web']?.paywalled).toBe(true);
  });
});

describe('loader rejects bad data with file, id and field', () => {
  it('a javascript: URL', () => {
    const raw = validRaw();
    raw.sources['test-web'].url = 'javascript:alert(1)';
    expect(messages(raw)).toContain(
      'sources.json: source "test-web": url must be an absolute https: or http: URL',
    );
  });

  it('a data: URL and a relative URL', () => {
    const raw = validRaw();
    raw.sources['test-web'].url = 'data:text/html,hi';
    raw.sources['test-article'].url = '/relative/page';
    const m = messages(raw);
    expect(m.some((x) => x.includes('"test-web": url'))).toBe(true);
    expect(m.some((x) => x.includes('"test-article": url'))).toBe(true);
  });

  it('a dangling source key', () => {
    const raw = validRaw();
    raw.protests.features[0]!.properties.citations[0]!.source = 'foo';
    expect(messages(raw)).toContain(
      'protests.geojson: feature "test-protest": citations[0].source "foo" is not in sources.json',
    );
  });

  it('a duplicate id across layers', () => {
    const raw = validRaw();
    const copy = structuredClone(raw.crossings.features[0]!);
    copy.properties = { ...copy.properties, layer: 'mines' };
    raw.mines.features.push(copy as never);
    expect(messages(raw)).toContain(
      'mines.geojson: feature "test-pass": id duplicate id (also in crossings.geojson)',
    );
  });

  it('a duplicate id within a layer', () => {
    const raw = validRaw();
    raw.crossings.features.push(structuredClone(raw.crossings.features[0]!));
    expect(messages(raw).filter((m) => m.includes('duplicate id'))).toHaveLength(1);
  });

  it('an out-of-region coordinate in the geometry and in point', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.geometry.coordinates = [14.42, 50.09];
    raw.crossings.features[0]!.properties.point = [14.42, 50.09];
    const m = messages(raw);
    expect(m).toContain(
      'crossings.geojson: feature "test-pass": geometry.coordinates [14.42, 50.09] is outside the region (lon 68–81, lat 36–45.5)',
    );
    expect(
      m.some((x) => x.startsWith('crossings.geojson: feature "test-pass": point [14.42')),
    ).toBe(true);
  });

  it('a community outside the region', () => {
    const raw = validRaw();
    raw.communities.features[0]!.geometry.coordinates = [90, 42];
    expect(messages(raw)[0]).toMatch(
      /^communities\.geojson: feature "test-village": geometry\.coordinates \[90, 42\] is outside/,
    );
  });

  it('a site without a citation', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.properties.citations = [];
    expect(messages(raw)).toContain(
      'crossings.geojson: feature "test-pass": citations must have at least one citation (every site needs a source)',
    );
  });

  it('a site with the citations field missing', () => {
    const raw = validRaw();
    delete (raw.crossings.features[0]!.properties as { citations?: unknown }).citations;
    expect(messages(raw)[0]).toMatch(/^crossings\.geojson: feature "test-pass": citations /);
  });

  it('accepts a quote on a web source (checked by the build and the tests, not the loader)', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.properties.citations[0]!.source = 'test-web';
    expect(validateDataset(raw).ok).toBe(true);
  });

  it('a community without its precision, or an aiyl-okmotu entry without a figure', () => {
    const raw = validRaw();
    const village = raw.communities.features[0]!.properties as Record<string, unknown>;
    delete village.precision;
    village.aiyl_okmotu = {
      name: 'Test',
      population_2009: null,
      population_2021: null,
      source: 'A page.',
      url: 'https://example.org/ao',
    };
    expect(messages(raw)).toEqual([
      'communities.geojson: feature "test-village": precision Invalid key: Expected "precision" but received undefined',
      'communities.geojson: feature "test-village": aiyl_okmotu must give at least one population figure',
    ]);
  });

  it('a dangling related id and a dangling protest target', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.properties.related = ['nowhere'];
    raw.protests.features[0]!.properties.targets = ['no-such-site'];
    const m = messages(raw);
    expect(m).toContain(
      'crossings.geojson: feature "test-pass": related[0] "nowhere" is not a feature id in any layer',
    );
    expect(m).toContain(
      'protests.geojson: feature "test-protest": targets[0] "no-such-site" is not a feature id in any layer',
    );
  });

  it('a non-exact site without uncertainty', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.properties.uncertainty_km = 0;
    expect(messages(raw)).toContain(
      'crossings.geojson: feature "test-pass": uncertainty_km must be > 0 and have an area when precision is not exact (and no area when it is)',
    );
  });

  it('an area that areas.geojson lacks, a city-boundary area on a point, a place of no record', () => {
    const raw = validRaw();
    Object.assign(raw.protests.features[0]!.properties, {
      area: { kind: 'shape', id: 'district-nowhere' },
      place: 'test-nothing',
    });
    Object.assign(raw.crossings.features[0]!.properties, { area: { kind: 'geometry' } });
    const m = messages(raw);
    expect(m).toContain(
      'protests.geojson: feature "test-protest": area.id "district-nowhere" is not an area of areas.geojson',
    );
    expect(m).toContain(
      'protests.geojson: feature "test-protest": place "test-nothing" is not a site id',
    );
    expect(m).toContain(
      'crossings.geojson: feature "test-pass": area "geometry" needs a Polygon or MultiPolygon, not a Point',
    );
  });

  it('a place whose own record is not in it, and a marker outside the region', () => {
    const raw = validRaw();
    Object.assign(raw.protests.features[0]!.properties, { place: 'test-pass', marker: [10, 10] });
    const m = messages(raw);
    expect(m).toContain(
      'protests.geojson: feature "test-protest": place "test-pass" must be the place of its own record too',
    );
    expect(
      m.some((x) =>
        x.startsWith('protests.geojson: feature "test-protest": marker [10, 10] is outside'),
      ),
    ).toBe(true);
    Object.assign(raw.crossings.features[0]!.properties, { place: 'test-pass' });
    delete (raw.protests.features[0]!.properties as { marker?: unknown }).marker;
    expect(messages(raw)).toEqual([]);
  });

  it('an area file that is not polygons', () => {
    const raw = validRaw();
    (raw.areas.features[0]!.geometry as { type: string }).type = 'LineString';
    expect(messages(raw).some((x) => x.startsWith('areas.geojson: feature "district-test":'))).toBe(
      true,
    );
  });

  it('a bad date, a bad precision and a non-kebab id', () => {
    const raw = validRaw();
    const p = raw.crossings.features[0]!.properties;
    p.date_start = '8 Nov 2021';
    p.precision = 'somewhere';
    const m = messages(raw);
    expect(m.some((x) => x.includes('"test-pass": date_start must be a partial ISO date'))).toBe(
      true,
    );
    expect(m.some((x) => x.includes('"test-pass": precision'))).toBe(true);
    const raw2 = validRaw();
    raw2.crossings.features[0]!.properties.id = 'Test_Pass';
    raw2.crossings.features[0]!.id = 'Test_Pass';
    expect(messages(raw2).some((x) => x.includes('"Test_Pass": id must be a kebab-case id'))).toBe(
      true,
    );
  });

  it('top-level id different from properties.id', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.id = 'other-id';
    expect(messages(raw)).toContain(
      'crossings.geojson: feature "test-pass": id "other-id" must equal properties.id',
    );
  });

  it('a feature in the wrong layer file', () => {
    const raw = validRaw();
    raw.crossings.features[0]!.properties.layer = 'mines';
    expect(
      messages(raw).some((x) => x.startsWith('crossings.geojson: feature "test-pass": layer')),
    ).toBe(true);
  });

  it('population 0 for an unknown population', () => {
    const raw = validRaw();
    (raw.communities.features[0]!.properties as { population: number | null }).population = 0;
    expect(messages(raw)).toContain(
      'communities.geojson: feature "test-village": population must be null when unknown, never 0',
    );
  });

  it('an end date before the start date', () => {
    const raw = validRaw();
    (raw.crossings.features[0]!.properties as { date_end: string | null }).date_end = '2020';
    expect(messages(raw)).toContain(
      'crossings.geojson: feature "test-pass": date_end 2020 is before date_start 2021-11',
    );
  });

  it('a file that is not a FeatureCollection', () => {
    const r = parseLayer('mines', { type: 'Feature' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatIssue(r.issues[0]!)).toMatch(/^mines\.geojson: must be a GeoJSON/);
    expect(parseSources([]).ok).toBe(false);
  });

  it('loadDataset throws a DataError listing the issues', () => {
    const raw = validRaw();
    raw.sources['test-web'].url = 'javascript:void(0)';
    expect(() => loadDataset(raw)).toThrow(DataError);
    expect(() => loadDataset(raw)).toThrow(/sources\.json: source "test-web": url/);
  });
});
