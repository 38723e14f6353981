import { describe, expect, it } from 'vitest';
import { shippedLayer } from './shipped';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
  CITATION_FIELDS,
  SITE_COLUMNS,
  columnsFor,
  siteRecord,
  sitesCsv,
  sitesGeoJson,
} from '../../src/lib/export/sitesExport';
import { addPngText, readPngText } from '../../src/lib/export/pngText';
import { niceLength } from '../../src/lib/export/mapImage';
import type { Sources } from '../../src/lib/data/schema';
import { PNG } from 'pngjs';

const sources = JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as Sources;
const protests = shippedLayer('protests');
const kochkor = protests.find((f) => f.id === 'kochkor-truckers-protest-2021')!;

describe('a site as a flat record', () => {
  const record = siteRecord(kochkor, sources, { years: [2021, 2021], region: 'Naryn' });

  it('names its place: the records of one physical site share it, a site alone is its own', () => {
    expect(record.place).toBe('kochkor-truckers-protest-2021');
    const projects = shippedLayer('projects');
    const loan = projects.find((f) => f.id === 'aiddata-39619')!;
    const rescheduling = projects.find((f) => f.id === 'aiddata-96100')!;
    const ctx = { years: null, region: null };
    expect(siteRecord(rescheduling, sources, ctx).place).toBe('aiddata-39619');
    expect(siteRecord(loan, sources, ctx).place).toBe('aiddata-39619');
  });

  it('has every site column and its years and region', () => {
    for (const c of SITE_COLUMNS) expect(record).toHaveProperty(c);
    expect(record).toMatchObject({
      id: 'kochkor-truckers-protest-2021',
      layer: 'protests',
      first_year: 2021,
      last_year: 2021,
      region: 'Naryn',
      precision: kochkor.properties.precision,
    });
  });

  it('flattens each citation with its source’s publisher, title, date, URL and the quote', () => {
    kochkor.properties.citations.forEach((c, i) => {
      const s = sources[c.source]!;
      expect(record[`citation_${i + 1}_title`]).toBe(s.title);
      expect(record[`citation_${i + 1}_publisher`]).toBe(s.publisher);
      expect(record[`citation_${i + 1}_url`]).toBe(s.url);
      expect(record[`citation_${i + 1}_fact`]).toBe(c.fact);
      expect(record[`citation_${i + 1}_quote`]).toBe(c.quote ?? '');
    });
    expect(kochkor.properties.citations.some((c) => c.quote)).toBe(true);
  });

  it('leaves years and region empty when unknown', () => {
    const r = siteRecord(kochkor, sources, { years: null, region: null });
    expect(r).toMatchObject({ first_year: '', last_year: '', region: '' });
  });
});

describe('CSV and GeoJSON of the shown sites', () => {
  const sites = protests;
  const records = sites.map((f) => siteRecord(f, sources, { years: null, region: null }));

  it('CSV: BOM and header first, one row per site, numbered citation columns for the most cited', async () => {
    const csv = await sitesCsv(sites, records);
    expect(csv.split('\r\n')[0]).toBe(
      `\uFEFF${columnsFor(Math.max(...sites.map((s) => s.properties.citations.length))).join(',')}`,
    );
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(sites.length);
    const most = Math.max(...sites.map((s) => s.properties.citations.length));
    expect(parsed.meta.fields).toEqual(columnsFor(most));
    expect(parsed.meta.fields).toContain(`citation_${most}_${CITATION_FIELDS.at(-1)}`);
    const row = parsed.data.find((r) => r['id'] === kochkor.id)!;
    expect(row['citation_1_url']).toMatch(/^https?:\/\//);
  });

  it('CSV neutralises cells that a spreadsheet would run as formulas', async () => {
    const evil = { ...records[0]!, name: '=HYPERLINK("http://x")' };
    const csv = await sitesCsv(sites.slice(0, 1), [evil]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('GeoJSON keeps each site’s own geometry and the flat record', () => {
    const fc = sitesGeoJson(sites, records, ['note']);
    expect(fc.features).toHaveLength(sites.length);
    expect(fc.features[0]!.geometry).toEqual(sites[0]!.geometry);
    expect(fc.features[0]!.properties).toBe(records[0]);
    expect(fc.metadata.notes).toEqual(['note']);
  });
});

describe('PNG text metadata', () => {
  const png = new Uint8Array(PNG.sync.write(Object.assign(new PNG({ width: 2, height: 2 }), {})));

  it('adds UTF-8 entries that read back, and the image still decodes', () => {
    const out = addPngText(png, {
      Title: 'Kyrgyz–China Atlas',
      Copyright: 'Who’s On First\n© OSM',
    });
    expect(readPngText(out)).toEqual({
      Title: 'Kyrgyz–China Atlas',
      Copyright: 'Who’s On First\n© OSM',
    });
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
  });

  it('refuses what is not a PNG', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3]), {})).toThrow(/not a PNG/);
    expect(readPngText(png)).toEqual({});
  });
});

describe('map image scale bar', () => {
  it('picks the longest 1-2-5 length that fits', () => {
    expect(niceLength(37_000)).toBe(20_000);
    expect(niceLength(9_999)).toBe(5_000);
    expect(niceLength(1_000)).toBe(1_000);
    expect(niceLength(180)).toBe(100);
  });
});
