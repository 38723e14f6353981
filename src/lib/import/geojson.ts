/**
 * GeoJSON → features: each feature checked on its own (RFC 7946 structure and our coordinate
 * checks) and reported by its position in the file; a GeometryCollection is split into points,
 * lines and areas; every property, whatever its name, is kept as a field.
 */
import type { InputProblem } from '../shared/vocabulary';
import { p } from './checks';
import { IMPORT_GEOMETRY_TYPES } from './geometryCheck';
import { report } from './progress';
import {
  Collector,
  failed,
  splitCollection,
  text,
  type Fields,
  type ImportFormat,
  type ImportResult,
} from './model';

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const GEOMETRY = new Set<string>([...IMPORT_GEOMETRY_TYPES, 'GeometryCollection']);

/** A feature's properties as fields, in their order, whatever the names (no lookups by name). */
export function fieldsOf(properties: unknown): Fields {
  if (properties === null || properties === undefined) return [];
  if (!isObject(properties)) return [['properties', text(properties)]];
  return Object.keys(properties).map((k) => [k, text((properties as Record<string, unknown>)[k])]);
}

/**
 * Adds one feature-like record (a Feature, or a bare geometry) at `where`: a GeometryCollection
 * becomes one feature per kind of geometry in it (points, lines, areas), the change said.
 */
export function addRecord(
  c: Collector,
  where: InputProblem,
  record: unknown,
  fields?: Fields,
): void {
  if (!isObject(record) || Array.isArray(record)) return c.skip(where, p('import.notAFeature'));
  const type = (record as { type?: unknown }).type;
  let geometry: unknown;
  if (type === 'Feature') {
    geometry = (record as { geometry?: unknown }).geometry;
    fields ??= fieldsOf((record as { properties?: unknown }).properties);
  } else if (typeof type === 'string' && GEOMETRY.has(type)) {
    geometry = record;
    fields ??= [];
  } else {
    return c.skip(where, p('import.notAFeature', { type: text(type).slice(0, 40) }));
  }
  if (isObject(geometry) && (geometry as { type?: unknown }).type === 'GeometryCollection') {
    const { parts, bad } = splitCollection(geometry as { geometries?: unknown });
    if (!parts.length) return c.skip(where, p('import.emptyCollection'));
    if (bad.length) c.change(where, p('import.collectionPartsLeft', { count: bad.length }));
    if (parts.length > 1) c.change(where, p('import.collectionSplit', { count: parts.length }));
    for (const part of parts) c.add(where, part, fields);
    return;
  }
  c.add(where, geometry, fields);
}

/** Adds a parsed GeoJSON document's features; a fatal problem when it is not GeoJSON. */
export function addDocument(c: Collector, doc: unknown): InputProblem | null {
  if (Array.isArray(doc)) {
    doc.forEach((f, i) => addRecord(c, p('import.where.feature', { n: i + 1 }), f));
    return null;
  }
  if (!isObject(doc)) return p('import.notGeoJson', { detail: text(doc).slice(0, 40) });
  const type = (doc as { type?: unknown }).type;
  if (type === 'FeatureCollection') {
    const features = (doc as { features?: unknown }).features;
    if (!Array.isArray(features)) return p('import.notGeoJson', { detail: 'features' });
    const total = features.length;
    for (let i = 0; i < total; i++) {
      addRecord(c, p('import.where.feature', { n: i + 1 }), features[i]);
      if ((i & 4095) === 4095) report({ stage: 'checking', done: i + 1, total });
    }
    return null;
  }
  if (type === 'GeometryCollection') {
    const members = (doc as { geometries?: unknown }).geometries;
    if (!Array.isArray(members)) return p('import.notGeoJson', { detail: 'geometries' });
    members.forEach((g, i) => addRecord(c, p('import.where.geometry', { n: i + 1 }), g));
    return null;
  }
  if (type === 'Feature' || (typeof type === 'string' && GEOMETRY.has(type))) {
    addRecord(c, p('import.where.feature', { n: 1 }), doc);
    return null;
  }
  return p('import.notGeoJson', { detail: `type: ${text(type).slice(0, 40)}` });
}

/** Reads GeoJSON text. */
export function importGeoJson(textContent: string, format: ImportFormat = 'geojson'): ImportResult {
  if (!textContent.trim()) return failed(format, p('import.empty'));
  let doc: unknown;
  report({ stage: 'checking' }, true);
  try {
    doc = JSON.parse(textContent.charCodeAt(0) === 0xfeff ? textContent.slice(1) : textContent);
  } catch (e) {
    return failed(format, p('import.notJson', { detail: (e as Error).message.slice(0, 200) }));
  }
  const c = new Collector(format);
  const fatal = addDocument(c, doc);
  if (fatal) return failed(format, fatal);
  return c.finish();
}
