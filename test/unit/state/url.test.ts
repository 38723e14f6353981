import { describe, expect, it } from 'vitest';
import {
  EMPTY_URL_STATE,
  formatView,
  parseRadiusKm,
  parseUrl,
  parseView,
  serializeUrl,
  type UrlState,
} from '../../../src/lib/state/url';

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

  it('rounds more finely as the zoom grows', () => {
    expect(formatView({ zoom: 4, lat: 41.123456, lon: 75.123456 })).toBe('4.00/41.12/75.12');
    expect(formatView({ zoom: 14, lat: 41.123456, lon: 75.123456 })).toBe(
      '14.00/41.12346/75.12346',
    );
  });
});

describe('the whole state in the URL', () => {
  const full: UrlState = {
    view: { zoom: 9.25, lat: 41.429, lon: 75.991 },
    site: 'torugart-pass',
    layers: ['projects', 'crossings'],
    measure: [
      [73.84813, 42.81423],
      [74.59, 42.87],
    ],
    rings: [5, 10, 25],
    unit: 'mi',
    lang: 'ky',
    years: [2018, 2021],
    filters: {
      region: ['naryn'],
      sector: ['transport-and-storage'],
      status: ['cancelled', 'completed'],
      org: ['export-import-bank-of-china'],
      precision: [],
    },
    relief: false,
    roads: false,
    ruler: 'road',
  };

  it('round-trips state → URL → state', () => {
    const { state, errors } = parseUrl(serializeUrl(full));
    expect(errors).toEqual([]);
    expect(state).toEqual(full);
  });

  it('writes nothing for the default state and reads the defaults back', () => {
    expect(serializeUrl(EMPTY_URL_STATE)).toBe('');
    expect(parseUrl('')).toEqual({ state: EMPTY_URL_STATE, errors: [] });
  });

  it('keeps parameters it does not own', () => {
    expect(serializeUrl({ ...EMPTY_URL_STATE, site: 'naryn' }, '?ref=newsletter')).toBe(
      '?ref=newsletter&site=naryn',
    );
  });

  it('keeps layers=  (none shown) distinct from the default', () => {
    expect(parseUrl('?layers=').state.layers).toEqual([]);
    expect(parseUrl(serializeUrl({ ...EMPTY_URL_STATE, layers: [] })).state.layers).toEqual([]);
  });

  it.each([
    ['?map=nonsense', 'url.badView'],
    ['?site=<script>alert(1)</script>', 'url.badSite'],
    ['?site=' + 'a'.repeat(200), 'url.badSite'],
    ['?layers=projects,bogus', 'url.badLayer'],
    ['?measure=74,42;abc', 'url.badMeasure'],
    ['?measure=200,42', 'url.badMeasure'],
    ['?rings=5,-5', 'url.badRings'],
    ['?rings=10000', 'url.badRings'],
    ['?rings=1,2,3,4,5,6,7', 'url.badRings'],
    ['?unit=furlong', 'url.badUnit'],
    ['?lang=fr', 'url.badLang'],
    ['?years=2021-2018', 'url.badYears'],
    ['?years=21-22', 'url.badYears'],
    ['?status=finished', 'url.badFilter'],
    ['?precision=exact,street', 'url.badFilter'],
    ['?sector=Transport%20and%20storage', 'url.badFilter'],
    ['?org=<script>', 'url.badFilter'],
    ['?relief=no', 'url.badMapLayer'],
    ['?roads=0', 'url.badMapLayer'],
    ['?ruler=car', 'url.badRuler'],
  ])('rejects %s with a message and keeps the rest', (search, key) => {
    const { state, errors } = parseUrl(`${search}&unit=mi&map=6/41/75`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.key).toBe(key);
    expect(String(errors[0]!.params.value ?? '')).not.toBe('');
    if (!search.includes('unit=')) expect(state.unit).toBe('mi');
    if (!search.includes('map=')) expect(state.view).toEqual({ zoom: 6, lat: 41, lon: 75 });
  });

  it('reads filters as readable lists, sorted and de-duplicated', () => {
    const { state, errors } = parseUrl('?region=naryn&status=completed,cancelled,completed');
    expect(errors).toEqual([]);
    expect(state.filters).toMatchObject({ region: ['naryn'], status: ['cancelled', 'completed'] });
    expect(serializeUrl(state)).toBe('?region=naryn&status=cancelled,completed');
  });

  it('writes the relief, the roads and the ruler only when not the default', () => {
    expect(serializeUrl({ ...EMPTY_URL_STATE, relief: false })).toBe('?relief=off');
    expect(serializeUrl({ ...EMPTY_URL_STATE, roads: false, ruler: 'road' })).toBe(
      '?ruler=road&roads=off',
    );
    const { state, errors } = parseUrl('?relief=on&roads=off&ruler=straight');
    expect(errors).toEqual([]);
    expect(state).toMatchObject({ relief: true, roads: false, ruler: 'straight' });
  });

  it('names the bad value and keeps the default when a toggle or mode is not understood', () => {
    const { state, errors } = parseUrl('?relief=maybe&roads=off&ruler=Road');
    expect(state).toMatchObject({ relief: true, roads: false, ruler: 'straight' });
    expect(errors).toEqual([
      { key: 'url.badMapLayer', params: { value: 'relief=maybe' } },
      { key: 'url.badRuler', params: { value: 'Road' } },
    ]);
  });

  it('keeps the valid layers when one is unknown', () => {
    expect(parseUrl('?layers=mines,bogus,projects').state.layers).toEqual(['projects', 'mines']);
  });
});

describe('parseRadiusKm', () => {
  it.each([
    ['10', 10],
    [' 2.5 ', 2.5],
    ['7,5', 7.5],
    ['500', 500],
  ])('accepts %j', (text, km) => {
    expect(parseRadiusKm(text)).toEqual({ km });
  });

  it.each([
    ['-5', 'radius.notPositive'],
    ['0', 'radius.notPositive'],
    ['10000', 'radius.tooLarge'],
    ['ten', 'radius.notNumber'],
    ['', 'radius.notNumber'],
    ['1e3', 'radius.notNumber'],
    ['NaN', 'radius.notNumber'],
    ['Infinity', 'radius.notNumber'],
  ])('rejects %j (%s)', (text, key) => {
    expect(parseRadiusKm(text)).toEqual({ error: expect.objectContaining({ key }) });
  });
});

describe('dataset version and the About view in links', () => {
  it('reads and writes `v=` and a bare `about`', () => {
    const { state, errors } = parseUrl('?site=torugart-pass&about&v=2026-12-02-abcdef0');
    expect(errors).toEqual([]);
    expect(state.version).toBe('2026-12-02-abcdef0');
    expect(state.about).toBe(true);
    expect(serializeUrl(state)).toBe('?site=torugart-pass&about&v=2026-12-02-abcdef0');
  });

  it('ignores a malformed version with a message', () => {
    const { state, errors } = parseUrl('?v=<script>');
    expect(state.version).toBeUndefined();
    expect(errors).toEqual([{ key: 'url.badVersion', params: { value: '<script>' } }]);
  });
});

describe('tiny radii', () => {
  it('are rounded to the metre, so the app never writes a link it would refuse', () => {
    expect(parseRadiusKm('0.0000001')).toEqual({
      error: { key: 'radius.notPositive', params: {} },
    });
    expect(parseRadiusKm('0.0014')).toEqual({ km: 0.001 });
    const { state } = parseUrl('?rings=0.001,5');
    expect(parseUrl(serializeUrl(state)).errors).toEqual([]);
    expect(serializeUrl({ ...state, rings: [0.001] })).toContain('rings=0.001');
  });
});
