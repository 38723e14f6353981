import { del, get, set } from 'idb-keyval';
import type { InputProblem } from '../shared/vocabulary';
import { callWorker } from '../workers/client';
import { MAX_LAYER_NAME_CHARS, shorten } from './checks';
import type { ImportedFeature } from './model';
import type { PackedLayer } from './packed';

const KEY = 'kg-cn-atlas.imported-layer';

export interface StoredLayer {
  name: string;
  features: ImportedFeature[];
  /** What was wrong with the stored copy and left out (set when it is read back). */
  problems?: InputProblem[];
  /** Read back by the import worker: the features packed, to unpack (features is then empty). */
  packed?: PackedLayer;
  /** The layer's JSON as kept (see packed.ts): stored as it is, one value, never per feature. */
  data?: Blob;
}

/** How this version keeps the layer: its JSON text as a Blob, which IndexedDB keeps as it is. */
interface KeptLayer {
  version: 2;
  name: string;
  data: Blob;
}

const isKept = (v: unknown): v is KeptLayer =>
  typeof v === 'object' &&
  v !== null &&
  (v as { version?: unknown }).version === 2 &&
  (v as { data?: unknown }).data instanceof Blob;

/**
 * Keeps the user's layer in this browser (IndexedDB) until they remove it: as one Blob when the
 * layer has one (writing it costs the page nothing per feature), else its features.
 */
export function saveImported(layer: StoredLayer): Promise<void> {
  if (layer.data) return set(KEY, { version: 2, name: layer.name, data: layer.data });
  return set(KEY, { name: layer.name, features: layer.features });
}

export function forgetImported(): Promise<void> {
  return del(KEY);
}

/** Reads the layer kept as a Blob and checks it in the import worker (see storedCheck.ts). */
export type ReadKept = (data: Blob, name: string) => Promise<StoredLayer>;

/**
 * Resolves once the map has first drawn the atlas's own data (the `data-idle` mark), or after
 * `maxMs`: a large kept layer never delays the first view.
 */
function afterFirstDraw(maxMs = 20_000): Promise<void> {
  if (
    typeof PerformanceObserver === 'undefined' ||
    performance.getEntriesByName('data-idle').length
  ) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('data-idle').length) done();
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(done, maxMs);
  });
}

/** The import worker reads and checks the kept layer, and packs it for the page. */
const readKeptInWorker: ReadKept = async (data, name) => {
  await afterFirstDraw();
  const result = await callWorker('import', { file: data, name, options: { stored: true } });
  return {
    name: shorten(name, MAX_LAYER_NAME_CHARS),
    features: result.features,
    problems: result.about,
    ...(result.packed ? { packed: result.packed } : {}),
    data,
  };
};

/**
 * The stored layer, checked as an import is: a Blob by the import worker (`readKept`), a layer
 * kept by an older version (its features) here (storedCheck.ts, loaded only then); null when none
 * is stored. Never rejects on data.
 */
export async function loadImported(readKept?: ReadKept): Promise<StoredLayer | null> {
  const value: unknown = await get(KEY);
  if (value === undefined || value === null) return null;
  if (isKept(value)) return (readKept ?? readKeptInWorker)(value.data, value.name);
  const { checkStored } = await import('./storedCheck');
  return checkStored(value);
}
