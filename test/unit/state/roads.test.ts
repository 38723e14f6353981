/** Distances by road in the state: the ruler's road mode, the nearest list's road column, the watcher. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { RulerState } from '../../../src/lib/state/ruler.svelte';
import { BasemapLayersState } from '../../../src/lib/state/basemapLayers.svelte';
import {
  requestNearestRoads,
  requestRulerRoutes,
  requestShownRoute,
} from '../../../src/lib/state/roads.svelte';
import type { RoadAnswer } from '../../../src/lib/geo/roadRouter';
import type { LonLat } from '../../../src/lib/shared/vocabulary';
import { loadedApp } from './helpers';
import { connect } from './connect.svelte';

const road = (totalKm: number): RoadAnswer => ({
  reachable: true,
  totalKm,
  roadKm: totalKm - 1,
  fromOffRoadKm: 0.5,
  toOffRoadKm: 0.5,
  syntheticKm: 0,
  reasons: [],
  fromJoin: [0, 0],
  toJoin: [0, 0],
  path: null,
});
const none: RoadAnswer = { reachable: false, why: 'far' };

describe('the ruler by road', () => {
  it('asks for one route per segment only in road mode, and keeps answers for its points only', () => {
    const r = new RulerState();
    const stop = connect(() => [r.routeRequest, r.road, r.computing]);
    r.setPoints([
      [75, 41],
      [75.5, 41],
      [76, 41.5],
    ]);
    flushSync();
    expect(r.routeRequest).toBeNull();
    r.setMode('road');
    flushSync();
    const request = r.routeRequest!;
    expect(request.pairs).toEqual([
      { from: [75, 41], to: [75.5, 41] },
      { from: [75.5, 41], to: [76, 41.5] },
    ]);
    expect(r.computing).toBe(true);
    r.routesReady('an older key', [road(1), road(2)]);
    expect(r.road).toBeNull();
    r.routesReady(request.key, [road(50), road(80)]);
    flushSync();
    expect(r.road?.totalKm).toBe(130);
    expect(r.computing).toBe(false);
    // A leg with no road: no total (never 0 or ∞), the legs say which.
    r.routesReady(request.key, [road(50), none]);
    flushSync();
    expect(r.road?.totalKm).toBeNull();
    // A new point: the old routes no longer count.
    r.add([76.2, 41.6]);
    flushSync();
    expect(r.road).toBeNull();
    expect(r.computing).toBe(true);
    r.routesFailed(r.routeRequest!.key, 'network file missing');
    flushSync();
    expect(r.routeFailure).toBe('network file missing');
    expect(r.computing).toBe(false);
    stop();
  });

  it('drops the preview when a point is added, so no "0 km" segment sits under the pointer', () => {
    const r = new RulerState();
    r.previewAt([75, 41]);
    r.add([75, 41]);
    expect(r.preview).toBeNull();
  });
});

describe('the nearest communities by road', () => {
  it('asks from the site’s point to each listed community and sorts by road when asked', () => {
    const { app } = loadedApp();
    const stop = connect(() => [app.proximity.rows, app.proximity.roadComputing]);
    app.selection.select('torugart-pass');
    flushSync();
    const request = app.proximity.roadRequest!;
    expect(request.pairs).toHaveLength(10);
    const first = app.proximity.nearest[0]!;
    expect(request.pairs[0]).toEqual({
      from: first.from,
      to: first.community.geometry.coordinates,
    });
    expect(app.proximity.roadComputing).toBe(true);
    expect(app.proximity.rows.every((r) => r.road === null)).toBe(true);
    // Far by road for the nearest, no road for the second.
    const answers = request.pairs.map((_, i) => (i === 1 ? none : road(100 - i)));
    app.proximity.roadsReady(request.key, answers);
    flushSync();
    expect(app.proximity.roadComputing).toBe(false);
    expect(app.proximity.rows[1]!.road).toEqual(none);
    app.proximity.setOrder('road');
    flushSync();
    const kms = app.proximity.rows.map((r) => (r.road?.reachable ? r.road.totalKm : null));
    expect(kms.slice(0, 9)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 100]);
    expect(kms[9]).toBeNull(); // no road: last
    stop();
  });

  it('asks the worker for the list and the ruler, and keeps the answers', async () => {
    // (The effect that calls these on every change is exercised by test/e2e/roads.e2e.ts.)
    const { app } = loadedApp();
    const stop = connect(() => [app.proximity.roadRequest, app.ruler.routeRequest]);
    const asked: { pairs: { from: LonLat; to: LonLat }[]; paths: boolean }[] = [];
    const route = async (request: (typeof asked)[number]) => {
      asked.push(request);
      return request.pairs.map((_, i) => road(10 + i));
    };
    await requestNearestRoads(app.proximity, route); // nothing selected: nothing asked
    expect(asked).toEqual([]);
    app.selection.select('torugart-pass');
    flushSync();
    await requestNearestRoads(app.proximity, route);
    expect(asked[0]!.paths).toBe(false);
    expect(app.proximity.roadAnswers).toHaveLength(10);
    app.ruler.setPoints([
      [75.99111, 41.42866],
      [75.42722, 40.5925],
    ]);
    app.ruler.setMode('road');
    flushSync();
    await requestRulerRoutes(app.ruler, route);
    expect(asked.at(-1)!.paths).toBe(true);
    expect(app.ruler.road?.totalKm).toBe(10);
    await requestRulerRoutes(app.ruler, () => Promise.reject(new Error('offline')));
    stop();
  });
});

describe('the route to one listed community', () => {
  it('is asked for with its line, drawn while that community is listed, and toggled off', async () => {
    const { app } = loadedApp();
    const stop = connect(() => [app.proximity.routeRequest, app.proximity.shownRoute]);
    app.selection.select('torugart-pass');
    flushSync();
    const target = app.proximity.nearest[2]!;
    app.proximity.showRoute(target.community.id);
    flushSync();
    const asked: boolean[] = [];
    await requestShownRoute(app.proximity, async (request) => {
      asked.push(request.paths);
      expect(request.pairs).toEqual([
        { from: target.from, to: target.community.geometry.coordinates },
      ]);
      return [road(42)];
    });
    expect(asked).toEqual([true]);
    expect(app.proximity.shownRoute?.answer).toEqual(road(42));
    app.proximity.showRoute(target.community.id); // the same again: hidden
    flushSync();
    expect(app.proximity.shownRoute).toBeNull();
    stop();
  });
});

describe('the relief and roads toggles', () => {
  it('start shown and switch independently', () => {
    const b = new BasemapLayersState();
    expect([b.relief, b.roads]).toEqual([true, true]);
    b.setRoads(false);
    expect([b.relief, b.roads]).toEqual([true, false]);
    b.setRelief(false);
    b.setRoads(true);
    expect([b.relief, b.roads]).toEqual([false, true]);
  });

  it('are a slice of the app state', () => {
    const { app } = loadedApp();
    expect(app.basemap).toBeInstanceOf(BasemapLayersState);
    expect([app.basemap.relief, app.basemap.roads]).toEqual([true, true]);
  });
});
