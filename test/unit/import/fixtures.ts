/**
 * Real-world files made in the test (no binaries committed): Windows-1251 and KOI8-R text
 * (iconv-lite), Excel workbooks (write-excel-file, or by hand for names that library mishandles),
 * KML/KMZ, GPX, and zipped Shapefiles written byte by byte from the ESRI and dBASE formats.
 */
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';

/** Text in a legacy encoding ('win1251', 'koi8-r', 'utf-16le' with its mark…). */
export function encoded(text: string, encoding: string, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

type Cell = string | number | null;

/** An .xlsx workbook made by write-excel-file: one sheet per entry, rows of cells. */
export async function xlsxOf(sheets: { name: string; rows: Cell[][] }[]): Promise<Uint8Array> {
  const data = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((r) => r.map((value) => (value === null ? null : { value }))),
  }));
  const out = writeExcelFile(data as never) as unknown as { toBuffer(): Promise<Buffer> };
  return new Uint8Array(await out.toBuffer());
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A minimal .xlsx written by hand with inline strings (write-excel-file looks shared strings up
 * in a plain object, so it cannot write a cell reading `__proto__` or `constructor`).
 */
export function xlsxByHand(rows: Cell[][]): Uint8Array {
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheet =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    rows
      .map(
        (r, y) =>
          `<row r="${y + 1}">` +
          r
            .map((v, x) =>
              v === null
                ? ''
                : typeof v === 'number'
                  ? `<c r="${col(x)}${y + 1}"><v>${v}</v></c>`
                  : `<c r="${col(x)}${y + 1}" t="inlineStr"><is><t>${xml(v)}</t></is></c>`,
            )
            .join('') +
          '</row>',
      )
      .join('') +
    '</sheetData></worksheet>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

export interface KmlPlace {
  name: string;
  /** [lon, lat] for a point, or a list of them for a line. */
  at: [number, number] | [number, number][];
  data?: [string, string][];
}

/** A KML document with placemarks (ExtendedData for their fields). */
export function kmlOf(places: KmlPlace[]): string {
  const coords = (at: KmlPlace['at']) =>
    (Array.isArray(at[0]) ? (at as [number, number][]) : [at as [number, number]])
      .map(([x, y]) => `${x},${y},0`)
      .join(' ');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
    places
      .map(
        (pl) =>
          `<Placemark><name>${xml(pl.name)}</name>` +
          (pl.data?.length
            ? `<ExtendedData>${pl.data.map(([k, v]) => `<Data name="${xml(k)}"><value>${xml(v)}</value></Data>`).join('')}</ExtendedData>`
            : '') +
          (Array.isArray(pl.at[0])
            ? `<LineString><coordinates>${coords(pl.at)}</coordinates></LineString>`
            : `<Point><coordinates>${coords(pl.at)}</coordinates></Point>`) +
          '</Placemark>',
      )
      .join('') +
    '</Document></kml>'
  );
}

/** A KMZ archive: doc.kml and an image beside it. */
export function kmzOf(places: KmlPlace[]): Uint8Array {
  return zipSync({
    'doc.kml': strToU8(kmlOf(places)),
    'files/icon.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  });
}

/** A GPX file with waypoints and one track. */
export function gpxOf(
  waypoints: { name: string; lat: number; lon: number }[],
  track: [number, number][],
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">' +
    waypoints
      .map((w) => `<wpt lat="${w.lat}" lon="${w.lon}"><name>${xml(w.name)}</name></wpt>`)
      .join('') +
    `<trk><name>Маршрут</name><trkseg>${track.map(([lon, lat]) => `<trkpt lat="${lat}" lon="${lon}"/>`).join('')}</trkseg></trk>` +
    '</gpx>'
  );
}

export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
export const UTM43N_PRJ =
  'PROJCS["WGS_1984_UTM_Zone_43N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

export interface ShpRecord {
  /** A point [x, y], or a polyline's vertices. */
  at: [number, number] | [number, number][];
  fields: string[];
}

/**
 * A zipped Shapefile (.shp, .shx, .dbf, and .prj/.cpg when given) of points or polylines, the
 * attribute table in `encoding` (iconv-lite name; its DBF language byte set for Windows-1251).
 */
export function shapefileZip(
  records: ShpRecord[],
  fieldNames: string[],
  {
    prj = WGS84_PRJ,
    cpg,
    encoding = 'win1251',
    name = 'layer',
  }: {
    prj?: string | null;
    cpg?: string;
    encoding?: string;
    name?: string;
  } = {},
): Uint8Array {
  const line = Array.isArray(records[0]!.at[0]);
  const type = line ? 3 : 1;
  const contents = records.map((r) => {
    if (!line) {
      const b = new DataView(new ArrayBuffer(20));
      b.setInt32(0, 1, true);
      b.setFloat64(4, (r.at as [number, number])[0], true);
      b.setFloat64(12, (r.at as [number, number])[1], true);
      return new Uint8Array(b.buffer);
    }
    const pts = r.at as [number, number][];
    const b = new DataView(new ArrayBuffer(44 + 4 + pts.length * 16));
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    b.setInt32(0, 3, true);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
      b.setFloat64(4 + i * 8, v, true),
    );
    b.setInt32(36, 1, true);
    b.setInt32(40, pts.length, true);
    b.setInt32(44, 0, true);
    pts.forEach(([x, y], i) => {
      b.setFloat64(48 + i * 16, x, true);
      b.setFloat64(56 + i * 16, y, true);
    });
    return new Uint8Array(b.buffer);
  });
  const all = records.flatMap((r) =>
    line ? (r.at as [number, number][]) : [r.at as [number, number]],
  );
  const box = [
    Math.min(...all.map((q) => q[0])),
    Math.min(...all.map((q) => q[1])),
    Math.max(...all.map((q) => q[0])),
    Math.max(...all.map((q) => q[1])),
  ];
  const header = (lengthBytes: number) => {
    const h = new DataView(new ArrayBuffer(100));
    h.setInt32(0, 9994, false);
    h.setInt32(24, lengthBytes / 2, false);
    h.setInt32(28, 1000, true);
    h.setInt32(32, type, true);
    box.forEach((v, i) => h.setFloat64(36 + i * 8, v, true));
    return new Uint8Array(h.buffer);
  };
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  shp.set(header(shpLength));
  shx.set(header(shx.length));
  let o = 100;
  contents.forEach((c, i) => {
    const rh = new DataView(shp.buffer, o, 8);
    rh.setInt32(0, i + 1, false);
    rh.setInt32(4, c.length / 2, false);
    const xh = new DataView(shx.buffer, 100 + i * 8, 8);
    xh.setInt32(0, o / 2, false);
    xh.setInt32(4, c.length / 2, false);
    shp.set(c, o + 8);
    o += 8 + c.length;
  });
  // dBASE III table of text fields.
  const width = 60;
  const headerLen = 32 + 32 * fieldNames.length + 1;
  const recLen = 1 + width * fieldNames.length;
  const dbf = new Uint8Array(headerLen + recLen * records.length + 1).fill(0);
  const dv = new DataView(dbf.buffer);
  dbf[0] = 0x03;
  dbf[1] = 126;
  dbf[2] = 12;
  dbf[3] = 2;
  dv.setUint32(4, records.length, true);
  dv.setUint16(8, headerLen, true);
  dv.setUint16(10, recLen, true);
  dbf[29] = encoding === 'win1251' ? 0xc9 : 0;
  fieldNames.forEach((f, i) => {
    const at = 32 + i * 32;
    dbf.set(new Uint8Array(iconv.encode(f, 'latin1')).subarray(0, 10), at);
    dbf[at + 11] = 'C'.charCodeAt(0);
    dbf[at + 16] = width;
  });
  dbf[headerLen - 1] = 0x0d;
  records.forEach((r, k) => {
    const at = headerLen + k * recLen;
    dbf.fill(0x20, at, at + recLen);
    r.fields.forEach((v, i) => {
      dbf.set(new Uint8Array(iconv.encode(v, encoding)).subarray(0, width), at + 1 + i * width);
    });
  });
  dbf[dbf.length - 1] = 0x1a;
  const files: Record<string, Uint8Array> = {
    [`${name}.shp`]: shp,
    [`${name}.shx`]: shx,
    [`${name}.dbf`]: dbf,
  };
  if (prj) files[`${name}.prj`] = strToU8(prj);
  if (cpg) files[`${name}.cpg`] = strToU8(cpg);
  return zipSync(files);
}
