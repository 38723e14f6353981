import type { Geometry, Position } from 'geojson';
import KDBush from 'kdbush';
import { around, distance as greatCircleKm } from 'geokdbush';
import { geodesicInverse, type LonLat } from './geodesic';
import {
  anchorPoints,
  distanceToGeometry,
  nearestOnLines,
  type GeometryDistance,
} from './distanceToGeometry';
import { pointInPolygon } from './polygon';

/**
 * A large shape (thousands of points or vertices) indexed so that measuring from it to a point
 * costs a few index look-ups instead of a pass over every vertex: its points, or points spread
 * along its segments no more than `stepKm` apart, in a kdbush index, each knowing its segment.
 * `distanceToShape` gives the same answer as `distanceToGeometry` (checked against it).
 */
export interface ShapeIndex {
  readonly geometry: Geometry;
  /** Points (Point/MultiPoint) or seeds along segments (lines, polygon rings). */
  readonly seeds: readonly LonLat[];
  readonly index: KDBush;
  /** Lines and rings: the segment of each seed, as its line and its end vertex in that line. */
  readonly seedLine: Int32Array;
  readonly seedVertex: Int32Array;
  readonly lines: readonly Position[][];
  readonly stepKm: number;
  readonly polygon: boolean;
}

/** Shapes with more positions than this are worth indexing. */
export const SHAPE_INDEX_MIN_POSITIONS = 64;
/**
 * Larger shapes than these are measured off the page (a worker): every shipped site is smaller
 * (at most 379 positions), and these take well under the 50 ms a click may cost on the page.
 */
export const LARGE_SHAPE_POSITIONS = 1_000;
export const LARGE_SHAPE_POINTS = 200;

/** How many positions a geometry has. */
export function positionCount(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((n, l) => n + l.length, 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((n, r) => n + r.reduce((m, l) => m + l.length, 0), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((n, g) => n + positionCount(g), 0);
  }
}

/** Whether measuring from a geometry may take long enough to block the page (see above). */
export function isLargeShape(geometry: Geometry): boolean {
  const n = positionCount(geometry);
  return n > LARGE_SHAPE_POSITIONS || (geometry.type === 'MultiPoint' && n > LARGE_SHAPE_POINTS);
}

/** Great-circle (index) vs WGS84 distances differ by well under 1%; the local frame a bit more. */
const SPHERE_SLACK = 1.01;
const FRAME_SLACK = 1.1;
/** Beyond this the local frame of `nearestOnLines` drifts: measure every segment instead. */
const FAR_KM = 300;

function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** Indexes a Point/MultiPoint, LineString/MultiLineString or Polygon/MultiPolygon. */
export function buildShapeIndex(geometry: Geometry, stepKm = 1): ShapeIndex {
  const seeds: LonLat[] = [];
  const lineOf: number[] = [];
  const vertexOf: number[] = [];
  const lines = linesOf(geometry).filter((l) => l.length >= 2);
  if (geometry.type === 'Point') seeds.push(geometry.coordinates as LonLat);
  // A loop, not a spread: a MultiPoint of 130,000 positions would overflow the stack as arguments.
  else if (geometry.type === 'MultiPoint')
    for (const c of geometry.coordinates) seeds.push(c as LonLat);
  else {
    lines.forEach((line, l) => {
      for (let v = 1; v < line.length; v++) {
        const segment: Geometry = { type: 'LineString', coordinates: [line[v - 1]!, line[v]!] };
        for (const s of anchorPoints(segment, stepKm)) {
          seeds.push(s);
          lineOf.push(l);
          vertexOf.push(v);
        }
      }
    });
  }
  const index = new KDBush(Math.max(1, seeds.length));
  for (const [lon, lat] of seeds) index.add(lon, lat);
  if (!seeds.length) index.add(0, 90);
  index.finish();
  return {
    geometry,
    seeds,
    index,
    seedLine: Int32Array.from(lineOf),
    seedVertex: Int32Array.from(vertexOf),
    lines,
    stepKm,
    polygon: geometry.type === 'Polygon' || geometry.type === 'MultiPolygon',
  };
}

/**
 * Distance from an indexed shape to a point: the same as `distanceToGeometry(shape.geometry, at)`.
 * Points: the nearest by great circle bounds the search; every point within that bound (plus the
 * sphere's slack) is measured on the ellipsoid. Lines and rings: the segments with a seed within
 * the nearest seed's distance plus half a step (and the local frame's slack) are searched.
 */
export function distanceToShape(shape: ShapeIndex, at: LonLat): GeometryDistance {
  const { geometry, seeds, index } = shape;
  if (!seeds.length) return distanceToGeometry(geometry, at);
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
    const first = around(index, at[0], at[1], 1)[0]!;
    const gc = geodesicInverse(seeds[first]!, at).distanceKm;
    const near = around(index, at[0], at[1], Infinity, gc * SPHERE_SLACK + 0.001).sort(
      (a, b) => a - b,
    );
    // As distanceToGeometry does: the first of the smallest, in the shape's order.
    let best: GeometryDistance | null = null;
    for (const i of near) {
      const from = seeds[i]!;
      const d = geodesicInverse(from, at);
      if (!best || d.distanceKm < best.distanceKm) best = { ...d, nearest: from };
    }
    return best ?? distanceToGeometry(geometry, at);
  }
  if (shape.polygon && pointInPolygon(geometry, at)) {
    return { distanceKm: 0, bearingDeg: 0, nearest: at };
  }
  // The nearest seed by great circle, a bound within the sphere's slack of the ellipsoid's.
  const gc = nearestSeedKm(shape, at) * SPHERE_SLACK;
  if (gc > FAR_KM) return distanceToGeometry(geometry, at);
  const reach = (gc + shape.stepKm / 2) * FRAME_SLACK * SPHERE_SLACK + 0.01;
  // The candidate segments, in the shape's own order (so ties resolve as a full pass would).
  const segments = new Set<number>();
  const width = shape.lines.reduce((n, l) => Math.max(n, l.length), 0) + 1;
  for (const i of around(index, at[0], at[1], Infinity, reach)) {
    segments.add(shape.seedLine[i]! * width + shape.seedVertex[i]!);
  }
  const parts = [...segments]
    .sort((a, b) => a - b)
    .map((k) => {
      const line = shape.lines[Math.floor(k / width)]!;
      const v = k % width;
      return [line[v - 1]!, line[v]!];
    });
  const nearest = nearestOnLines(parts, at);
  return { ...geodesicInverse(nearest, at), nearest };
}

/** Great-circle kilometres (sphere of 6,371 km) from `at` to the shape's nearest seed. */
export function nearestSeedKm(shape: ShapeIndex, at: LonLat): number {
  const seed = shape.seeds[around(shape.index, at[0], at[1], 1)[0]!]!;
  return greatCircleKm(seed[0], seed[1], at[0], at[1]);
}

/**
 * Bounds on the WGS84 distance from a line or ring shape to `at`, from its nearest seed alone (no
 * segment is measured): the seed lies on the shape (an upper bound) and every point of the
 * shape lies within half a step of a seed (a lower bound), each with the sphere's and the local
 * frame's slack. Not for points (use the seed distance) nor inside polygons (0 there).
 */
export function seedBoundsKm(shape: ShapeIndex, at: LonLat): { lowerKm: number; upperKm: number } {
  const km = nearestSeedKm(shape, at);
  return {
    lowerKm: Math.max(
      0,
      km / (SPHERE_SLACK * FRAME_SLACK) - (shape.stepKm / 2) * FRAME_SLACK - 0.01,
    ),
    upperKm: km * SPHERE_SLACK + 0.01,
  };
}
