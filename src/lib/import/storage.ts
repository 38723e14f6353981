import { del, get, set } from 'idb-keyval';
import type { ImportedFeature } from './importFile';
import { geometryProblem } from './checks';

const KEY = 'kg-cn-atlas.imported-layer';

export interface StoredLayer {
  name: string;
  features: ImportedFeature[];
}

/** Keeps the user's layer in this browser (IndexedDB) until they remove it. */
export function saveImported(layer: StoredLayer): Promise<void> {
  return set(KEY, layer);
}

export function forgetImported(): Promise<void> {
  return del(KEY);
}

/** The stored layer, re-checked (storage can be edited), or null. */
export async function loadImported(): Promise<StoredLayer | null> {
  const value = (await get(KEY)) as Partial<StoredLayer> | undefined;
  if (!value || typeof value.name !== 'string' || !Array.isArray(value.features)) return null;
  const features = value.features.filter(
    (f): f is ImportedFeature =>
      !!f &&
      typeof f.id === 'string' &&
      /^import-\d+$/.test(f.id) &&
      typeof f.properties?.name === 'string' &&
      typeof f.properties.fields === 'object' &&
      f.properties.id === f.id &&
      f.properties.layer === 'imported' &&
      geometryProblem(f.geometry) === null,
  );
  return features.length ? { name: value.name.slice(0, 200), features } : null;
}
