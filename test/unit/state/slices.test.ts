// @vitest-environment happy-dom
// (a DOM-like environment, so Svelte runs its client build: effects run, derived values are cached)
/** The state slices in Node: each written through its actions, on the shipped data where it matters. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { NoticesState } from '../../../src/lib/state/notices.svelte';
import { RulerState } from '../../../src/lib/state/ruler.svelte';
import { HOME_VIEW, ViewState } from '../../../src/lib/state/view.svelte';
import { SelectionState } from '../../../src/lib/state/selection.svelte';
import { DEFAULT_RINGS } from '../../../src/lib/state/proximity.svelte';
import { DEFAULT_LAYERS } from '../../../src/lib/state/narrowing.svelte';
import { loadedApp } from './helpers';

describe('NoticesState', () => {
  it('adds, replaces and dismisses messages in order', () => {
    const n = new NoticesState();
    n.notify('url.badSite', { value: 'x' });
    n.notify('url.badUnit', { value: 'y' });
    expect(n.list.map((p) => p.key)).toEqual(['url.badSite', 'url.badUnit']);
    n.dismiss(0);
    expect(n.list).toEqual([{ key: 'url.badUnit', params: { value: 'y' } }]);
    n.replace([{ key: 'url.badView', params: { value: 'z' } }]);
    expect(n.list.map((p) => p.key)).toEqual(['url.badView']);
  });
});

describe('RulerState', () => {
  it('rounds points to ~1 m as links do, sums geodesic segments, undoes and clears', () => {
    const r = new RulerState();
    r.add([74.6123456789, 42.8765432109]);
    expect(r.points).toEqual([[74.61235, 42.87654]]);
    r.add([75, 42.87654]);
    expect(r.summary.segmentsKm).toHaveLength(1);
    expect(r.summary.totalKm).toBeGreaterThan(30);
    expect(r.summary.totalKm).toBeLessThan(33);
    r.undo();
    expect(r.points).toHaveLength(1);
    r.clear();
    expect(r.points).toEqual([]);
    expect(r.active).toBe(false);
  });

  it('drops the preview segment when measuring stops', () => {
    const r = new RulerState();
    r.setMeasuring(true);
    r.previewAt([74, 42]);
    expect(r.active).toBe(true);
    r.setMeasuring(false);
    expect(r.preview).toBeNull();
  });
});

describe('ViewState', () => {
  it('starts at the home view and remembers that a link set the view', () => {
    const v = new ViewState();
    expect(v.view).toEqual(HOME_VIEW);
    v.fromUrl(null);
    expect(v.fromLink).toBe(false);
    v.fromUrl({ zoom: 9, lat: 40.5, lon: 75.4 });
    expect(v.fromLink).toBe(true);
    v.moved({ zoom: 10, lat: 40, lon: 75 }, [74, 39, 76, 41]);
    expect(v.view.zoom).toBe(10);
    expect(v.bounds).toEqual([74, 39, 76, 41]);
  });
});

describe('SelectionState', () => {
  it('finds the selected feature through its lookup and numbers focus requests', () => {
    const feature = { id: 'a' } as never;
    const s = new SelectionState((id) => (id === 'a' ? feature : undefined));
    s.select('a');
    expect(s.feature).toBe(feature);
    expect(s.focus).toBeNull();
    s.select('a', { show: true });
    s.select('a', { show: true });
    expect(s.focus).toEqual({ id: 'a', seq: 2 });
    s.select('unknown');
    expect(s.feature).toBeNull();
    s.select(null, { show: true });
    expect(s.id).toBeNull();
    expect(s.focus?.seq).toBe(2);
  });
});

describe('NarrowingState on the shipped data', () => {
  it('counts every site with no narrowing, and layers follow the toggles in LAYERS order', () => {
    const { app } = loadedApp();
    const n = app.narrowing;
    expect(n.layers).toEqual([...DEFAULT_LAYERS]);
    expect(n.visibleSites).toHaveLength(app.data.sites.length);
    expect(n.narrowed).toBe(false);
    n.toggleLayer('protests', false);
    n.toggleLayer('protests', true);
    expect(n.layers).toEqual([...DEFAULT_LAYERS]);
    n.toggleLayer('projects', false);
    expect(n.visibleSites.some((f) => f.properties.layer === 'projects')).toBe(false);
    expect(n.layerCounts.projects).toBeGreaterThan(0); // counts say what a hidden layer would show
  });

  it('narrows by years: the 2021 range keeps the Kochkor protest, not the 2014 rallies', () => {
    const { app } = loadedApp();
    const n = app.narrowing;
    n.setYears([2021, 2021]);
    const ids = n.visibleSites.map((f) => f.id);
    expect(ids).toContain('kochkor-truckers-protest-2021');
    expect(ids).not.toContain('kara-balta-refinery-rallies');
    expect(n.narrowed).toBe(true);
    n.setYears([2030, 1990], [1990, 2030]); // the whole axis, either order: no range
    expect(n.years).toBeNull();
  });

  it('filters by a facet with facet counts, and clears', () => {
    const { app } = loadedApp();
    const n = app.narrowing;
    const total = n.visibleSites.length;
    n.toggleFilter('precision', 'district', true);
    expect(n.visibleSites.length).toBeGreaterThan(0);
    expect(n.visibleSites.length).toBeLessThan(total);
    expect(n.visibleSites.every((f) => f.properties.precision === 'district')).toBe(true);
    expect(n.filteredIds).toHaveLength(n.visibleSites.length);
    // Facet counts of the precision facet ignore its own choice.
    expect([...n.facetCounts.precision.values()].reduce((a, b) => a + b, 0)).toBe(total);
    n.clear();
    expect(n.visibleSites).toHaveLength(total);
    expect(n.filteredIds).toBeNull();
  });

  it('drops link filter values no site has, with one notice each', () => {
    const { app } = loadedApp();
    app.narrowing.setFilters({ ...app.narrowing.filters, org: ['no-such-bank'], sector: [] });
    app.narrowing.dropUnknown();
    expect(app.narrowing.filters.org).toEqual([]);
    expect(app.notices.list).toEqual([
      { key: 'url.badFilter', params: { value: 'org:no-such-bank' } },
    ]);
  });
});

describe('ProximityState on the shipped data', () => {
  it('lists the nearest communities of the selected site and the members of each ring', () => {
    const { app } = loadedApp();
    app.selection.select('torugart-pass');
    expect(app.proximity.site?.id).toBe('torugart-pass');
    expect(app.proximity.rings).toEqual(DEFAULT_RINGS);
    expect(app.proximity.nearest).toHaveLength(10);
    const d = app.proximity.nearest.map((n) => n.distanceKm);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(app.proximity.ringResults.map((r) => r.radiusKm)).toEqual([5, 10, 25]);
    app.proximity.setNearestLimit(20);
    expect(app.proximity.nearest).toHaveLength(20);
    app.proximity.setRings([3, 7]);
    expect(app.proximity.ringResults.map((r) => r.radiusKm)).toEqual([3, 7]);
    expect(app.proximity.key).toBe('torugart-pass|3,7');
  });

  it('excludes a selected community from its own nearest list', () => {
    const { app } = loadedApp();
    app.selection.select('naryn-aksy');
    expect(app.proximity.nearest.map((n) => n.community.id)).not.toContain('naryn-aksy');
  });

  it('keeps buffered ring shapes only for the current site and radii', () => {
    const { app } = loadedApp();
    app.selection.select('aiddata-39619');
    const key = app.proximity.key;
    app.proximity.shapesReady('other|5', [null]);
    expect(app.proximity.currentShapes).toBeNull();
    app.proximity.shapesReady(key, [null, null, null]);
    expect(app.proximity.currentShapes).toEqual([null, null, null]);
    app.proximity.setRings([1]);
    flushSync();
    expect(app.proximity.currentShapes).toBeNull();
  });
});
