import { describe, expect, it } from 'vitest';
import { formatView, parseUrl, parseView, serializeUrl } from '../../../src/lib/state/url';

describe('map view in the URL', () => {
  it('parses zoom/lat/lon', () => {
    expect(parseView('6.5/41.3/74.7')).toEqual({ zoom: 6.5, lat: 41.3, lon: 74.7 });
    expect(parseView('11/-12.5/-75')).toEqual({ zoom: 11, lat: -12.5, lon: -75 });
  });

  it.each(['', 'abc', '6/41', '6/41/74/1', '30/41/74', '6/91/74', '6/41/181', '6/4e1/74', '6//74'])(
    'rejects %j',
    (value) => {
      expect(parseView(value)).toBeNull();
    },
  );

  it('round-trips state → URL → state within display precision', () => {
    const view = { zoom: 9.25, lat: 41.428661, lon: 75.991112 };
    const { state, errors } = parseUrl(serializeUrl({ view }));
    expect(errors).toEqual([]);
    expect(state.view!.zoom).toBeCloseTo(9.25, 2);
    expect(state.view!.lat).toBeCloseTo(view.lat, 3);
    expect(state.view!.lon).toBeCloseTo(view.lon, 3);
  });

  it('reports a malformed value and keeps other parameters', () => {
    const { state, errors } = parseUrl('?map=nonsense&site=torugart-pass');
    expect(state.view).toBeNull();
    expect(errors).toEqual(['nonsense']);
    expect(serializeUrl({ view: { zoom: 6, lat: 41, lon: 75 } }, '?site=torugart-pass')).toBe(
      '?site=torugart-pass&map=6.00/41.00/75.00',
    );
  });

  it('rounds more finely as the zoom grows', () => {
    expect(formatView({ zoom: 4, lat: 41.123456, lon: 75.123456 })).toBe('4.00/41.12/75.12');
    expect(formatView({ zoom: 14, lat: 41.123456, lon: 75.123456 })).toBe(
      '14.00/41.12346/75.12346',
    );
  });
});
