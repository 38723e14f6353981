/**
 * What an import produces, and the one place features are made: every format hands its records
 * here with where they are in the file, and gets back a feature or a counted, stated reason.
 */
import type { Feature, Geometry } from 'geojson';
import type { InputProblem } from '../shared/vocabulary';
import { geometryProblem } from './geometryCheck';
import { MAX_IMPORT_FEATURES, MAX_NAME_CHARS, MAX_REASONS, p, shorten } from './checks';
import type { PackedLayer } from './packed';

/**
 * A file's own fields in its own order, as [name, text] pairs: a list, never an object, so a
 * column called `__proto__` or `constructor` is a field like any other.
 */
export type Fields = [string, string][];

/** Properties of an imported feature: a name, and the file's own fields as text. */
export interface ImportedProps {
  id: string;
  layer: 'imported';
  name: string;
  fields: Fields;
}
export type ImportedFeature = Feature<Geometry, ImportedProps> & { id: string };

/** Which columns hold latitude, longitude and the name (CSV and spreadsheets). */
export interface ColumnChoice {
  lat: string;
  lon: string;
  name: string | null;
}

/** What the user may choose when a file is read again. */
export interface ImportOptions {
  columns?: ColumnChoice;
  /** Spreadsheets: the sheet to read (default: the first with data). */
  sheet?: string;
  /** The file is the layer kept in this browser: checked as such (storedCheck.ts), not sniffed. */
  stored?: boolean;
  /** A BroadcastChannel's name on which the reader says how far it has got (ImportProgress). */
  progress?: string;
}

/** How far the reader has got, said on the channel named in ImportOptions.progress. */
export interface ImportProgress {
  stage: 'reading' | 'checking' | 'packing';
  /** Features or rows done so far, and in all (when known). */
  done?: number;
  total?: number;
}

export type ImportFormat = 'geojson' | 'csv' | 'xlsx' | 'kml' | 'kmz' | 'gpx' | 'shapefile';

/** A feature or row, where it is in the file, and what happened to it. */
export interface Located {
  where: InputProblem;
  problem: InputProblem;
}

export interface ImportResult {
  format: ImportFormat;
  features: ImportedFeature[];
  /** Features or rows left out, each with where and why (the first MAX_REASONS). */
  skipped: Located[];
  /** How many were left out in all (every one is counted, listed or not). */
  skippedCount: number;
  /** Features loaded with a change, e.g. a shortened name (the first MAX_REASONS). */
  changed: Located[];
  changedCount: number;
  /** What the atlas found out about the file: its encoding, what it really is, the sheet. */
  about: InputProblem[];
  /** Why nothing could be read at all. */
  fatal: InputProblem | null;
  /** Text files: the character encoding used to read it. */
  encoding?: string;
  /** Tables: the header, and the columns used (or guessed, when `needsColumns`). */
  headers?: string[];
  columns?: ColumnChoice;
  /** Tables: the latitude/longitude columns could not be told apart; ask the user. */
  needsColumns?: boolean;
  /** Spreadsheets: the sheets with data, and the one read. */
  sheets?: string[];
  sheet?: string;
  /**
   * From the worker: the features packed for the page (`features` is then empty until the page
   * unpacks them), so they cross without one object per feature.
   */
  packed?: PackedLayer;
}

/** An empty result of a format, to fill. */
export function emptyResult(format: ImportFormat): ImportResult {
  return {
    format,
    features: [],
    skipped: [],
    skippedCount: 0,
    changed: [],
    changedCount: 0,
    about: [],
    fatal: null,
  };
}

/** A result that read nothing, and why. */
export function failed(format: ImportFormat, fatal: InputProblem, about: InputProblem[] = []) {
  return { ...emptyResult(format), fatal, about };
}

/** Text of any value from a file (objects as JSON; too deep to write out: said so). */
export function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '[a value nested too deeply to show]';
  }
}

/** Field names that name a feature, in every language of the atlas (whole name, any case). */
const NAME =
  /^(name|title|label|site|place|название|наименование|имя|наим|аты|аталышы|名称|名字|地名)$/i;

/** The first non-empty field whose name says "name". */
export function nameField(fields: Fields): string | null {
  for (const [key, value] of fields) if (NAME.test(key.trim()) && value.trim()) return key;
  return null;
}

/**
 * Collects the features of one file: numbers them, checks each geometry, names each, keeps the
 * limit, and counts every record left out or changed with where it is and why.
 */
export class Collector {
  readonly result: ImportResult;
  #over: Located | null = null;
  #overCount = 0;

  constructor(format: ImportFormat) {
    this.result = emptyResult(format);
  }

  /** Leaves a record out, with where and why. */
  skip(where: InputProblem, problem: InputProblem): void {
    this.result.skippedCount++;
    if (this.result.skipped.length < MAX_REASONS) this.result.skipped.push({ where, problem });
  }

  /** Notes a change made to a loaded record. */
  change(where: InputProblem, problem: InputProblem): void {
    this.result.changedCount++;
    if (this.result.changed.length < MAX_REASONS) this.result.changed.push({ where, problem });
  }

  /** Whether the feature limit is reached (later records are only counted). */
  get full(): boolean {
    return this.result.features.length >= MAX_IMPORT_FEATURES;
  }

  /**
   * Adds a record as a feature, or leaves it out with the reason: a bad geometry, or the limit.
   * `name` is the field to name it by (default: the first field called name, title…).
   */
  add(where: InputProblem, geometry: unknown, fields: Fields, name?: string | null): boolean {
    const problem = geometryProblem(geometry);
    if (problem) return (void this.skip(where, problem), false);
    if (this.full) {
      if (!this.#over) {
        this.#over = {
          where,
          problem: p('import.tooMany', { max: MAX_IMPORT_FEATURES, count: 0 }),
        };
        this.skip(this.#over.where, this.#over.problem);
      } else this.result.skippedCount++;
      this.#overCount++;
      this.#over.problem.params.count = this.#overCount;
      return false;
    }
    const n = this.result.features.length + 1;
    const id = `import-${n}`;
    const key = name === undefined ? nameField(fields) : name;
    let label = '';
    if (key !== null) for (const [k, v] of fields) if (k === key && !label) label = v.trim();
    if (label.length > MAX_NAME_CHARS) {
      this.change(where, p('import.nameShortened', { max: MAX_NAME_CHARS }));
      label = shorten(label, MAX_NAME_CHARS);
    }
    this.result.features.push({
      type: 'Feature',
      id,
      geometry: geometry as Geometry,
      properties: { id, layer: 'imported', name: label || `#${n}`, fields },
    });
    return true;
  }

  /** The result; `noFeatures` when the file held nothing at all. */
  finish(): ImportResult {
    const r = this.result;
    if (!r.features.length && !r.skippedCount && !r.fatal) r.fatal = p('import.noFeatures');
    return r;
  }
}

/**
 * A GeometryCollection as geometries the atlas measures: its points as one MultiPoint, its lines
 * as one MultiLineString, its polygons as one MultiPolygon (nested collections flattened; at most
 * `maxDepth` levels, so no nesting overflows the stack). Members of other types are returned as
 * unsupported.
 */
export function splitCollection(
  collection: { geometries?: unknown },
  maxDepth = 16,
): { parts: Geometry[]; bad: unknown[] } {
  const points: Geometry[] = [];
  const lines: Geometry[] = [];
  const polygons: Geometry[] = [];
  const bad: unknown[] = [];
  const stack: [unknown, number][] = [[collection, 0]];
  while (stack.length) {
    const [g, depth] = stack.pop()!;
    const members = (g as { geometries?: unknown }).geometries;
    if (!Array.isArray(members) || depth >= maxDepth) {
      bad.push(g);
      continue;
    }
    for (let i = members.length - 1; i >= 0; i--) {
      const m = members[i] as { type?: unknown } | null;
      if (m && typeof m === 'object' && m.type === 'GeometryCollection') {
        stack.push([m, depth + 1]);
      } else if (geometryProblem(m)) bad.push(m);
      else if (m!.type === 'Point' || m!.type === 'MultiPoint') points.push(m as Geometry);
      else if (m!.type === 'LineString' || m!.type === 'MultiLineString') lines.push(m as Geometry);
      else polygons.push(m as Geometry);
    }
  }
  const parts: Geometry[] = [];
  /** The coordinates of each member as parts of its multi-type. */
  const coords = (list: Geometry[], single: string): unknown[] =>
    list.flatMap((g) => {
      const c = (g as { coordinates: unknown[] }).coordinates;
      return g.type === single ? [c] : c;
    });
  const join = (list: Geometry[], single: string, multi: string) =>
    (list.length === 1 ? list[0] : { type: multi, coordinates: coords(list, single) }) as Geometry;
  if (points.length) parts.push(join(points, 'Point', 'MultiPoint'));
  if (lines.length) parts.push(join(lines, 'LineString', 'MultiLineString'));
  if (polygons.length) parts.push(join(polygons, 'Polygon', 'MultiPolygon'));
  return { parts, bad };
}
