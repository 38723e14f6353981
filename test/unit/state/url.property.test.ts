import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseUrl,
  parseView,
  formatView,
  roundCoord,
  serializeUrl,
  type UrlState,
} from '../../../src/lib/state/url';
import { LAYERS, PRECISIONS } from '../../../src/lib/data/constants';
import { STATUS_GROUPS } from '../../../src/lib/filters/filters';
import { LANGUAGES } from '../../../src/lib/i18n/languages';
import en from '../../../src/lib/i18n/locales/en.json';

/** Filter value ids as the app makes them (any script's lower-case letters and digits). */
const valueIds = fc
  .uniqueArray(fc.stringMatching(/^[a-zа-яё0-9\u4e00-\u9fff]{1,8}(-[a-zа-яё0-9]{1,8}){0,3}$/), {
    maxLength: 5,
  })
  .map((v) => [...v].sort());

/** A state as the app writes it (views and points already at link precision). */
const canonicalState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      view: fc.option(
        fc
          .record({
            zoom: fc.double({ min: 0, max: 22, noNaN: true }),
            lat: fc.double({ min: -85, max: 85, noNaN: true }),
            lon: fc.double({ min: -180, max: 180, noNaN: true }),
          })
          .map((v) => parseView(formatView(v))!),
      ),
      site: fc.option(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/)),
      layers: fc.option(fc.subarray([...LAYERS])),
      measure: fc.array(
        fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true }).map(roundCoord),
          fc.double({ min: -90, max: 90, noNaN: true }).map(roundCoord),
        ),
        { maxLength: 6 },
      ),
      rings: fc.option(
        fc
          .uniqueArray(
            fc.integer({ min: 1, max: 5000 }).map((n) => n / 10),
            { minLength: 1, maxLength: 6 },
          )
          .map((r) => [...r].sort((a, b) => a - b)),
      ),
      unit: fc.constantFrom('km' as const, 'mi' as const),
      lang: fc.option(fc.constantFrom(...LANGUAGES)),
      years: fc.option(
        fc
          .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }))
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
      ),
      filters: fc.record({
        region: valueIds,
        sector: valueIds,
        status: fc.subarray([...STATUS_GROUPS]).map((v) => [...v].sort()),
        org: valueIds,
        precision: fc.subarray([...PRECISIONS]).map((v) => [...v].sort()),
      }),
      relief: fc.boolean(),
      roads: fc.boolean(),
      ruler: fc.constantFrom('straight' as const, 'road' as const),
      version: fc.stringMatching(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])-[0-9a-f]{7}$/),
      about: fc.boolean(),
    },
    {
      requiredKeys: [
        'view',
        'site',
        'layers',
        'measure',
        'rings',
        'unit',
        'lang',
        'years',
        'filters',
        'relief',
        'roads',
        'ruler',
      ],
    },
  )
  .map(
    // `about` is written only when true: false and absent read back the same (absent).
    ({ about, ...rest }) => (about ? { ...rest, about } : rest),
  );

describe('link state (property tests)', () => {
  it('state → URL → state round-trips exactly (10,000 states)', () => {
    fc.assert(
      fc.property(canonicalState, (state) => {
        const { state: back, errors } = parseUrl(serializeUrl(state));
        expect(errors).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('any query string parses without throwing; every rejection has a message (10,000 inputs)', () => {
    const key = fc.constantFrom(
      'map',
      'site',
      'layers',
      'measure',
      'rings',
      'unit',
      'lang',
      'years',
      'v',
      'about',
      'relief',
      'roads',
      'ruler',
      'sector',
      'org',
      'status',
      'other',
    );
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('on', 'off', 'road', 'straight'),
      fc.stringMatching(/^[-\d.,;/]{0,30}$/),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state, errors } = parseUrl(search);
        for (const e of errors) {
          expect(Object.keys(en)).toContain(e.key);
          expect(String(e.params.value)).not.toBe('undefined');
        }
        // Whatever was accepted writes back to a link that reads the same.
        expect(parseUrl(serializeUrl(state)).state).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });
});
