import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { LonLat } from './geodesic';

/** A static spatial index over points, built once (kdbush), searched by great-circle distance. */
export interface PointIndex {
  readonly index: KDBush;
  readonly points: readonly LonLat[];
}

/** Builds the index over `points` ([lon, lat] each); item i of a search result is points[i]. */
export function buildPointIndex(points: readonly LonLat[]): PointIndex {
  const index = new KDBush(Math.max(1, points.length));
  for (const [lon, lat] of points) index.add(lon, lat);
  if (points.length === 0) index.add(0, 90); // kdbush needs one item; never returned (see below)
  index.finish();
  return { index, points };
}

/**
 * Indexes of the points nearest to `at`, closest first by great-circle distance (geokdbush),
 * at most `limit` of them and none farther than `maxKm` kilometres.
 */
export function aroundPoint(
  { index, points }: PointIndex,
  at: LonLat,
  limit = Infinity,
  maxKm = Infinity,
): number[] {
  if (points.length === 0) return [];
  return around(index, at[0], at[1], limit, maxKm);
}
