/**
 * Dated things as events, for the timeline (issue #6): protests (a date or a range), project
 * commitments, starts and completions, cancellations. Dates stay as precise as the data has them:
 * a year is a year, never 1 January.
 */
import type { SiteFeature } from '../data/schema';

export type EventKind = 'protest' | 'commitment' | 'start' | 'completion' | 'cancelled';
export type DatePrecision = 'year' | 'month' | 'day';

export interface AtlasEvent {
  siteId: string;
  layer: SiteFeature['properties']['layer'];
  kind: EventKind;
  /** Partial ISO date: `2019`, `2019-08` or `2019-08-05`. */
  start: string;
  /** End of a range (inclusive), or null for a single date. */
  end: string | null;
  precision: DatePrecision;
}

/** How precise a partial ISO date is. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first and last calendar year an event may fall in. */
export function yearsOf(event: Pick<AtlasEvent, 'start' | 'end'>): [number, number] {
  const from = Number(event.start.slice(0, 4));
  const to = event.end ? Number(event.end.slice(0, 4)) : from;
  return [Math.min(from, to), Math.max(from, to)];
}

/** Whether an event overlaps the years [from, to] (inclusive). */
export function overlapsYears(event: Pick<AtlasEvent, 'start' | 'end'>, from: number, to: number) {
  const [a, b] = yearsOf(event);
  return a <= to && b >= from;
}

/** Every event of a site, earliest first. Sites without dates have none. */
export function siteEvents(site: SiteFeature): AtlasEvent[] {
  const p = site.properties;
  const base = { siteId: site.id, layer: p.layer };
  const out: AtlasEvent[] = [];
  const add = (kind: EventKind, start: string | null, end: string | null = null) => {
    if (start) out.push({ ...base, kind, start, end, precision: precisionOf(start) });
  };
  if (p.layer === 'protests') {
    add('protest', p.date_start, p.date_end);
  } else if (p.layer === 'projects' && p.aiddata_id !== null) {
    add('commitment', p.commitment_year !== null ? String(p.commitment_year) : null);
    add('start', p.date_start);
    const completion =
      p.date_end ?? (p.completion_year !== null ? String(p.completion_year) : null);
    add('completion', completion);
  } else if (p.status === 'cancelled') {
    add('start', p.date_start);
    add('cancelled', p.date_end);
  } else {
    add('start', p.date_start);
    if (p.date_end) add('completion', p.date_end);
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** The first and last year of a site's events, or null when it has no date. */
export function siteYearSpan(site: SiteFeature): [number, number] | null {
  const years = siteEvents(site).flatMap((e) => yearsOf(e));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/** Events per year and layer, for the timeline's bars: `counts[year][layer]`. */
export function eventsPerYear(
  events: readonly AtlasEvent[],
): Map<number, Partial<Record<AtlasEvent['layer'], number>>> {
  const out = new Map<number, Partial<Record<AtlasEvent['layer'], number>>>();
  for (const e of events) {
    const [from, to] = yearsOf(e);
    for (let y = from; y <= to; y++) {
      const row = out.get(y) ?? {};
      row[e.layer] = (row[e.layer] ?? 0) + 1;
      out.set(y, row);
    }
  }
  return out;
}
