/**
 * Zipped Shapefiles → features: each .shp in the archive with its .dbf (attributes), .prj
 * (projection: reprojected to WGS84 by proj4 through shpjs, or refused with the projection's name)
 * and .cpg (the attributes' encoding; without one, the DBF's language byte or chardet decides).
 * Records are reported as "layer “…”, record N". The attribute table is read here, as lists,
 * so a field named `__proto__` is kept.
 */
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { parseShp } from 'shpjs';
import { p } from './checks';
import { decodeText } from './decode';
import { addRecord } from './geojson';
import { Collector, failed, type Fields, type ImportResult } from './model';

/** The projection's name in a .prj (WKT), for a message. */
function projectionName(wkt: string): string {
  return /^\s*\w+\[\s*"([^"]*)"/.exec(wkt)?.[1]?.slice(0, 100) ?? wkt.trim().slice(0, 60);
}

/** A .cpg's text as a TextDecoder label: "1251", "ANSI 1251" → windows-1251; "866" → ibm866. */
export function cpgLabel(cpg: string): string | null {
  const t = cpg.trim();
  const n = /^(?:ANSI\s*|CP|windows-)?(\d{3,5})$/i.exec(t)?.[1];
  if (n) return n === '866' ? 'ibm866' : n === '65001' ? 'utf-8' : `windows-${n}`;
  return t || null;
}

/** DBF language driver ids → encodings (the ones met in this region). */
const DBF_LANGUAGE = new Map<number, string>([
  [0x26, 'ibm866'],
  [0x65, 'ibm866'],
  [0xc9, 'windows-1251'],
  [0x57, 'windows-1252'],
  [0x03, 'windows-1252'],
]);

/** A DBF table as rows of fields, decoded with `encoding` (null: detect). */
export function readDbf(bytes: Uint8Array, encoding: string | null): Fields[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 32) return [];
  const records = view.getUint32(4, true);
  const headerLen = view.getUint16(8, true);
  const recLen = view.getUint16(10, true);
  const columns: { name: Uint8Array; type: string; len: number }[] = [];
  for (let o = 32; o + 32 <= headerLen && bytes[o] !== 0x0d; o += 32) {
    const raw = bytes.subarray(o, o + 11);
    const end = raw.indexOf(0);
    columns.push({
      name: raw.subarray(0, end < 0 ? 11 : end),
      type: String.fromCharCode(bytes[o + 11]!),
      len: bytes[o + 16]!,
    });
  }
  const label =
    encoding ??
    (() => {
      const byLanguage = DBF_LANGUAGE.get(bytes[29]!);
      if (byLanguage) return byLanguage;
      const sample = bytes.subarray(headerLen, Math.min(bytes.length, headerLen + 256 * 1024));
      const d = decodeText(sample).encoding.toLowerCase();
      return d === 'utf-16' ? 'utf-8' : d;
    })();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const names = columns.map((c) => decoder.decode(c.name).trim());
  const rows: Fields[] = [];
  for (let r = 0; r < records; r++) {
    let o = headerLen + r * recLen + 1; // the first byte flags deleted records
    if (o + recLen - 1 > bytes.length) break;
    const fields: Fields = [];
    columns.forEach((c, i) => {
      const value = decoder
        .decode(bytes.subarray(o, o + c.len))
        .replace(/\0/g, '')
        .trim();
      fields.push([
        names[i]!,
        c.type === 'N' || c.type === 'F' ? value.replace(/^\*+$/, '') : value,
      ]);
      o += c.len;
    });
    rows.push(fields);
  }
  return rows;
}

/** The first position of a geometry ([0, 0] when it has none). */
function firstPosition(geometry: unknown): [number, number] {
  let c = (geometry as { coordinates?: unknown } | undefined)?.coordinates;
  for (let depth = 0; depth < 4 && Array.isArray(c) && Array.isArray(c[0]); depth++) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' ? [c[0], Number(c[1])] : [0, 0];
}

/** Reads a zipped Shapefile's bytes (one or more layers). */
export function importShapefile(bytes: Uint8Array): ImportResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => /\.(shp|dbf|prj|cpg)$/i.test(f.name) && !/__macosx/i.test(f.name),
    });
  } catch (e) {
    return failed('shapefile', p('import.badZip', { detail: (e as Error).message.slice(0, 200) }));
  }
  const byName = new Map<string, Uint8Array>();
  for (const name of Object.keys(files)) byName.set(name.toLowerCase(), files[name]!);
  const layers = [...byName.keys()].filter((n) => n.endsWith('.shp')).map((n) => n.slice(0, -4));
  const c = new Collector('shapefile');
  for (const layer of layers) {
    const shown = layer.split('/').pop() ?? layer;
    const prjBytes = byName.get(`${layer}.prj`);
    const prj = prjBytes ? new TextDecoder().decode(prjBytes).trim() : null;
    if (prj) {
      try {
        proj4(prj);
      } catch {
        return failed(
          'shapefile',
          p('import.projection', { layer: shown, name: projectionName(prj) }),
        );
      }
    }
    const shp = byName.get(`${layer}.shp`)!;
    let geometries: unknown[];
    try {
      geometries = parseShp(
        new DataView(shp.buffer, shp.byteOffset, shp.byteLength),
        prj ?? undefined,
      );
    } catch (e) {
      return failed(
        'shapefile',
        p('import.badShapefile', { layer: shown, detail: (e as Error).message.slice(0, 200) }),
      );
    }
    const cpg = byName.get(`${layer}.cpg`);
    const dbf = byName.get(`${layer}.dbf`);
    const rows = dbf ? readDbf(dbf, cpg ? cpgLabel(new TextDecoder().decode(cpg)) : null) : [];
    if (!prj) {
      const [x, y] = firstPosition(geometries.find((g) => g));
      if (Math.abs(x) > 180 || Math.abs(y) > 90) {
        return failed('shapefile', p('import.noProjection', { layer: shown }));
      }
      c.result.about.push(p('import.assumedWgs84', { layer: shown }));
    }
    geometries.forEach((g, i) => {
      const where = p('import.where.record', { layer: shown, n: i + 1 });
      const geometry = g ? { ...(g as object), bbox: undefined } : null;
      if (geometry) delete (geometry as { bbox?: unknown }).bbox;
      addRecord(
        c,
        where,
        geometry
          ? { type: 'Feature', geometry, properties: null }
          : { type: 'Feature', geometry: null },
        rows[i] ?? [],
      );
    });
  }
  if (!layers.length) return failed('shapefile', p('import.noFeatures'));
  return c.finish();
}
