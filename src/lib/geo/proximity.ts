import type { Geometry } from 'geojson';
import { geodesicInverse, type LonLat } from './geodesic';
import { distanceToGeometry } from './distanceToGeometry';
import { nearestToGeometry, type NearestOptions } from './nearest';
import type { PointIndex } from './pointIndex';
import { distanceRange, type DistanceRange } from './uncertainty';

/** What proximity needs to know about a site: where it is and how sure we are. */
export interface ProximitySite {
  id: string;
  geometry: Geometry;
  /** Radius around the drawn location that covers where the site could be, km (0 = exact). */
  uncertaintyKm: number;
}

export interface NearbyPoint {
  /** Index into the PointIndex (e.g. the community's position in its layer). */
  index: number;
  /** From the site's drawn geometry, kilometres. */
  distanceKm: number;
  /** Possible true distances given the site's uncertainty. */
  range: DistanceRange;
  /** From the site's nearest point, degrees clockwise from north. */
  bearingDeg: number;
  /** The site's point nearest to this one (where distance is measured from). */
  from: LonLat;
}

/**
 * The points nearest to a site, with each distance as a range when the site's location is
 * uncertain. `maxKm` filters by drawn distance; with uncertainty, see `withinRing`.
 */
export function nearestPoints(
  site: ProximitySite,
  points: PointIndex,
  options: NearestOptions & { excludeIndex?: number } = {},
): NearbyPoint[] {
  const { excludeIndex, ...opts } = options;
  const limit = (opts.limit ?? 10) + (excludeIndex === undefined ? 0 : 1);
  return nearestToGeometry(site.geometry, points, { ...opts, limit })
    .filter((n) => n.index !== excludeIndex)
    .slice(0, limit - (excludeIndex === undefined ? 0 : 1))
    .map((n) => ({ ...n, range: distanceRange(n.distanceKm, site.uncertaintyKm) }));
}

export interface RingMembers {
  radiusKm: number;
  /** Inside the ring wherever the site really is within its uncertainty. */
  certain: NearbyPoint[];
  /** Inside for some but not all possible site locations (only when the site is uncertain). */
  possible: NearbyPoint[];
}

/**
 * Which points lie within each radius of the site. With an uncertain site, a point is `certain`
 * when its farthest possible distance is within the radius and `possible` when only its nearest is.
 */
export function ringMembers(
  site: ProximitySite,
  points: PointIndex,
  radiiKm: readonly number[],
): RingMembers[] {
  const largest = Math.max(0, ...radiiKm);
  const all = nearestPoints(site, points, {
    limit: Infinity,
    maxKm: largest + site.uncertaintyKm,
  });
  return radiiKm.map((radiusKm) => ({
    radiusKm,
    certain: all.filter((n) => n.range.maxKm <= radiusKm),
    possible: all.filter((n) => n.range.minKm <= radiusKm && n.range.maxKm > radiusKm),
  }));
}

/** A point's position as [lon, lat] (helper for PointIndex users). */
export function lonLatOf(index: PointIndex, i: number): LonLat {
  return index.points[i]!;
}

/** The distance between two sites, as a range when either location is uncertain. */
export interface SitePairDistance {
  distanceKm: number;
  range: DistanceRange;
  bearingDeg: number;
}

function asPoint(g: Geometry): LonLat | null {
  return g.type === 'Point' ? (g.coordinates as LonLat) : null;
}

/**
 * Geodesic distance between two sites: from a point to the other's nearest point (lines and
 * polygons measured from their nearest point); between two shapes, between their representative
 * points. The range widens by both sites' uncertainty.
 */
export function siteDistance(
  a: ProximitySite & { point: LonLat },
  b: ProximitySite & { point: LonLat },
): SitePairDistance {
  const pa = asPoint(a.geometry);
  const pb = asPoint(b.geometry);
  let d: { distanceKm: number; bearingDeg: number };
  if (pa) {
    const r = distanceToGeometry(b.geometry, pa);
    d = { distanceKm: r.distanceKm, bearingDeg: geodesicInverse(pa, r.nearest).bearingDeg };
  } else if (pb) {
    d = distanceToGeometry(a.geometry, pb);
  } else {
    d = geodesicInverse(a.point, b.point);
  }
  return { ...d, range: distanceRange(d.distanceKm, a.uncertaintyKm + b.uncertaintyKm) };
}
