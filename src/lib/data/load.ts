/**
 * Pure validation of the atlas data files. No fetch, no fs: pass parsed JSON in, get typed
 * collections out, or issues that name the file, the feature id and the field.
 */
import * as v from 'valibot';
import {
  AreaFeatureSchema,
  FEATURE_SCHEMAS,
  LAYERS,
  REGION_BBOX,
  SITE_LAYERS,
  SourceSchema,
  ID_PATTERN,
  type LayerCollection,
  type LayerFeature,
  type LayerName,
  type SiteFeature,
  type Sources,
  type Citation,
  type AreaCollection,
} from './schema.ts';

/** File name of each layer in `geodata/`. */
export const LAYER_FILES: Record<LayerName, string> = {
  projects: 'projects.geojson',
  crossings: 'crossings.geojson',
  protests: 'protests.geojson',
  mines: 'mines.geojson',
  communities: 'communities.geojson',
};
/** File name of the bibliography. */
export const SOURCES_FILE = 'sources.json';
/** File name of the polygons uncertain sites may be in (districts, regions, city outlines). */
export const AREAS_FILE = 'areas.geojson';

/** One problem found in the data. `id` is the feature id or source key (null: whole file). */
export interface DataIssue {
  file: string;
  id: string | null;
  field: string;
  message: string;
}

/** Result of a validation: the typed value, or the list of issues. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** All validated files together. */
export interface Dataset {
  sources: Sources;
  projects: LayerCollection<'projects'>;
  crossings: LayerCollection<'crossings'>;
  protests: LayerCollection<'protests'>;
  mines: LayerCollection<'mines'>;
  communities: LayerCollection<'communities'>;
  /** Polygons uncertain sites may be in, by id (see `area` on a site). */
  areas: AreaCollection;
}

/** Parsed (but unvalidated) JSON of every file, keyed like {@link Dataset}. */
export type RawDataset = Record<keyof Dataset, unknown>;

/** Thrown by {@link loadDataset}; `issues` holds every problem, `message` lists them. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? [`…and ${issues.length - 20} more`] : [];
    super([`${issues.length} data issue(s):`, ...shown, ...more].join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}

/** One line: `protests.geojson: feature "x": citations[0].source "foo" is not in sources.json`. */
export function formatIssue(issue: DataIssue): string {
  const where =
    issue.id === null
      ? ''
      : ` ${issue.file === SOURCES_FILE ? 'source' : 'feature'} "${issue.id}":`;
  const field = issue.field ? ` ${issue.field}` : '';
  return `${issue.file}:${where}${field} ${issue.message}`;
}

/** Turns a valibot issue path into `citations[0].source` (the `properties.` prefix is dropped). */
export function pathToField(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = String(item.key);
    if (item.type === 'array' || /^\d+$/.test(key)) out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out.replace(/^properties\./, '');
}

function issuesFrom(file: string, id: string | null, issues: v.BaseIssue<unknown>[]): DataIssue[] {
  return issues.map((i) => ({ file, id, field: pathToField(i.path), message: i.message }));
}

function rawId(feature: unknown, index: number): string {
  if (feature && typeof feature === 'object') {
    const f = feature as { id?: unknown; properties?: { id?: unknown } };
    if (typeof f.properties?.id === 'string') return f.properties.id;
    if (typeof f.id === 'string') return f.id;
  }
  return `#${index}`;
}

/** Validates sources.json: every entry's fields, an https:/http: URL, a kebab-case key. */
export function parseSources(json: unknown): Result<Sources> {
  const file = SOURCES_FILE;
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [{ file, id: null, field: '', message: 'must be a JSON object' }] };
  }
  const issues: DataIssue[] = [];
  const value: Sources = {};
  for (const [key, entry] of Object.entries(json)) {
    if (!ID_PATTERN.test(key)) {
      issues.push({ file, id: key, field: 'key', message: 'must be a kebab-case key' });
    }
    const r = v.safeParse(SourceSchema, entry);
    if (r.success) value[key] = r.output;
    else issues.push(...issuesFrom(file, key, r.issues));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/** The raw features of a GeoJSON FeatureCollection, or null when `json` is not one. */
function featureCollection(json: unknown): { features: unknown[] } | null {
  const fc = json as { type?: unknown; features?: unknown } | null;
  return fc &&
    typeof fc === 'object' &&
    fc.type === 'FeatureCollection' &&
    Array.isArray(fc.features)
    ? { features: fc.features }
    : null;
}

/** The one problem of a file that is not a FeatureCollection. */
function notACollection(file: string): DataIssue {
  return {
    file,
    id: null,
    field: '',
    message: 'must be a GeoJSON FeatureCollection with a features array',
  };
}

/** Validates one layer file: a FeatureCollection whose features match the layer's schema. */
export function parseLayer<L extends LayerName>(
  layer: L,
  json: unknown,
): Result<LayerCollection<L>> {
  const file = LAYER_FILES[layer];
  const fc = featureCollection(json);
  if (!fc) return { ok: false, issues: [notACollection(file)] };
  const issues: DataIssue[] = [];
  const features: unknown[] = [];
  fc.features.forEach((raw, index) => {
    const id = rawId(raw, index);
    const r = v.safeParse(FEATURE_SCHEMAS[layer], raw);
    if (!r.success) return issues.push(...issuesFrom(file, id, r.issues));
    if (r.output.id !== r.output.properties.id) {
      issues.push({ file, id, field: 'id', message: `"${r.output.id}" must equal properties.id` });
    }
    features.push(r.output);
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { type: 'FeatureCollection', features } as LayerCollection<L> };
}

/** Validates areas.geojson: polygons with an id, a kind and names. */
export function parseAreas(json: unknown): Result<AreaCollection> {
  const file = AREAS_FILE;
  const fc = featureCollection(json);
  if (!fc) return { ok: false, issues: [notACollection(file)] };
  const issues: DataIssue[] = [];
  const features: unknown[] = [];
  const seen = new Set<string>();
  fc.features.forEach((raw, index) => {
    const id = rawId(raw, index);
    const r = v.safeParse(AreaFeatureSchema, raw);
    if (!r.success) return issues.push(...issuesFrom(file, id, r.issues));
    if (r.output.id !== r.output.properties.id) {
      issues.push({ file, id, field: 'id', message: `"${r.output.id}" must equal properties.id` });
    }
    if (seen.has(r.output.id)) issues.push({ file, id, field: 'id', message: 'duplicate id' });
    seen.add(r.output.id);
    issues.push(...checkRegion(file, id, 'geometry.coordinates', coordinatesOf(r.output.geometry)));
    features.push(r.output);
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { type: 'FeatureCollection', features } as AreaCollection };
}

/** Every feature of every layer (sites and communities), in LAYERS order. */
export function allFeatures(data: Dataset): LayerFeature<LayerName>[] {
  return LAYERS.flatMap((layer) => data[layer].features as LayerFeature<LayerName>[]);
}

/** Every feature of the four site layers. */
export function siteFeatures(data: Dataset): SiteFeature[] {
  return SITE_LAYERS.flatMap((layer) => data[layer].features as SiteFeature[]);
}

/** Calls `visit` with every [lon, lat] position of a GeoJSON coordinates array. */
export function eachPosition(coords: unknown, visit: (p: number[]) => void): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') visit(coords as number[]);
  else for (const c of coords) eachPosition(c, visit);
}

function coordinatesOf(g: unknown): unknown {
  return g && typeof g === 'object' && 'coordinates' in g ? g.coordinates : undefined;
}

/** True when [lon, lat] lies in {@link REGION_BBOX}. */
export function inRegion(p: readonly number[]): boolean {
  const [w, s, e, n] = REGION_BBOX;
  const [lon = NaN, lat = NaN] = p;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function checkRegion(file: string, id: string, field: string, coords: unknown): DataIssue[] {
  let bad: number[] | null = null;
  eachPosition(coords, (p) => {
    if (!bad && !inRegion(p)) bad = p;
  });
  if (!bad) return [];
  const message = `[${(bad as number[]).join(', ')}] is outside the region (lon ${REGION_BBOX[0]}–${REGION_BBOX[2]}, lat ${REGION_BBOX[1]}–${REGION_BBOX[3]})`;
  return [{ file, id, field, message }];
}

function citationIssues(
  file: string,
  id: string,
  field: string,
  citations: readonly Citation[],
  sources: Sources,
): DataIssue[] {
  const issues: DataIssue[] = [];
  citations.forEach((c, i) => {
    if (!sources[c.source]) {
      const message = `"${c.source}" is not in sources.json`;
      issues.push({ file, id, field: `${field}[${i}].source`, message });
    }
  });
  return issues;
}

/** Where an uncertain site's area and its place point to must exist and fit. */
function areaAndPlaceIssues(
  file: string,
  f: SiteFeature,
  areaIds: ReadonlySet<string>,
  sites: ReadonlyMap<string, SiteFeature>,
): DataIssue[] {
  const p = f.properties;
  const issues: DataIssue[] = [];
  const at = (field: string, message: string) => issues.push({ file, id: f.id, field, message });
  if (p.area?.kind === 'shape' && !areaIds.has(p.area.id))
    at('area.id', `"${p.area.id}" is not an area of ${AREAS_FILE}`);
  if (
    p.area?.kind === 'geometry' &&
    f.geometry.type !== 'Polygon' &&
    f.geometry.type !== 'MultiPolygon'
  )
    at('area', `"geometry" needs a Polygon or MultiPolygon, not a ${f.geometry.type}`);
  if (p.marker) issues.push(...checkRegion(file, f.id, 'marker', p.marker));
  if (p.place !== undefined) {
    const lead = sites.get(p.place);
    if (!lead) at('place', `"${p.place}" is not a site id`);
    else if (lead.properties.place !== p.place)
      at('place', `"${p.place}" must be the place of its own record too`);
  }
  return issues;
}

function siteIssues(file: string, f: SiteFeature, sources: Sources, ids: Set<string>): DataIssue[] {
  const p = f.properties;
  const issues = citationIssues(file, f.id, 'citations', p.citations, sources);
  p.disputes?.forEach((d, i) => {
    issues.push(...citationIssues(file, f.id, `disputes[${i}].citations`, d.citations, sources));
  });
  const refs: [string, readonly string[]][] = [['related', p.related]];
  if (p.layer === 'protests') refs.push(['targets', p.targets]);
  for (const [field, list] of refs) {
    list.forEach((ref, i) => {
      if (ref === f.id)
        issues.push({ file, id: f.id, field: `${field}[${i}]`, message: 'refers to itself' });
      else if (!ids.has(ref)) {
        issues.push({
          file,
          id: f.id,
          field: `${field}[${i}]`,
          message: `"${ref}" is not a feature id in any layer`,
        });
      }
    });
  }
  if (p.date_start && p.date_end && p.date_end < p.date_start.slice(0, p.date_end.length)) {
    issues.push({
      file,
      id: f.id,
      field: 'date_end',
      message: `${p.date_end} is before date_start ${p.date_start}`,
    });
  }
  issues.push(...checkRegion(file, f.id, 'point', p.point));
  return issues;
}

/**
 * Cross-file checks on validated data: duplicate ids across all layers, dangling source keys,
 * dangling `related`/`targets`, layer property vs file, coordinates outside {@link REGION_BBOX},
 * areas that are not in areas.geojson (or a `geometry` area that is no polygon), and places whose
 * id is not a record of that place. (Quotes may be on any source; whether each is verbatim is checked by the
 * data build and the tests, which have the texts or their checksums.)
 */
export function checkDataset(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, string>();
  for (const layer of LAYERS) {
    const file = LAYER_FILES[layer];
    for (const f of data[layer].features) {
      const first = seen.get(f.id);
      if (first)
        issues.push({ file, id: f.id, field: 'id', message: `duplicate id (also in ${first})` });
      else seen.set(f.id, file);
      if (f.properties.layer !== layer) {
        issues.push({
          file,
          id: f.id,
          field: 'layer',
          message: `"${f.properties.layer}" must be "${layer}"`,
        });
      }
      issues.push(...checkRegion(file, f.id, 'geometry.coordinates', coordinatesOf(f.geometry)));
    }
  }
  const ids = new Set(seen.keys());
  const areaIds = new Set(data.areas.features.map((a) => a.properties.id));
  const sites = new Map(siteFeatures(data).map((f) => [f.id, f]));
  for (const layer of SITE_LAYERS) {
    const file = LAYER_FILES[layer];
    for (const f of data[layer].features) {
      issues.push(...siteIssues(file, f, data.sources, ids));
      issues.push(...areaAndPlaceIssues(file, f, areaIds, sites));
    }
  }
  return issues;
}

/** Validates every file and the cross-file rules; returns the typed dataset or all issues. */
export function validateDataset(raw: RawDataset): Result<Dataset> {
  const issues: DataIssue[] = [];
  const sources = parseSources(raw.sources);
  if (!sources.ok) issues.push(...sources.issues);
  const areas = parseAreas(raw.areas);
  if (!areas.ok) issues.push(...areas.issues);
  const layers: Partial<Omit<Dataset, 'sources'>> = {};
  for (const layer of LAYERS) {
    const r = parseLayer(layer, raw[layer]);
    if (r.ok) (layers as Record<LayerName, unknown>)[layer] = r.value;
    else issues.push(...r.issues);
  }
  if (issues.length || !sources.ok || !areas.ok) return { ok: false, issues };
  const data = { sources: sources.value, areas: areas.value, ...layers } as Dataset;
  const cross = checkDataset(data);
  return cross.length ? { ok: false, issues: cross } : { ok: true, value: data };
}

/** Like {@link validateDataset} but throws a {@link DataError} listing every issue. */
export function loadDataset(raw: RawDataset): Dataset {
  const r = validateDataset(raw);
  if (!r.ok) throw new DataError(r.issues);
  return r.value;
}
