/** Files as they come from the real world: encodings, Excel, KML/KMZ, GPX, Shapefiles, sniffing. */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import proj4 from 'proj4';
import { importBytes, type ImportResult } from '../../../src/lib/import/importFile';
import type { Fields } from '../../../src/lib/import/model';
import en from '../../../src/lib/i18n/locales/en.json';
import { interpolate } from '../../../src/lib/i18n/i18n.svelte';
import {
  encoded,
  gpxOf,
  kmlOf,
  kmzOf,
  shapefileZip,
  UTM43N_PRJ,
  xlsxByHand,
  xlsxOf,
} from './fixtures';

const say = (p: { key: string; params: Record<string, string | number> }) =>
  interpolate(en[p.key as keyof typeof en], p.params);
const reasons = (r: ImportResult) => r.skipped.map((s) => `${say(s.where)}: ${say(s.problem)}`);
const names = (r: ImportResult) => r.features.map((f) => f.properties.name);
const field = (fields: Fields, key: string) => fields.find(([k]) => k === key)?.[1];
const coords = (r: ImportResult, i = 0) =>
  (r.features[i]!.geometry as { coordinates: unknown }).coordinates;

/** What Russian-language Excel writes for "CSV (разделители — точка с запятой)". */
const RUSSIAN_EXCEL = [
  'sep=;',
  'Название;Широта;Долгота;Примечание',
  'Кара-Балта;42,8146;73,8481;НПЗ «Джунда»',
  'Нарын;41,4287;75,9911;',
  'Плохая строка;abc;74',
  'Ош;40,5283;72,7985;юг',
].join('\r\n');

describe('encodings', () => {
  it('reads a Windows-1251 semicolon CSV with a sep= line and decimal commas, and says so', async () => {
    const r = await importBytes('список.csv', encoded(RUSSIAN_EXCEL, 'win1251'));
    expect(r.encoding).toBe('Windows-1251');
    expect(r.about.map(say)).toContain('Read as Windows-1251 text.');
    expect(names(r)).toEqual(['Кара-Балта', 'Нарын', 'Ош']);
    expect(coords(r)).toEqual([73.8481, 42.8146]);
    expect(field(r.features[0]!.properties.fields, 'Примечание')).toBe('НПЗ «Джунда»');
    // Line 5 of the file (the sep= line is line 1).
    expect(reasons(r)).toEqual(['line 5: Широта “abc” is not a number']);
  });

  it.each([
    ['KOI8-R', 'koi8-r', false],
    ['UTF-8', 'utf8', true],
    ['UTF-8', 'utf8', false],
    ['UTF-16', 'utf-16le', true],
  ])('reads %s (%s, byte order mark: %s)', async (shown, encoding, bom) => {
    const text = RUSSIAN_EXCEL.replace(/;/g, encoding === 'utf-16le' ? '\t' : ';').replace(
      'sep=\t',
      'sep=\t',
    );
    const r = await importBytes('list.csv', encoded(text, encoding, bom));
    expect(r.encoding).toBe(shown);
    expect(names(r)).toEqual(['Кара-Балта', 'Нарын', 'Ош']);
  });

  it('reads UTF-16 without a byte order mark (tab-separated "Unicode text")', async () => {
    const text = 'name\tlat\tlon\nБишкек\t42.87\t74.59\n';
    const r = await importBytes('u.txt', encoded(text, 'utf-16le'));
    expect(r.encoding).toBe('UTF-16');
    expect(names(r)).toEqual(['Бишкек']);
  });
});

describe('hostile column and property names are ordinary fields', () => {
  const hostile = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('in a CSV header', async () => {
    const csv = `name,lat,lon,${hostile.join(',')}\nWell,42.1,74.2,a,b,c,d,e\n`;
    const r = await importBytes('h.csv', strToU8(csv));
    expect(r.fatal).toBeNull();
    expect(r.features[0]!.properties.fields).toEqual([
      ['name', 'Well'],
      ['lat', '42.1'],
      ['lon', '74.2'],
      ['constructor', 'a'],
      ['__proto__', 'b'],
      ['toString', 'c'],
      ['hasOwnProperty', 'd'],
      ['valueOf', 'e'],
    ]);
  });

  it('as the chosen coordinate and name columns', async () => {
    const csv = 'constructor,__proto__,toString\nWell,42.1,74.2\n';
    const first = await importBytes('h.csv', strToU8(csv));
    expect(first.needsColumns).toBe(true);
    expect(first.headers).toEqual(['constructor', '__proto__', 'toString']);
    const r = await importBytes('h.csv', strToU8(csv), {
      columns: { lat: '__proto__', lon: 'toString', name: 'constructor' },
    });
    expect(names(r)).toEqual(['Well']);
    expect(coords(r)).toEqual([74.2, 42.1]);
  });

  it('in GeoJSON properties', async () => {
    const json = `{"type":"Feature","geometry":{"type":"Point","coordinates":[74,42]},"properties":{"__proto__":"p","constructor":"c","name":"N"}}`;
    const r = await importBytes('h.geojson', strToU8(json));
    expect(r.features[0]!.properties.fields).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
      ['name', 'N'],
    ]);
    expect(names(r)).toEqual(['N']);
  });

  it('in an Excel header, KML Data and a Shapefile attribute table', async () => {
    const x = await importBytes(
      'h.xlsx',
      xlsxByHand([
        ['__proto__', 'lat', 'lon', 'constructor'],
        ['Скважина', 42.1, 74.2, 'x'],
      ]),
    );
    expect(x.features[0]!.properties.fields).toEqual([
      ['__proto__', 'Скважина'],
      ['lat', '42.1'],
      ['lon', '74.2'],
      ['constructor', 'x'],
    ]);
    const k = await importBytes(
      'h.kml',
      strToU8(
        kmlOf([
          {
            name: 'P',
            at: [74, 42],
            data: [
              ['__proto__', '1'],
              ['constructor', '2'],
            ],
          },
        ]),
      ),
    );
    expect(k.features[0]!.properties.fields).toEqual(
      expect.arrayContaining([
        ['__proto__', '1'],
        ['constructor', '2'],
      ]),
    );
    const s = await importBytes(
      'h.zip',
      shapefileZip([{ at: [74, 42], fields: ['a', 'b'] }], ['__proto__', 'NAME']),
    );
    expect(s.features[0]!.properties.fields).toEqual([
      ['__proto__', 'a'],
      ['NAME', 'b'],
    ]);
  });
});

describe('what a file really is, whatever its name', () => {
  it('reads an Excel workbook named .csv as one, and says so', async () => {
    const bytes = await xlsxOf([
      {
        name: 'Объекты',
        rows: [
          ['Название', 'Широта', 'Долгота'],
          ['Кумтор', 41.86, 78.19],
        ],
      },
    ]);
    const r = await importBytes('sites.csv', bytes);
    expect(r.format).toBe('xlsx');
    expect(r.about.map(say)).toContain('“sites.csv” holds Excel (.xlsx); it was read as such.');
    expect(names(r)).toEqual(['Кумтор']);
  });

  it('reads GeoJSON named .csv as GeoJSON, and says so', async () => {
    const json = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [74, 42] }, properties: {} },
      ],
    });
    const r = await importBytes('points.csv', strToU8(json));
    expect(r.format).toBe('geojson');
    expect(r.about.map(say)).toContain('“points.csv” holds GeoJSON; it was read as such.');
    expect(r.features).toHaveLength(1);
  });

  it.each([
    ['a Word document', zipSync({ 'word/document.xml': strToU8('<w/>') }), 'a Word document'],
    [
      'an old Excel file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'old Microsoft Office',
    ],
    ['a PDF', strToU8('%PDF-1.7\n...'), 'PDF document'],
    ['a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]), 'a picture'],
    ['a web page', strToU8('<!doctype html><html><body>x</body></html>'), 'web page'],
    ['a ZIP of other files', zipSync({ 'notes.txt': strToU8('x') }), 'notes.txt'],
    ['a damaged ZIP', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'damaged'],
  ])('says when it is %s', async (_, bytes, words) => {
    const r = await importBytes('data.csv', bytes);
    expect(r.features).toEqual([]);
    expect(say(r.fatal!)).toContain(words);
  });
});

describe('Excel workbooks', () => {
  it('reads the first sheet with data, lists the others, and reads a chosen one', async () => {
    const bytes = await xlsxOf([
      { name: 'Пусто', rows: [[null]] },
      {
        name: 'Скважины',
        rows: [
          ['name', 'lat', 'lon'],
          ['Скважина 1', 42.1, 74.2],
          ['Плохая', 'нет', 74.3],
        ],
      },
      {
        name: 'Сёла',
        rows: [
          ['Село', 'Широта', 'Долгота'],
          ['Кочкор', 42.22, 75.75],
        ],
      },
    ]);
    const r = await importBytes('book.xlsx', bytes);
    expect(r.sheets).toEqual(['Скважины', 'Сёла']);
    expect(r.sheet).toBe('Скважины');
    expect(names(r)).toEqual(['Скважина 1']);
    expect(reasons(r)).toEqual(['sheet “Скважины”, row 3: lat “нет” is not a number']);
    const other = await importBytes('book.xlsx', bytes, { sheet: 'Сёла' });
    expect(names(other)).toEqual(['#1']); // "Село" is not a name column the atlas knows
    const chosen = await importBytes('book.xlsx', bytes, {
      sheet: 'Сёла',
      columns: { lat: 'Широта', lon: 'Долгота', name: 'Село' },
    });
    expect(names(chosen)).toEqual(['Кочкор']);
  });
});

describe('KML, KMZ and GPX', () => {
  const places = [
    {
      name: 'Кумтор',
      at: [78.19, 41.86] as [number, number],
      data: [['оператор', 'Кумтор Голд'] as [string, string]],
    },
    {
      name: 'Дорога',
      at: [
        [74.0, 42.0],
        [74.5, 42.2],
      ] as [number, number][],
    },
    { name: 'Перепутано', at: [42.8, 74.6] as [number, number] },
  ];

  it('reads KML placemarks, with the bad one named by its position', async () => {
    const r = await importBytes('map.kml', strToU8(kmlOf(places)));
    expect(r.format).toBe('kml');
    expect(names(r)).toEqual(['Кумтор', 'Дорога']);
    expect(field(r.features[0]!.properties.fields, 'оператор')).toBe('Кумтор Голд');
    expect(reasons(r)[0]).toMatch(/^placemark 3: coordinates look swapped/);
  });

  it('reads a KMZ archive', async () => {
    const r = await importBytes('map.kmz', kmzOf(places.slice(0, 2)));
    expect(r.format).toBe('kmz');
    expect(names(r)).toEqual(['Кумтор', 'Дорога']);
  });

  it('splits a MultiGeometry of a point and a line into two features', async () => {
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Шахта</name><MultiGeometry><Point><coordinates>75,41</coordinates></Point><LineString><coordinates>75,41 75.1,41.1</coordinates></LineString></MultiGeometry></Placemark></kml>';
    const r = await importBytes('m.kml', strToU8(kml));
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString']);
    expect(names(r)).toEqual(['Шахта', 'Шахта']);
    expect(r.changed.map((c) => say(c.where))).toEqual(['placemark 1']);
  });

  it('reads GPX tracks and waypoints, numbered within their kind', async () => {
    const gpx = gpxOf(
      [
        { name: 'Родник', lat: 41.4, lon: 75.9 },
        { name: 'Ошибка', lat: 95, lon: 75.9 },
      ],
      [
        [75.0, 41.0],
        [75.2, 41.1],
      ],
    );
    const r = await importBytes('walk.gpx', strToU8(gpx));
    expect(r.format).toBe('gpx');
    expect(names(r).sort()).toEqual(['Маршрут', 'Родник']);
    expect(reasons(r)).toEqual([expect.stringMatching(/^waypoint 2: /)]);
  });

  it('says what is wrong with broken XML', async () => {
    const r = await importBytes('bad.kml', strToU8('<kml><Placemark>'));
    expect(r.fatal?.key).toBe('import.badXml');
  });
});

describe('zipped Shapefiles', () => {
  it('reads points and their Windows-1251 attributes (the DBF says its encoding)', async () => {
    const zip = shapefileZip(
      [
        { at: [74.59, 42.87], fields: ['Бишкек', 'столица'] },
        { at: [72.8, 40.53], fields: ['Ош', 'юг'] },
      ],
      ['NAME', 'NOTE'],
    );
    const r = await importBytes('towns.zip', zip);
    expect(r.format).toBe('shapefile');
    expect(names(r)).toEqual(['Бишкек', 'Ош']);
    expect(field(r.features[1]!.properties.fields, 'NOTE')).toBe('юг');
  });

  it('takes the encoding from a .cpg file', async () => {
    const zip = shapefileZip([{ at: [74.59, 42.87], fields: ['Бишкек'] }], ['NAME'], {
      cpg: 'UTF-8',
      encoding: 'utf8',
    });
    expect(names(await importBytes('t.zip', zip))).toEqual(['Бишкек']);
  });

  it('reprojects UTM zone 43N to longitude and latitude', async () => {
    // Bishkek, 74.59°E 42.87°N, in UTM 43N (x ≈ 466,500 m, y ≈ 4,747,000 m).
    const utm = proj4(UTM43N_PRJ);
    const a = utm.forward([74.59, 42.87]) as [number, number];
    const b = utm.forward([74.6, 42.88]) as [number, number];
    expect(a[0]).toBeGreaterThan(460_000);
    const zip = shapefileZip([{ at: [a, b], fields: ['Дорога'] }], ['NAME'], { prj: UTM43N_PRJ });
    const r = await importBytes('roads.zip', zip);
    const [lon, lat] = (coords(r) as number[][])[0]!;
    expect(lon).toBeCloseTo(74.59, 1);
    expect(lat).toBeCloseTo(42.87, 1);
  });

  it('refuses a projection it cannot convert, naming it', async () => {
    const prj =
      'PROJCS["Made_Up_Grid",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Imaginary_Projection"],UNIT["Meter",1.0]]';
    const zip = shapefileZip([{ at: [500_000, 4_600_000], fields: ['x'] }], ['NAME'], { prj });
    const r = await importBytes('grid.zip', zip);
    expect(r.features).toEqual([]);
    expect(say(r.fatal!)).toContain('“Made_Up_Grid”');
  });

  it('without a .prj: reads degrees as WGS 84 (said), refuses metres', async () => {
    const ok = await importBytes(
      'a.zip',
      shapefileZip([{ at: [74, 42], fields: ['x'] }], ['NAME'], { prj: null }),
    );
    expect(ok.about.map((a) => a.key)).toContain('import.assumedWgs84');
    const bad = await importBytes(
      'b.zip',
      shapefileZip([{ at: [500_000, 4_600_000], fields: ['x'] }], ['NAME'], { prj: null }),
    );
    expect(bad.fatal?.key).toBe('import.noProjection');
  });
});
