/** The layer kept in this browser, checked as an import is (loaded only when one is stored). */
import type { InputProblem } from '../shared/vocabulary';
import type { Fields, ImportedFeature } from './model';
import { MAX_IMPORT_FEATURES, MAX_LAYER_NAME_CHARS, MAX_NAME_CHARS, p, shorten } from './checks';
import { geometryProblem } from './geometryCheck';
import { emptyResult, text, type ImportResult } from './model';
import type { StoredLayer } from './storage';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields as stored: pairs of text (this version), or an object of an older version. */
function storedFields(value: unknown): Fields {
  if (Array.isArray(value)) {
    return value
      .filter((f): f is [unknown, unknown] => Array.isArray(f) && f.length === 2)
      .map(([k, v]) => [text(k), text(v)]);
  }
  if (isObject(value)) return Object.keys(value).map((k) => [k, text(value[k])]);
  return [];
}

/**
 * A stored layer checked as an import is (storage can be edited, or written by an older version):
 * every feature's geometry by the importer's own checks, its name shortened as on import, its
 * fields made text, at most MAX_IMPORT_FEATURES kept. What cannot be used is dropped and said in
 * `problems`. Null when nothing is stored or nothing can be used and there is nothing to say.
 */
export function checkStored(value: unknown, max = MAX_IMPORT_FEATURES): StoredLayer | null {
  if (value === undefined || value === null) return null;
  const problems: InputProblem[] = [];
  if (!isObject(value) || !Array.isArray(value.features)) {
    return { name: '', features: [], problems: [p('import.storedUnreadable')] };
  }
  const name = shorten(typeof value.name === 'string' ? value.name : '', MAX_LAYER_NAME_CHARS);
  const features: ImportedFeature[] = [];
  let dropped = 0;
  let over = 0;
  const list = value.features as unknown[];
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (features.length >= max) {
      over = list.length - i;
      break;
    }
    if (!isObject(f) || geometryProblem(f.geometry) !== null) {
      dropped++;
      continue;
    }
    const props = isObject(f.properties) ? f.properties : {};
    const n = features.length + 1;
    const id = `import-${n}`;
    const label = typeof props.name === 'string' ? props.name : '';
    features.push({
      type: 'Feature',
      id,
      geometry: f.geometry as ImportedFeature['geometry'],
      properties: {
        id,
        layer: 'imported',
        name: shorten(label, MAX_NAME_CHARS) || `#${n}`,
        fields: storedFields(props.fields),
      },
    });
  }
  if (dropped) problems.push(p('import.storedDropped', { count: dropped }));
  if (over) problems.push(p('import.storedTooMany', { count: over, max }));
  return { name, features, problems };
}

/**
 * The layer kept in this browser as this version keeps it (the JSON text of its features, see
 * packed.ts), checked by `checkStored` in the import worker; what was left out is in `about`.
 */
export async function readStored(file: Blob): Promise<{ name: string; result: ImportResult }> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    value = 'unreadable';
  }
  const stored = checkStored(value);
  const result = emptyResult('geojson');
  result.features = stored?.features ?? [];
  result.about = stored?.problems ?? [];
  return { name: stored?.name ?? '', result };
}
