import { describe, expect, it, vi } from 'vitest';
import {
  formatDateSpan,
  formatDistance,
  formatDistanceRange,
  formatPartialDate,
  formatPopulation,
  formatUsd,
  hasLocaleData,
  toUnit,
  warmFormatters,
} from '../../src/lib/format';

describe('formatting for people', () => {
  it('distances keep sensible digits and drop trailing zeros', () => {
    expect(formatDistance(3.4219)).toBe('3.42 km');
    expect(formatDistance(5)).toBe('5 km');
    expect(formatDistance(12.34)).toBe('12.3 km');
    expect(formatDistance(148.4)).toBe('148 km');
    expect(formatDistance(1.609344, 'mi')).toBe('1 mi');
    expect(toUnit(10, 'mi')).toBeCloseTo(6.2137, 4);
    expect(formatDistance(1234.5, 'km', 'ru')).toBe('1\u00a0235 км');
    expect(formatDistance(5, 'km', 'zh-CN')).toBe('5公里');
  });

  it('ranges collapse when both ends agree', () => {
    expect(formatDistanceRange(3, 9)).toBe('3–9 km');
    expect(formatDistanceRange(0, 5.5)).toBe('0–5.5 km');
    expect(formatDistanceRange(4, 4)).toBe('4 km');
  });

  it('population unknown is null, never 0', () => {
    expect(formatPopulation(null)).toBeNull();
    expect(formatPopulation(0)).toBe('0');
    expect(formatPopulation(62796)).toBe('62,796');
  });

  it('partial dates stay as precise as they are', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-08')).toBe('Aug 2019');
    expect(formatPartialDate('2019-08-05')).toBe('Aug 5, 2019');
    expect(formatPartialDate(null)).toBeNull();
    expect(formatDateSpan('2020-01', '2020-02-17')).toBe('Jan 2020 – Feb 17, 2020');
    expect(formatDateSpan('2009', null)).toBe('2009');
    expect(formatDateSpan(null, '2017')).toBe('until 2017');
    expect(formatDateSpan(null, null)).toBeNull();
  });

  it('amounts in US dollars', () => {
    expect(formatUsd(300_000_000)).toBe('$300M');
    expect(formatUsd(457_712_345)).toBe('$457.7M');
    expect(formatUsd(null)).toBeNull();
  });
});

describe('Kyrgyz without engine data (Debian’s Chromium has none)', () => {
  const none = () => false;
  it('writes Kyrgyz dates and units itself, with Russian digits', () => {
    expect(formatPartialDate('2019-12-09', 'ky-KG', none)).toBe('2019-ж. 9-дек.');
    expect(formatPartialDate('2019-08', 'ky-KG', none)).toBe('2019-ж. авг.');
    expect(formatPartialDate('2019', 'ky-KG', none)).toBe('2019');
    expect(formatDistance(3.4199, 'km', 'ky-KG', none)).toBe('3,42 км');
    expect(formatDistance(16.09344, 'mi', 'ky-KG', none)).toBe('10 миля');
    expect(formatPopulation(12345, 'ky-KG', none)).toBe(
      new Intl.NumberFormat('ru-RU').format(12345),
    );
  });

  it('uses the engine where it has the data, and other languages are untouched', () => {
    expect(formatPartialDate('2019-12-09', 'ky-KG', () => true)).toBe(
      new Intl.DateTimeFormat('ky-KG', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(2019, 11, 9))),
    );
    expect(formatDistance(5, 'km', 'en-GB', none)).toBe('5 km');
  });

  it('knows whether the engine has a locale', () => {
    expect(hasLocaleData('en-GB')).toBe(true);
  });
});

describe('formatters are built once per locale and options', () => {
  it('formats many dates and distances without building a new Intl formatter each time', () => {
    warmFormatters('fr');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    try {
      for (let i = 1; i <= 12; i++)
        formatPartialDate(`2020-${String(i).padStart(2, '0')}-05`, 'fr');
      for (const km of [0.5, 3, 45, 800]) formatDistanceRange(km, km * 3, 'km', 'fr');
      expect(dates).not.toHaveBeenCalled();
      expect(numbers).not.toHaveBeenCalled();
    } finally {
      dates.mockRestore();
      numbers.mockRestore();
    }
    expect(formatPartialDate('2020-08-05', 'fr')).toBe('5 août 2020');
  });
});
