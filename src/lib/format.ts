import { KM_PER_MILE, type DistanceUnit } from './shared/vocabulary';

export { KM_PER_MILE };

/** Converts kilometres to the display unit. */
export function toUnit(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

function digits(value: number): number {
  return value < 10 ? 2 : value < 100 ? 1 : 0;
}

/**
 * Whether this engine has Intl data for `locale`. Some builds lack Kyrgyz (Debian's Chromium):
 * `Intl` then formats in English without a word, so the atlas falls back on its own (below).
 */
export function hasLocaleData(locale: string): boolean {
  let has = localeData.get(locale);
  if (has === undefined) {
    has =
      Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
      Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
    localeData.set(locale, has);
  }
  return has;
}
const localeData = new Map<string, boolean>();

/** Kyrgyz without engine data: Russian digits (the same grouping and decimal comma), Kyrgyz words. */
const KYRGYZ_FALLBACK = {
  numbers: 'ru-RU',
  units: { km: 'км', mi: 'миля' } as Record<DistanceUnit, string>,
  /** Abbreviated months as CLDR writes them in a Kyrgyz date (`2019-ж. 9-дек.`). */
  months: [
    'янв.',
    'фев.',
    'мар.',
    'апр.',
    'май',
    'июн.',
    'июл.',
    'авг.',
    'сен.',
    'окт.',
    'ноя.',
    'дек.',
  ],
};

/** The Kyrgyz fallback applies: a Kyrgyz locale the engine has no data for. */
function kyrgyzFallback(locale: string, hasData: (locale: string) => boolean): boolean {
  return /^ky\b/i.test(locale) && !hasData(locale);
}

/** Formatters built once per locale and options: building one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function distanceFormat(
  value: number,
  unit: DistanceUnit,
  locale: string,
  withUnit: boolean,
  hasData: (locale: string) => boolean = hasLocaleData,
) {
  if (kyrgyzFallback(locale, hasData)) {
    const n = numberFormat(KYRGYZ_FALLBACK.numbers, {
      maximumFractionDigits: digits(value),
    }).format(value);
    return withUnit ? `${n} ${KYRGYZ_FALLBACK.units[unit]}` : n;
  }
  return numberFormat(locale, {
    maximumFractionDigits: digits(value),
    ...(withUnit
      ? { style: 'unit', unit: unit === 'mi' ? 'mile' : 'kilometer', unitDisplay: 'short' }
      : {}),
  }).format(value);
}

/** A distance for people: "3.42 km", "12.3 km", "148 km", "5 km" (or miles), in the locale's words. */
export function formatDistance(
  km: number,
  unit: DistanceUnit = 'km',
  locale = 'en',
  hasData: (locale: string) => boolean = hasLocaleData,
): string {
  return distanceFormat(toUnit(km, unit), unit, locale, true, hasData);
}

/** A range "3–9 km" (or a single distance when both ends round to the same figure). */
export function formatDistanceRange(
  minKm: number,
  maxKm: number,
  unit: DistanceUnit = 'km',
  locale = 'en',
): string {
  const lo = toUnit(minKm, unit);
  const hi = toUnit(maxKm, unit);
  const hiText = distanceFormat(hi, unit, locale, true);
  if (distanceFormat(lo, unit, locale, true) === hiText) return hiText;
  return `${distanceFormat(lo, unit, locale, false)}–${hiText}`;
}

/** A population figure, or null when unknown (never shown as 0). */
export function formatPopulation(
  population: number | null,
  locale = 'en',
  hasData: (locale: string) => boolean = hasLocaleData,
): string | null {
  if (population === null) return null;
  const numbers = kyrgyzFallback(locale, hasData) ? KYRGYZ_FALLBACK.numbers : locale;
  return numberFormat(numbers).format(population);
}

/** A partial ISO date as people read it: "2019", "Aug 2019", "5 Aug 2019" ("2019-ж. 5-авг."). */
export function formatPartialDate(
  date: string | null,
  locale = 'en',
  hasData: (locale: string) => boolean = hasLocaleData,
): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (!m) return String(y);
  if (kyrgyzFallback(locale, hasData)) {
    const month = KYRGYZ_FALLBACK.months[m - 1]!;
    return d ? `${y}-ж. ${d}-${month}` : `${y}-ж. ${month}`;
  }
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  return dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(when);
}

/** A date span: "2019", "Jan 2020 – 17 Feb 2020", or "until 2017" (wording from `until`). */
export function formatDateSpan(
  start: string | null,
  end: string | null,
  locale = 'en',
  until: (date: string) => string = (date) => `until ${date}`,
): string | null {
  const a = formatPartialDate(start, locale);
  const b = formatPartialDate(end, locale);
  if (a && b && a !== b) return `${a} – ${b}`;
  return a ?? (b ? until(b) : null);
}

/** US dollars, compact: "$300M", "$457.7M". */
export function formatUsd(
  amount: number | null,
  locale = 'en',
  hasData: (locale: string) => boolean = hasLocaleData,
): string | null {
  if (amount === null) return null;
  return numberFormat(kyrgyzFallback(locale, hasData) ? KYRGYZ_FALLBACK.numbers : locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
}

/**
 * Builds the formatters a details panel uses, so the first click on a site does not pay for
 * loading the locale's data (tens of milliseconds for the first date format). Call when idle.
 */
export function warmFormatters(locale: string): void {
  for (const km of [1, 12, 123]) {
    formatDistance(km, 'km', locale);
    formatDistanceRange(km, km * 2, 'km', locale);
  }
  formatPartialDate('2020-01', locale);
  formatPartialDate('2020-01-01', locale);
  formatPopulation(1000, locale);
  formatUsd(1e6, locale);
}
