import type { Geometry } from 'geojson';
import { bboxOf } from './polygon';
import { anchorPoints, distanceToGeometry, MIN_KM_PER_DEG_LAT } from './distanceToGeometry';
import { aroundPoint, type PointIndex } from './pointIndex';
import type { LonLat } from './geodesic';
import { distance as greatCircleKm } from 'geokdbush';
import { pointInPolygon } from './polygon';
import {
  buildShapeIndex,
  distanceToShape,
  positionCount,
  seedBoundsKm,
  SHAPE_INDEX_MIN_POSITIONS,
  type ShapeIndex,
} from './shapeIndex';

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

/** Spacing of search seeds along lines and polygon rings, kilometres: fine, and for pass 1. */
const STEP_KM = 1;
const COARSE_STEP_KM = 5;
/** Seeds per bounding-box search in pass 2. */
const SEEDS_PER_BOX = 32;
/** Most seeds searched in pass 1 (any of them bound the distance; more only tighten it). */
const FIRST_PASS_SEEDS = 256;
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
  // A large shape (thousands of points or vertices) is indexed once, so each point costs a few
  // look-ups, not a pass over every vertex (the same distances: see shapeIndex.ts).
  const shape =
    geometry.type !== 'Point' && positionCount(geometry) > SHAPE_INDEX_MIN_POSITIONS
      ? shapeIndexOf(geometry)
      : null;
  const distanceTo = (at: LonLat) =>
    shape ? distanceToShape(shape, at) : distanceToGeometry(geometry, at);
  // Each point is measured at most once (lines cost one pass over their segments per point).
  const measured = new Map<number, Neighbour | null>();
  const measure = (ids: Iterable<number>): Neighbour[] => {
    const out: Neighbour[] = [];
    for (const index of ids) {
      let n = measured.get(index);
      if (n === undefined) {
        const d = distanceTo(points.points[index]!);
        n =
          d.distanceKm <= maxKm
            ? { index, distanceKm: d.distanceKm, bearingDeg: d.bearingDeg, from: d.nearest }
            : null;
        measured.set(index, n);
      }
      if (n) out.push(n);
    }
    return out.sort(byDistance);
  };
  // Seeds `step` km apart reach every point within `km` of the geometry when searched to this.
  const reach = (km: number, step: number) => (km + step / 2) * SPHERE_SLACK + 0.01;
  // An indexed line or ring bounds a point's distance from its nearest seed alone, so only the
  // points that may be among the nearest are measured segment by segment. 0 inside a polygon.
  const lined = shape && geometry.type !== 'MultiPoint' ? shape : null;
  const within = (at: LonLat) => shape?.polygon === true && pointInPolygon(geometry, at);
  const mayBeWithin = (at: LonLat, km: number) =>
    !lined || seedBoundsKm(lined, at).lowerKm <= km || within(at);

  // Pass 1 (only for a limited count): the nearest few around coarse seeds bound the
  // limit-th distance from above.
  let bound = maxKm;
  if (Number.isFinite(limit)) {
    const first = new Set<number>(polygonCandidates(geometry, points));
    const anchors = sample(anchorPoints(geometry, COARSE_STEP_KM), FIRST_PASS_SEEDS);
    if (lined) {
      // Each anchor lies on the shape: its distance to a point bounds the point's distance from
      // above, so no segment is measured here, and each search reaches no farther than the
      // limit-th bound so far.
      const upper = new Map<number, number>();
      for (const i of first) if (within(points.points[i]!)) upper.set(i, 0);
      let limitKm = upper.size >= limit ? 0 : maxKm;
      // Many anchors along a long shape: each one's nearest few are enough for the bound.
      const perAnchor = Math.min(limit, Math.ceil((2 * limit) / anchors.length));
      anchors.forEach((a, n) => {
        for (const i of aroundPoint(points, a, perAnchor, limitKm / SPHERE_SLACK)) {
          const p = points.points[i]!;
          const km = greatCircleKm(a[0], a[1], p[0], p[1]) * SPHERE_SLACK + 0.01;
          if (km < (upper.get(i) ?? Infinity)) upper.set(i, km);
        }
        // Tightened now and then (any bound is safe; a tighter one makes searches shorter).
        if (upper.size >= limit && (n % 8 === 7 || n === anchors.length - 1)) {
          limitKm = kthSmallest(upper.values(), limit);
        }
      });
      if (upper.size >= limit) bound = Math.min(bound, limitKm);
    } else {
      for (const a of anchors) {
        for (const i of aroundPoint(points, a, limit, reach(maxKm, COARSE_STEP_KM))) first.add(i);
      }
      const found = measure(first);
      if (found.length >= limit) bound = Math.min(bound, found[limit - 1]!.distanceKm);
    }
  }

  // Pass 2: everything within the bound of the geometry: bounding-box searches around runs of
  // seeds 1 km apart, widened by the bound (plus points inside a polygon).
  if (!Number.isFinite(bound)) return measure(points.points.keys()).slice(0, limit);
  const second = new Set<number>(polygonCandidates(geometry, points));
  // Scattered points are taken in the index's spatial order, so each run of seeds is compact.
  const seeds =
    shape && geometry.type === 'MultiPoint'
      ? Array.from(shape.index.ids, (i) => shape.seeds[i]!)
      : anchorPoints(geometry, STEP_KM);
  for (const i of withinOfSeeds(seeds, points, reach(bound, STEP_KM))) {
    second.add(i);
  }
  const candidates = [...second].filter((i) => mayBeWithin(points.points[i]!, bound));
  return measure(candidates).slice(0, limit);
}

/** The k-th smallest of the values (1-based; there must be at least k). */
function kthSmallest(values: Iterable<number>, k: number): number {
  return Array.from(values)
    .sort((a, b) => a - b)
    .at(k - 1)!;
}

/** Shapes are indexed once per geometry object (a site's geometry is read once and kept). */
const shapeIndexes = new WeakMap<Geometry, ShapeIndex>();
function shapeIndexOf(geometry: Geometry): ShapeIndex {
  let shape = shapeIndexes.get(geometry);
  if (!shape) shapeIndexes.set(geometry, (shape = buildShapeIndex(geometry, STEP_KM)));
  return shape;
}

/** At most `n` items spread evenly over the list (all of them when there are fewer). */
function sample<T>(list: readonly T[], n: number): readonly T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);
}

/**
 * Indexes of points that may lie within `km` of any seed: one kdbush range search per run of
 * seeds, over the run's bounding box widened by `km` (conservatively converted to degrees).
 */
function withinOfSeeds(seeds: readonly LonLat[], { index }: PointIndex, km: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < seeds.length; s += SEEDS_PER_BOX) {
    let w = Infinity;
    let e = -Infinity;
    let south = Infinity;
    let north = -Infinity;
    for (const [lon, lat] of seeds.slice(s, s + SEEDS_PER_BOX)) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    const dLat = km / MIN_KM_PER_DEG_LAT;
    const widest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + dLat);
    const dLon = Math.min(180, km / (MIN_KM_PER_DEG_LAT * Math.cos((widest * Math.PI) / 180)));
    for (const i of index.range(w - dLon, south - dLat, e + dLon, north + dLat)) out.push(i);
  }
  return out;
}

/** Points inside a polygon's bounding box (they may be inside it, at distance 0). */
function polygonCandidates(geometry: Geometry, { index, points }: PointIndex): number[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  if (points.length === 0) return [];
  const [minX, minY, maxX, maxY] = bboxOf(geometry);
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
