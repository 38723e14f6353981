/** The link and the app state: the relief and roads toggles and the ruler's mode go into links and come back. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../../../src/lib/state/app.svelte';
import { applyUrlState, currentSearch, toUrlState } from '../../../src/lib/state/urlSync.svelte';
import { parseUrl } from '../../../src/lib/state/url';
import { fakeServices, loadedApp } from './helpers';

describe('the relief, the roads and the ruler in the link', () => {
  it('are written only when changed, and a link reopens with them', () => {
    const { app } = loadedApp();
    expect(new URLSearchParams(currentSearch(app)).has('relief')).toBe(false);
    app.basemap.setRelief(false);
    app.basemap.setRoads(false);
    app.ruler.setPoints([
      [75.99111, 41.42866],
      [75.42722, 40.5925],
    ]);
    app.ruler.setMode('road');
    flushSync();
    const link = currentSearch(app);
    const params = new URLSearchParams(link);
    expect(params.get('relief')).toBe('off');
    expect(params.get('roads')).toBe('off');
    expect(params.get('ruler')).toBe('road');
    const again = new AppState(fakeServices().services);
    applyUrlState(again, parseUrl(link));
    expect([again.basemap.relief, again.basemap.roads, again.ruler.mode]).toEqual([
      false,
      false,
      'road',
    ]);
    expect(toUrlState(again)).toEqual(toUrlState(app));
    // Back to a link without them (back/forward): the defaults again.
    applyUrlState(again, parseUrl('?site=torugart-pass'));
    expect([again.basemap.relief, again.basemap.roads, again.ruler.mode]).toEqual([
      true,
      true,
      'straight',
    ]);
  });

  it('reports a bad value, keeps the default and the rest of the link', () => {
    const { app } = loadedApp();
    applyUrlState(app, parseUrl('?site=torugart-pass&roads=hidden&ruler=walking&relief=off'));
    expect(app.selection.id).toBe('torugart-pass');
    expect([app.basemap.relief, app.basemap.roads, app.ruler.mode]).toEqual([
      false,
      true,
      'straight',
    ]);
    expect(app.notices.list).toEqual([
      { key: 'url.badMapLayer', params: { value: 'roads=hidden' } },
      { key: 'url.badRuler', params: { value: 'walking' } },
    ]);
  });
});
