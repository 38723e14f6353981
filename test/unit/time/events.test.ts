import { describe, expect, it } from 'vitest';
import { shippedSites } from '../shipped';
import {
  eventsPerYear,
  overlapsYears,
  precisionOf,
  siteEvents,
  siteYearSpan,
  yearsOf,
} from '../../../src/lib/time/events';

const byId = new Map(shippedSites().map((f) => [f.id, f]));
const events = (id: string) => siteEvents(byId.get(id)!);

describe('events from the shipped data', () => {
  it('a protest on one day', () => {
    expect(events('kochkor-truckers-protest-2021')).toEqual([
      {
        siteId: 'kochkor-truckers-protest-2021',
        layer: 'protests',
        kind: 'protest',
        start: '2021-11-08',
        end: null,
        precision: 'day',
      },
    ]);
  });

  it('protests over a range, at month precision, stay a range', () => {
    const [e] = events('at-bashy-protests-2020');
    expect(e).toMatchObject({ start: '2020-01', end: '2020-02-17', precision: 'month' });
    expect(yearsOf(e!)).toEqual([2020, 2020]);
  });

  it('a cancelled project: its start and its cancellation', () => {
    expect(events('at-bashy-logistics-centre').map((e) => [e.kind, e.start])).toEqual([
      ['start', '2019-12'],
      ['cancelled', '2020-02'],
    ]);
  });

  it('an AidData project: commitment year, start day, completion day', () => {
    expect(events('aiddata-39619').map((e) => [e.kind, e.start, e.precision])).toEqual([
      ['commitment', '2012', 'year'],
      ['start', '2012-08-20', 'day'],
      ['completion', '2015-08-28', 'day'],
    ]);
  });

  it('a year stays a year (never 1 January)', () => {
    const mine = events('solton-sary-mine');
    expect(mine).toEqual([expect.objectContaining({ start: '2009', precision: 'year' })]);
  });

  it('sites without dates have no events', () => {
    expect(events('torugart-pass')).toEqual([]);
    expect(siteYearSpan(byId.get('torugart-pass')!)).toBeNull();
  });

  it('a site spans from its first to its last event year', () => {
    expect(siteYearSpan(byId.get('aiddata-39619')!)).toEqual([2012, 2015]);
    expect(siteYearSpan(byId.get('at-bashy-logistics-centre')!)).toEqual([2019, 2020]);
  });
});

describe('years and ranges', () => {
  it.each([
    ['2019', 'year'],
    ['2019-08', 'month'],
    ['2019-08-05', 'day'],
  ] as const)('%s is %s precise', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });

  it('overlap is inclusive at both ends', () => {
    const e = { start: '2019-08-05', end: '2020-02' };
    expect(overlapsYears(e, 2020, 2021)).toBe(true);
    expect(overlapsYears(e, 2018, 2019)).toBe(true);
    expect(overlapsYears(e, 2021, 2022)).toBe(false);
    expect(overlapsYears({ start: '2014-02-17', end: null }, 2021, 2021)).toBe(false);
    expect(overlapsYears({ start: '2021-11-08', end: null }, 2021, 2021)).toBe(true);
  });

  it('counts events per year and layer, a range in each of its years', () => {
    const counts = eventsPerYear([
      ...events('kochkor-truckers-protest-2021'),
      ...events('at-bashy-logistics-centre'),
      {
        siteId: 'x',
        layer: 'protests',
        kind: 'protest',
        start: '2018-12',
        end: '2019-01',
        precision: 'month',
      },
    ]);
    expect(counts.get(2021)).toEqual({ protests: 1 });
    expect(counts.get(2019)).toEqual({ projects: 1, protests: 1 });
    expect(counts.get(2020)).toEqual({ projects: 1 });
    expect(counts.get(2018)).toEqual({ protests: 1 });
  });
});
