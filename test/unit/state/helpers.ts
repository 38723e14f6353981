/** A real AppState on the shipped data, with fake services that record what they were asked. */
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { AppState, type AppServices } from '../../../src/lib/state/app.svelte';
import {
  loadDataset,
  AREAS_FILE,
  LAYER_FILES,
  SOURCES_FILE,
  type Dataset,
  type RawDataset,
} from '../../../src/lib/data/load';
import type { SiteRegions } from '../../../src/lib/geo/regions';

let cached: Dataset | null = null;
/** The shipped dataset, validated by the app's own loader (read once per test file). */
export function shippedDataset(): Dataset {
  if (cached) return cached;
  const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as unknown;
  const raw = Object.fromEntries(
    Object.entries(LAYER_FILES).map(([layer, file]) => [layer, read(file)]),
  ) as unknown as RawDataset;
  (raw as unknown as Record<string, unknown>).sources = read(SOURCES_FILE);
  (raw as unknown as Record<string, unknown>).areas = read(AREAS_FILE);
  cached = loadDataset(raw);
  return cached;
}

/** Fake services: each records its calls; behaviour can be replaced per test. */
export function fakeServices(overrides: Partial<AppServices> = {}) {
  const calls = { read: 0, save: 0, forget: 0, locate: 0 };
  const services: AppServices = {
    locateRegions: async () => {
      calls.locate++;
      return { bySite: {}, names: {} } as SiteRegions;
    },
    read: async () => {
      calls.read++;
      throw new Error('no reader in this test');
    },
    save: async () => void calls.save++,
    forget: async () => void calls.forget++,
    ...overrides,
  };
  return { services, calls };
}

/** A fresh app state with the shipped data loaded. */
export function loadedApp(overrides: Partial<AppServices> = {}) {
  const { services, calls } = fakeServices(overrides);
  const app = new AppState(services);
  app.setData(shippedDataset());
  flushSync();
  return { app, calls };
}
