// @vitest-environment happy-dom
// (a DOM-like environment, so Svelte runs its client build: effects run, derived values are cached)
/** The root state, the user layer, search and the link, on the shipped data with fake services. */
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../../../src/lib/state/app.svelte';
import { applyUrlState, currentSearch, toUrlState } from '../../../src/lib/state/urlSync.svelte';
import { parseUrl } from '../../../src/lib/state/url';
import { MAX_IMPORT_BYTES } from '../../../src/lib/import/checks';
import type { ImportedFeature, ImportResult } from '../../../src/lib/import/importFile';
import { fakeServices, loadedApp, shippedDataset } from './helpers';
import { connect } from './connect.svelte';
import { watchRingShapes, type MeasureShape } from '../../../src/lib/state/proximity.svelte';
import { nearestPoints, ringMembers } from '../../../src/lib/geo/proximity';
import { buildPointIndex } from '../../../src/lib/geo/pointIndex';

const feature: ImportedFeature = {
  type: 'Feature',
  id: 'import-1',
  geometry: { type: 'Point', coordinates: [74.6, 42.87] },
  properties: { id: 'import-1', layer: 'imported', name: 'My well', fields: [] },
};
const result: ImportResult = {
  format: 'geojson',
  features: [feature],
  skipped: [],
  skippedCount: 0,
  changed: [],
  changedCount: 0,
  about: [],
  fatal: null,
};

describe('AppState', () => {
  it('finds shipped features and the user layer by id, before and after the data loads', () => {
    const { services } = fakeServices();
    const app = new AppState(services);
    expect(app.byId.size).toBe(0);
    app.userLayer.restore({ name: 'mine', features: [feature] });
    expect(app.byId.get('import-1')).toBe(feature);
    app.setData(shippedDataset());
    expect(app.byId.get('torugart-pass')?.properties.layer).toBe('crossings');
    expect(app.byId.get('import-1')).toBe(feature);
  });

  it('works out regions once, and a failure is a notice, not a rejection', async () => {
    const { app, calls } = loadedApp({
      locateRegions: () => Promise.reject(new Error('boundaries missing')),
    });
    await expect(app.ensureRegions()).resolves.toBeUndefined();
    await app.ensureRegions();
    expect(app.notices.list).toEqual([
      { key: 'filters.regionsFailed', params: { message: 'boundaries missing' } },
    ]);
    expect(calls.locate).toBe(0); // the override replaced the counting fake
  });

  it('a region filter from a link is checked once the regions are known', async () => {
    const { app, calls } = loadedApp();
    app.narrowing.setFilters({ ...app.narrowing.filters, region: ['atlantis'] });
    await app.ensureRegions();
    expect(calls.locate).toBe(1);
    expect(app.narrowing.filters.region).toEqual([]);
    expect(app.notices.list.map((n) => n.params.value)).toEqual(['region:atlantis']);
  });

  it('removing the user layer clears a selection of one of its features', () => {
    const { app, calls } = loadedApp();
    app.userLayer.restore({ name: 'mine', features: [feature] });
    app.selection.select('import-1');
    expect(app.selection.feature).toBe(feature);
    app.removeUserLayer();
    expect(app.selection.id).toBeNull();
    expect(app.userLayer.layer).toBeNull();
    expect(calls.forget).toBe(1);
  });
});

describe('UserLayerState', () => {
  it('refuses too large a file before reading it', async () => {
    const { app, calls } = loadedApp();
    const file = { size: MAX_IMPORT_BYTES + 1 } as Blob;
    await app.userLayer.importFile(file, 'big.geojson');
    expect(calls.read).toBe(0);
    expect(app.userLayer.status?.problem).toEqual({
      key: 'import.tooLarge',
      params: { size: 50.000001, max: 50 }, // one byte over is said to be over
    });
  });

  it('shows and keeps what was read; a storage failure is a notice', async () => {
    const { app } = loadedApp({
      read: async () => result,
      save: () => Promise.reject(new Error('quota')),
    });
    app.userLayer.setVisible(false);
    await app.userLayer.importFile(new Blob(['{}']), 'wells.geojson');
    expect(app.userLayer.layer).toEqual({ name: 'wells.geojson', features: [feature] });
    expect(app.userLayer.visible).toBe(true);
    expect(app.userLayer.status?.result).toBe(result);
    expect(app.notices.list).toEqual([
      { key: 'import.storageFailed', params: { message: 'quota' } },
    ]);
  });

  it('a reader that fails leaves the layer as it was, with the reason', async () => {
    const { app } = loadedApp();
    await app.userLayer.importFile(new Blob(['x']), 'x.csv');
    expect(app.userLayer.layer).toBeNull();
    expect(app.userLayer.status?.problem).toEqual({
      key: 'import.readerFailed',
      params: { detail: 'no reader in this test' },
    });
  });

  it('a full disk says so, and an error without a message is never an empty reason', async () => {
    const quota = new Error('');
    quota.name = 'QuotaExceededError';
    const { app } = loadedApp({ read: async () => result, save: () => Promise.reject(quota) });
    await app.userLayer.importFile(new Blob(['{}']), 'wells.geojson');
    expect(app.notices.list[0]!.key).toBe('import.storageQuota');
    const { app: other } = loadedApp({
      read: async () => result,
      save: () => Promise.reject(new Error('')),
    });
    await other.userLayer.importFile(new Blob(['{}']), 'wells.geojson');
    expect(other.notices.list[0]).toEqual({
      key: 'import.storageFailed',
      params: { message: 'Error' },
    });
  });

  it('restores a stored layer and says what was left out of it', () => {
    const { app } = loadedApp();
    app.userLayer.restore({
      name: 'old',
      features: [feature],
      problems: [{ key: 'import.storedDropped', params: { count: 2 } }],
    });
    expect(app.userLayer.layer).toEqual({ name: 'old', features: [feature] });
    expect(app.notices.list).toEqual([{ key: 'import.storedDropped', params: { count: 2 } }]);
    const { app: empty } = loadedApp();
    empty.userLayer.restore({ name: 'x', features: [], problems: [] });
    expect(empty.userLayer.layer).toBeNull();
  });
});

describe('a large shape of the user layer (2,000 wells)', () => {
  const wells: ImportedFeature = {
    type: 'Feature',
    id: 'import-1',
    geometry: {
      type: 'MultiPoint',
      coordinates: Array.from({ length: 2000 }, (_, i) => [
        71 + ((i * 7919) % 8000) / 1000,
        40 + ((i * 104729) % 2800) / 1000,
      ]),
    },
    properties: { id: 'import-1', layer: 'imported', name: 'Wells', fields: [] },
  };

  it('is measured by the worker: the page answers at once with "computing", then fills in', async () => {
    const { app } = loadedApp();
    app.userLayer.restore({ name: 'wells', features: [wells] });
    const asked: Parameters<MeasureShape>[0][] = [];
    let answer: (() => void) | null = null;
    const measure: MeasureShape = (request) => {
      asked.push(request);
      const flat = request.points;
      const index = buildPointIndex(
        Array.from({ length: flat.length / 2 }, (_, i): [number, number] => [
          flat[2 * i]!,
          flat[2 * i + 1]!,
        ]),
      );
      const result = {
        nearest: nearestPoints(request.site, index, { limit: request.limit }),
        rings: ringMembers(request.site, index, request.radiiKm),
      };
      return new Promise((resolve) => (answer = () => resolve(result)));
    };
    const buffered: string[] = [];
    const stop = watchRingShapes(
      app.proximity,
      async (g) => (buffered.push(g.type), []),
      (m) => {
        throw new Error(m);
      },
      measure,
    );
    app.selection.select('import-1');
    flushSync();
    expect(app.proximity.computing).toBe(true);
    expect(app.proximity.site).toBeNull(); // the panel waits instead of saying "none"
    expect(app.proximity.nearest).toEqual([]);
    // (How fast the page answers is measured in the browser: test/e2e/importRows.e2e.ts.)
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.limit).toBe(10);
    expect(asked[0]!.radiiKm).toEqual([5, 10, 25]);
    expect(buffered).toEqual([]); // rings are buffered once the site is shown
    answer!();
    await vi.waitFor(() => expect(app.proximity.computing).toBe(false));
    flushSync();
    expect(app.proximity.site?.id).toBe('import-1');
    expect(app.proximity.nearest).toHaveLength(10);
    expect(app.proximity.nearest[0]!.community.properties.layer).toBe('communities');
    expect(app.proximity.ringResults.map((r) => r.radiusKm)).toEqual([5, 10, 25]);
    await vi.waitFor(() => expect(buffered).toEqual(['MultiPoint']));
    // More rows: asked again, the list shown meanwhile stays.
    app.proximity.setNearestLimit(20);
    flushSync();
    expect(app.proximity.computing).toBe(true);
    expect(app.proximity.nearest).toHaveLength(10);
    await vi.waitFor(() => expect(asked.at(-1)!.limit).toBe(20));
    answer!();
    await vi.waitFor(() => expect(app.proximity.nearest).toHaveLength(20));
    // A small feature is measured on the page as before.
    app.selection.select('torugart-pass');
    flushSync();
    expect(app.proximity.computing).toBe(false);
    expect(app.proximity.nearest).toHaveLength(20);
    stop();
  });
});

describe('SearchState', () => {
  it('indexes every feature by all its names on first use', async () => {
    const { app } = loadedApp();
    const stop = connect(() => app.search.entries);
    expect(app.search.ready).toBe(false);
    expect(app.search.find('Torugart', 5)).toEqual([]);
    const torugart = app.search.entries.find((e) => e.id === 'torugart-pass');
    expect(torugart?.otherNames.length).toBeGreaterThan(0);
    app.search.prepare();
    await vi.waitFor(() => expect(app.search.ready).toBe(true), { timeout: 5000 });
    expect(app.search.find('Torugart', 20).map((h) => h.id)).toContain('torugart-pass');
    stop();
  });
});

describe('the link', () => {
  it('state → link → state reproduces the view', () => {
    const { app } = loadedApp();
    const link =
      '?site=torugart-pass&map=9.00/40.59/75.43&layers=projects,crossings&rings=5,10&unit=mi&years=2018-2021&precision=approximate,exact';
    applyUrlState(app, parseUrl(link));
    flushSync();
    expect(app.selection.id).toBe('torugart-pass');
    expect(app.narrowing.layers).toEqual(['projects', 'crossings']);
    expect(app.proximity.rings).toEqual([5, 10]);
    expect(app.view.unit).toBe('mi');
    expect(app.narrowing.years).toEqual([2018, 2021]);
    const again = new AppState(fakeServices().services);
    applyUrlState(again, parseUrl(currentSearch(app)));
    expect(toUrlState(again)).toEqual(toUrlState(app));
  });

  it('focuses the selected site only when a link without a view is opened', () => {
    const { app } = loadedApp();
    applyUrlState(app, parseUrl('?site=torugart-pass'), { focus: true });
    expect(app.selection.focus?.id).toBe('torugart-pass');
    const { app: other } = loadedApp();
    applyUrlState(other, parseUrl('?site=torugart-pass&map=9.00/40.59/75.43'), { focus: true });
    expect(other.selection.focus).toBeNull();
    applyUrlState(other, parseUrl('?site=irkeshtam-pass')); // back/forward
    expect(other.selection.focus).toBeNull();
  });

  it('reports a bad parameter and keeps the rest', () => {
    const { app } = loadedApp();
    applyUrlState(app, parseUrl('?site=torugart-pass&unit=furlong'));
    expect(app.selection.id).toBe('torugart-pass');
    expect(app.notices.list).toEqual([{ key: 'url.badUnit', params: { value: 'furlong' } }]);
  });
});

describe('years from a link', () => {
  it('outside the data are brought inside it, with a notice', () => {
    const { services } = fakeServices();
    const app = new AppState(services);
    applyUrlState(app, parseUrl('?years=2030-2040'));
    app.setData(shippedDataset());
    const [from, to] = app.narrowing.years!;
    expect(from).toBe(to);
    expect(from).toBeLessThan(2030);
    expect(app.notices.list.map((n) => n.key)).toEqual(['url.yearsClamped']);
    expect(app.narrowing.visibleSites.length).toBeGreaterThan(0);
  });

  it('inside the data are kept as they are', () => {
    const { services } = fakeServices();
    const app = new AppState(services);
    applyUrlState(app, parseUrl('?years=2018-2021'));
    app.setData(shippedDataset());
    expect(app.narrowing.years).toEqual([2018, 2021]);
    expect(app.notices.list).toEqual([]);
  });
});
