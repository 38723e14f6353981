import { del, get, set } from 'idb-keyval';
import type { InputProblem } from '../shared/vocabulary';
import type { ImportedFeature } from './model';

const KEY = 'kg-cn-atlas.imported-layer';

export interface StoredLayer {
  name: string;
  features: ImportedFeature[];
  /** What was wrong with the stored copy and left out (set when it is read back). */
  problems?: InputProblem[];
}

/** Keeps the user's layer in this browser (IndexedDB) until they remove it. */
export function saveImported(layer: StoredLayer): Promise<void> {
  return set(KEY, { name: layer.name, features: layer.features });
}

export function forgetImported(): Promise<void> {
  return del(KEY);
}

/**
 * The stored layer, checked as an import is (storedCheck.ts, loaded only when a layer is stored);
 * null when none is stored. Never rejects on data.
 */
export async function loadImported(): Promise<StoredLayer | null> {
  const value: unknown = await get(KEY);
  if (value === undefined || value === null) return null;
  const { checkStored } = await import('./storedCheck');
  return checkStored(value);
}
