// @vitest-environment happy-dom
// (a DOM-like environment, so Svelte runs its client build: effects run, derived values are cached)
/** Places, markers and the chooser in the state, on the shipped data (issue 14). */
import { describe, expect, it } from 'vitest';
import { SelectionState } from '../../../src/lib/state/selection.svelte';
import { loadedApp } from './helpers';

const OSH = ['aiddata-40411', 'aiddata-40429', 'aiddata-55129', 'aiddata-73650', 'aiddata-73653'];

describe('places in the state', () => {
  it('layer counts count places; the records are counted beside them', () => {
    const { app } = loadedApp();
    const n = app.narrowing;
    expect(n.placeCounts.mines).toEqual({ places: 6, records: 6 });
    // 68 project records: reschedulings and co-financings share their project's place (11
    // fewer), the Junda refinery and AidData's record of it are one, as are Bozymchak's two loans.
    expect(n.placeCounts.projects.records).toBe(68);
    expect(n.placeCounts.projects.places).toBe(55);
    expect(n.layerCounts.projects).toBe(55);
    expect(n.visiblePlaces).toBe(87);
    expect(n.visibleSites).toHaveLength(102);
  });

  it('lists every record of a place, its own record first', () => {
    const { app } = loadedApp();
    expect(app.data.recordsOf('aiddata-96106').map((f) => f.id)).toEqual([
      'bozymchak-mine',
      'aiddata-96105',
      'aiddata-96106',
    ]);
    expect(app.data.recordsOf('torugart-pass').map((f) => f.id)).toEqual(['torugart-pass']);
  });

  it('the Osh point holds five unrelated grants; the Bozymchak point a mine (3 records) and a protest', () => {
    const { app } = loadedApp();
    const osh = app.narrowing.markerAt('aiddata-40411');
    expect(osh.map((g) => g.place).sort()).toEqual(OSH);
    const boz = app.narrowing.markerAt('aiddata-96106');
    expect(boz).toEqual([
      { place: 'bozymchak-mine', records: ['bozymchak-mine', 'aiddata-96105', 'aiddata-96106'] },
      { place: 'bozymchak-suspension-2020', records: ['bozymchak-suspension-2020'] },
    ]);
    // Hidden layers are not offered.
    app.narrowing.toggleLayer('protests', false);
    expect(app.narrowing.markerAt('bozymchak-mine')).toHaveLength(1);
  });

  it('a click on a marker opens the chooser for several places, selects a lone place’s own record', () => {
    const { app } = loadedApp();
    app.selection.openMarker(app.narrowing.markerAt('aiddata-55129'));
    expect(app.selection.id).toBeNull();
    expect(app.selection.choices?.map((g) => g.place).sort()).toEqual(OSH);
    app.selection.select('aiddata-73650');
    expect(app.selection.choices).toBeNull();
    expect(app.selection.id).toBe('aiddata-73650');
    // The Junda refinery's place: AidData's record drawn at the same point selects the curated one.
    app.selection.openMarker(app.narrowing.markerAt('aiddata-54405'));
    expect(app.selection.id).toBe('junda-refinery');
  });

  it('closes the chooser without choosing', () => {
    const s = new SelectionState(() => undefined);
    s.openMarker([
      { place: 'a', records: ['a'] },
      { place: 'b', records: ['b'] },
    ]);
    expect(s.choices).toHaveLength(2);
    s.closeChoices();
    expect(s.choices).toBeNull();
  });
});

describe('proximity of a site located to its district', () => {
  it('is measured over Kochkor district’s outline', () => {
    const { app } = loadedApp();
    app.selection.select('kochkor-truckers-protest-2021');
    const site = app.proximity.site!;
    expect(site.area?.kind).toBe('shape');
    expect(site.geometry.type).toMatch(/Polygon/);
    // Communities in the district are possibly at 0 km; the list shows ranges.
    const first = app.proximity.nearest[0]!;
    expect(first.range.minKm).toBe(0);
    expect(first.range.maxKm).toBeGreaterThan(20);
    const [five] = app.proximity.ringResults;
    expect(five!.possible.length).toBeGreaterThan(10);
  });
});
