/** The timeline's bars as a pure model: the year axis, events per year by layer, what is hidden. */
import type { SiteFeature } from '../data/schema';
import type { SiteLayerName } from '../data/constants';
import { eventsPerYear, siteEvents } from './events';

export interface TimelineModel {
  /** Every year with a dated event in the whole data (the axis does not jump with filters). */
  years: number[];
  first: number;
  last: number;
  /** Events per year by layer, of the sites the layers and filters keep (years aside). */
  counts: Map<number, Partial<Record<SiteLayerName, number>>>;
  /** The tallest bar (at least 1). */
  max: number;
  /** The range shown: the chosen years, or the whole axis. */
  range: [number, number];
  /** Sites hidden because they have no date while a range is chosen. */
  hiddenUndated: number;
}

/**
 * The timeline of `shown` (sites of the shown layers that pass the filters, whatever their
 * years) on the axis of `all` (every site), with the chosen year range (null: all years).
 */
export function timelineModel(
  all: readonly SiteFeature[],
  shown: readonly SiteFeature[],
  years: readonly [number, number] | null,
  yearsOf: (id: string) => [number, number] | null | undefined,
): TimelineModel {
  const axis = [...eventsPerYear(all.flatMap(siteEvents)).keys()].sort((a, b) => a - b);
  const first = axis[0] ?? 2000;
  const last = axis.at(-1) ?? 2026;
  const counts = eventsPerYear(shown.flatMap(siteEvents));
  const max = Math.max(
    1,
    ...[...counts.values()].map((r) => Object.values(r).reduce((a, b) => a + b, 0)),
  );
  return {
    years: axis,
    first,
    last,
    counts,
    max,
    range: years ? [years[0], years[1]] : [first, last],
    hiddenUndated: years ? shown.filter((f) => yearsOf(f.id) === null).length : 0,
  };
}
