import { KM_PER_MILE, type DistanceUnit } from './shared/vocabulary';

export { KM_PER_MILE };

/** Converts kilometres to the display unit. */
export function toUnit(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

function digits(value: number): number {
  return value < 10 ? 2 : value < 100 ? 1 : 0;
}

function distanceFormat(value: number, unit: DistanceUnit, locale: string, withUnit: boolean) {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits(value),
    ...(withUnit
      ? { style: 'unit', unit: unit === 'mi' ? 'mile' : 'kilometer', unitDisplay: 'short' }
      : {}),
  }).format(value);
}

/** A distance for people: "3.42 km", "12.3 km", "148 km", "5 km" (or miles), in the locale's words. */
export function formatDistance(km: number, unit: DistanceUnit = 'km', locale = 'en'): string {
  return distanceFormat(toUnit(km, unit), unit, locale, true);
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
export function formatPopulation(population: number | null, locale = 'en'): string | null {
  return population === null ? null : new Intl.NumberFormat(locale).format(population);
}

/** A partial ISO date as people read it: "2019", "Aug 2019", "5 Aug 2019". */
export function formatPartialDate(date: string | null, locale = 'en'): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (!m) return String(y);
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, {
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
export function formatUsd(amount: number | null, locale = 'en'): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
}
