import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  CSV_COLUMNS,
  safeCell,
  tableRecord,
  toCsv,
  toGeoJson,
  readmeText,
  type RowContext,
} from '../../src/lib/export/distanceExport';
import type { TablePair } from '../../src/lib/geo/distanceTable';

const pair: TablePair = {
  site: 0,
  community: 0,
  distanceKm: 2.34567,
  minKm: 0,
  maxKm: 7.34567,
  bearingDeg: 123.456,
  from: [73.84813, 42.81423],
  within: 'possible',
};
const ctx: RowContext = {
  site: {
    id: 'junda-refinery',
    name: 'Junda, "Kara-Balta"',
    layer: 'projects',
    precision: 'town',
    uncertaintyKm: 5,
  },
  community: {
    id: 'kara-balta',
    name: '=HYPERLINK("http://evil")',
    name_ru: 'Кара-Балта',
    oblast: 'Chuy',
    rayon: 'Jayyl',
    population: null,
    at: [73.85, 42.82],
  },
};

describe('distance table export', () => {
  it('writes CSV with a BOM and the header first, units in the column names; parses back', async () => {
    const record = tableRecord(pair, ctx);
    const csv = await toCsv([record]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const row = parsed.data[0]!;
    expect(row.site_name).toBe('Junda, "Kara-Balta"');
    expect(row.community_name_ru).toBe('Кара-Балта');
    expect(row.distance_km).toBe('2.346');
    expect(row.distance_max_km).toBe('7.346');
    expect(row.population).toBe(''); // unknown, not 0
    expect(row.within_radius).toBe('possible');
    expect(row.community_name!.startsWith("'=")).toBe(true); // no formula runs in a spreadsheet
  });

  it('names the place of each site: its own id alone, the shared place when records share one', () => {
    expect(tableRecord(pair, ctx).site_place).toBe(ctx.site.id);
    const loan = { ...ctx, site: { ...ctx.site, id: 'aiddata-96100', place: 'aiddata-39619' } };
    expect(tableRecord(pair, loan).site_place).toBe('aiddata-39619');
  });

  it('neutralises formula-looking cells only', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('@SUM')).toBe("'@SUM");
    expect(safeCell('-5')).toBe("'-5");
    expect(safeCell('Naryn')).toBe('Naryn');
    expect(safeCell(-5)).toBe(-5);
  });

  it('writes GeoJSON lines from the site to the community with the notes', () => {
    const fc = toGeoJson([tableRecord(pair, ctx)], [pair], [ctx], ['credits']);
    expect(fc.metadata.notes).toEqual(['credits']);
    expect(fc.features[0]!.geometry.coordinates).toEqual([
      [73.84813, 42.81423],
      [73.85, 42.82],
    ]);
    expect(fc.features[0]!.properties).toMatchObject({
      site_id: 'junda-refinery',
      within_radius: 'possible',
    });
  });
});

describe('README beside an exported table', () => {
  it('titles the notes and keeps each as a paragraph', () => {
    const text = readmeText('Distance table', ['Radius 10 km.', 'Data credits: AidData.']);
    expect(text.split('\r\n')).toEqual([
      'Distance table',
      '==============',
      '',
      'Radius 10 km.',
      '',
      'Data credits: AidData.',
      '',
    ]);
  });
});
