import type { Geometry } from 'geojson';
import { bbox } from '@turf/bbox';
import { anchorPoints, distanceToGeometry } from './distanceToGeometry';
import { aroundPoint, type PointIndex } from './pointIndex';
import type { LonLat } from './geodesic';

export interface Neighbour {
  /** Index of the point in the PointIndex. */
  index: number;
  /** Geodesic distance from the nearest point of the geometry, kilometres. */
  distanceKm: number;
  /** Bearing from the geometry's nearest point to the neighbour, degrees from north. */
  bearingDeg: number;
  /** The geometry's point nearest to the neighbour. */
  from: LonLat;
}

export interface NearestOptions {
  /** Most neighbours to return (default 10; Infinity for all within maxKm). */
  limit?: number;
  /** Farthest distance to consider, kilometres (default Infinity). */
  maxKm?: number;
}

/** Spacing of search seeds along lines and polygon rings, kilometres. */
const STEP_KM = 1;
/** Great-circle (index) vs WGS84 (shown) distances differ by well under 1%. */
const SPHERE_SLACK = 1.01;

function byDistance(a: Neighbour, b: Neighbour): number {
  return a.distanceKm - b.distanceKm || a.index - b.index;
}

/**
 * The points of `points` nearest to a geometry, closest first, measured from the geometry's nearest
 * point on the WGS84 ellipsoid. Exact (same result as `nearestBruteForce`): a first pass through the
 * index from seeds along the geometry finds a distance bound, a second collects everything within it.
 */
export function nearestToGeometry(
  geometry: Geometry,
  points: PointIndex,
  { limit = 10, maxKm = Infinity }: NearestOptions = {},
): Neighbour[] {
  if (limit <= 0 || points.points.length === 0) return [];
  const anchors = anchorPoints(geometry, STEP_KM);
  const measure = (ids: Iterable<number>): Neighbour[] => {
    const out: Neighbour[] = [];
    for (const index of ids) {
      const d = distanceToGeometry(geometry, points.points[index]!);
      if (d.distanceKm <= maxKm)
        out.push({ index, distanceKm: d.distanceKm, bearingDeg: d.bearingDeg, from: d.nearest });
    }
    return out.sort(byDistance);
  };
  const reach = (km: number) => (km + STEP_KM / 2) * SPHERE_SLACK + 0.01;

  // Pass 1: the nearest few around every seed give an upper bound on the limit-th distance.
  const first = new Set<number>(polygonCandidates(geometry, points));
  for (const a of anchors)
    for (const i of aroundPoint(points, a, limit, reach(maxKm))) first.add(i);
  const found = measure(first);
  const bound = found.length >= limit ? found[limit - 1]!.distanceKm : maxKm;

  // Pass 2: everything within that bound of any seed (plus points inside a polygon).
  const second = new Set<number>(polygonCandidates(geometry, points));
  if (Number.isFinite(bound)) {
    for (const a of anchors)
      for (const i of aroundPoint(points, a, Infinity, reach(bound))) second.add(i);
  } else {
    for (let i = 0; i < points.points.length; i++) second.add(i);
  }
  return measure(second).slice(0, limit);
}

/** Points inside a polygon's bounding box (they may be inside it, at distance 0). */
function polygonCandidates(geometry: Geometry, { index, points }: PointIndex): number[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  if (points.length === 0) return [];
  const [minX, minY, maxX, maxY] = bbox(geometry);
  return index.range(minX, minY, maxX, maxY);
}

/** Reference implementation: measures every point. Same contract as nearestToGeometry. */
export function nearestBruteForce(
  geometry: Geometry,
  points: PointIndex,
  { limit = 10, maxKm = Infinity }: NearestOptions = {},
): Neighbour[] {
  const out: Neighbour[] = [];
  points.points.forEach((p, index) => {
    const d = distanceToGeometry(geometry, p);
    if (d.distanceKm <= maxKm)
      out.push({ index, distanceKm: d.distanceKm, bearingDeg: d.bearingDeg, from: d.nearest });
  });
  return out.sort(byDistance).slice(0, limit);
}
