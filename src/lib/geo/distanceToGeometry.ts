import type { Geometry, Position } from 'geojson';
import { pointInPolygon } from './polygon';
import { geodesicInverse, type LonLat } from './geodesic';

export interface GeometryDistance {
  /** Geodesic distance from the nearest point of the geometry, kilometres (0 inside a polygon). */
  distanceKm: number;
  /** Bearing from the geometry's nearest point to the target, degrees from north. */
  bearingDeg: number;
  /** The geometry's point nearest to the target. */
  nearest: LonLat;
}

function lines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

function inside(geometry: Geometry, at: LonLat): boolean {
  return (
    (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
    pointInPolygon(geometry, at)
  );
}

/**
 * Distance from a site's geometry to a point: for a point, between the two; for a line, from its
 * nearest point (found by `nearestOnLines`, measured by GeographicLib on the WGS84 ellipsoid); for a
 * polygon, 0 inside and otherwise from the nearest point of its boundary. `refine: false` skips
 * the geodesic refinement of far points (see `nearestOnLines`): the distance is then that of a
 * real point of the geometry, never shorter than the true one and at most ~0.1 % longer.
 */
export function distanceToGeometry(
  geometry: Geometry,
  at: LonLat,
  { refine = true }: { refine?: boolean } = {},
): GeometryDistance {
  if (geometry.type === 'Point') {
    const from = geometry.coordinates as LonLat;
    return { ...geodesicInverse(from, at), nearest: from };
  }
  if (geometry.type === 'MultiPoint') {
    return closest(
      geometry.coordinates.map((c) => distanceToGeometry({ type: 'Point', coordinates: c }, at)),
    );
  }
  if (geometry.type === 'GeometryCollection') {
    return closest(geometry.geometries.map((g) => distanceToGeometry(g, at, { refine })));
  }
  if (inside(geometry, at)) return { distanceKm: 0, bearingDeg: 0, nearest: at };
  const parts = lines(geometry).filter((l) => l.length >= 2);
  if (parts.length === 0) throw new Error(`Cannot measure from an empty ${geometry.type}`);
  const nearest = nearestOnLines(parts, at, refine);
  return { ...geodesicInverse(nearest, at), nearest };
}

const RAD = Math.PI / 180;
/** WGS84: flattening, equatorial radius (km), first eccentricity squared. */
const FLATTENING = 1 / 298.257223563;
const A_KM = 6378.137;
const E2 = FLATTENING * (2 - FLATTENING);
const KM_PER_RAD = RAD * A_KM;

/** Segments per group: each group's bounding box lets a search skip its segments at once. */
const GROUP = 16;
/** Fewest km per degree of latitude anywhere on WGS84 (110.57), and of longitude at the equator (111.32), rounded down. */
export const MIN_KM_PER_DEG_LAT = 110.5;
const MAX_KM_PER_DEG_LON = 111.3;
/**
 * A group is searched unless its box is clearly farther than the best segment so far: the local
 * frames are accurate to well under 5 % (and the geodesic refinement below corrects within that).
 */
const SKIP_FACTOR = 1.05;
const SKIP_KM = 0.5;
/**
 * Beyond this distance the local frame's nearest point drifts along a long segment (metres at
 * 100–200 km, hundreds of metres beyond): the few best segments are then refined on the geodesic.
 * (Below it the frame's point is within a metre or two of the nearest: see the tests.)
 */
const REFINE_FROM_KM = 100;
/** Segments refined: the best few by the local frame, within REFINE_FACTOR of the best. */
const MAX_REFINED = 3;
const REFINE_FACTOR = 1.01;
/** The refined point is found to within this distance along its segment, km. */
const REFINE_STEP_KM = 0.02;

/** Bounding boxes of runs of GROUP segments: [west, south, east, north] per group, cached per line. */
const groupBoxes = new WeakMap<readonly Position[], Float64Array>();
function boxesOf(line: readonly Position[]): Float64Array {
  let boxes = groupBoxes.get(line);
  if (boxes) return boxes;
  const groups = Math.max(0, Math.ceil((line.length - 1) / GROUP));
  boxes = new Float64Array(groups * 4);
  for (let g = 0; g < groups; g++) {
    let w = Infinity;
    let south = Infinity;
    let e = -Infinity;
    let north = -Infinity;
    const last = Math.min(line.length - 1, (g + 1) * GROUP);
    for (let i = g * GROUP; i <= last; i++) {
      const x = line[i]![0]!;
      const y = line[i]![1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    boxes[g * 4] = w;
    boxes[g * 4 + 1] = south;
    boxes[g * 4 + 2] = e;
    boxes[g * 4 + 3] = north;
  }
  groupBoxes.set(line, boxes);
  return boxes;
}

/** A lower bound of the distance from `at` to anything in a box, km (conservative scales). */
function boxLowerBoundKm(boxes: Float64Array, g: number, x: number, y: number): number {
  const w = boxes[g * 4]!;
  const south = boxes[g * 4 + 1]!;
  const e = boxes[g * 4 + 2]!;
  const north = boxes[g * 4 + 3]!;
  const dx = x < w ? w - x : x > e ? x - e : 0;
  const dy = y < south ? south - y : y > north ? y - north : 0;
  if (dx === 0 && dy === 0) return 0;
  // Meridians are closest where the box or the point is farthest from the equator.
  const lat = Math.min(89.9, Math.max(Math.abs(south), Math.abs(north), Math.abs(y)) + dy);
  const kx = MAX_KM_PER_DEG_LON * Math.cos(lat * RAD) * 0.98;
  return Math.hypot(dx * kx, dy * MIN_KM_PER_DEG_LAT);
}

interface Candidate {
  a: Position;
  b: Position;
  t: number;
  km: number;
  /** The segment's place in the lines (line, then vertex), so ties resolve in the lines' order. */
  order: number;
}

/**
 * The point of the lines nearest to `at`. Segments are straight in longitude/latitude, as RFC 7946
 * defines them; each is compared in a local frame scaled for the WGS84 ellipsoid at the mean
 * latitude of the segment and `at` (plain arithmetic, as in cheap-ruler). Runs of GROUP segments
 * are visited nearest box first, and the search stops at the first box clearly farther than the
 * best segment found. Near the lines the frame is accurate to centimetres; beyond REFINE_FROM_KM
 * the best few segments are refined on the geodesic itself (GeographicLib), so the result stays
 * within metres at any distance (checked against dense GeographicLib sampling in the tests, out to
 * 900 km).
 */
export function nearestOnLines(lines: readonly Position[][], at: LonLat, refine = true): LonLat {
  const x = at[0];
  const y = at[1];
  // Every group's lower bound, then the groups nearest first.
  const bound: number[] = [];
  const where: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.length < 2) continue;
    const boxes = boxesOf(line);
    for (let g = 0; g * 4 < boxes.length; g++) {
      bound.push(boxLowerBoundKm(boxes, g, x, y));
      where.push(l, g);
    }
  }
  const visit = Array.from(bound.keys()).sort((p, q) => bound[p]! - bound[q]!);
  let best = Infinity;
  const candidates: Candidate[] = [];
  for (const k of visit) {
    if (bound[k]! > best * SKIP_FACTOR + SKIP_KM) break;
    const l = where[2 * k]!;
    const g = where[2 * k + 1]!;
    const line = lines[l]!;
    const last = Math.min(line.length - 1, (g + 1) * GROUP);
    for (let i = g * GROUP + 1; i <= last; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      // km per degree of longitude and latitude on WGS84 at the frame's latitude.
      const cos = Math.cos(((y + (a[1]! + b[1]!) / 2) / 2) * RAD);
      const w2 = 1 / (1 - E2 * (1 - cos * cos));
      const kx = KM_PER_RAD * Math.sqrt(w2) * cos;
      const ky = KM_PER_RAD * Math.sqrt(w2) * w2 * (1 - E2);
      const ax = (a[0]! - x) * kx;
      const ay = (a[1]! - y) * ky;
      const dx = (b[0]! - a[0]!) * kx;
      const dy = (b[1]! - a[1]!) * ky;
      const len = dx * dx + dy * dy;
      let t = len > 0 ? -(ax * dx + ay * dy) / len : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const km = Math.sqrt(px * px + py * py);
      if (km <= best * SKIP_FACTOR + SKIP_KM) {
        candidates.push({ a, b, t, km, order: l * 1e7 + i });
      }
      if (km < best) best = km;
    }
  }
  if (candidates.length === 0) return [x, y];
  // The first of the smallest, in the lines' order (as a pass over every segment finds it).
  let first = candidates[0]!;
  for (const c of candidates) {
    if (c.km < first.km || (c.km === first.km && c.order < first.order)) first = c;
  }
  if (!refine || best <= REFINE_FROM_KM) return pointOn(first.a, first.b, first.t);
  const near = candidates
    .filter((c) => c.km <= best * REFINE_FACTOR)
    .sort((p, q) => p.km - q.km || p.order - q.order)
    .slice(0, MAX_REFINED);
  let point: LonLat = pointOn(first.a, first.b, first.t);
  let pointKm = Infinity;
  for (const c of near) {
    const refined = refineOnSegment(c, at);
    if (refined.km < pointKm) ({ point, km: pointKm } = refined);
  }
  return point;
}

/**
 * Lambert's formula for long lines on the WGS84 ellipsoid, km: the great-circle angle between the
 * reduced latitudes, corrected for the flattening (within about 10 m over 1,000 km).
 */
function lambertKm(p: LonLat, q: LonLat): number {
  const b1 = Math.atan((1 - FLATTENING) * Math.tan(p[1] * RAD));
  const b2 = Math.atan((1 - FLATTENING) * Math.tan(q[1] * RAD));
  const sinDb = Math.sin((b2 - b1) / 2);
  const sinDl = Math.sin(((q[0] - p[0]) * RAD) / 2);
  const h = sinDb * sinDb + Math.cos(b1) * Math.cos(b2) * sinDl * sinDl;
  const sigma = 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  if (sigma === 0) return 0;
  const P = (b1 + b2) / 2;
  const Q = (b2 - b1) / 2;
  const sinP = Math.sin(P);
  const cosP = Math.cos(P);
  const sinQ = Math.sin(Q);
  const cosQ = Math.cos(Q);
  const cosHalf = Math.cos(sigma / 2);
  const sinHalf = Math.sin(sigma / 2);
  const X = ((sigma - Math.sin(sigma)) * sinP * sinP * cosQ * cosQ) / (cosHalf * cosHalf);
  const Y = ((sigma + Math.sin(sigma)) * cosP * cosP * sinQ * sinQ) / (sinHalf * sinHalf);
  return A_KM * (sigma - (FLATTENING / 2) * (X + Y));
}

function pointOn(a: Position, b: Position, t: number): LonLat {
  return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/**
 * The segment's point nearest to `at` on the ellipsoid. The squared distance along a segment is
 * very nearly a parabola in its parameter (exactly one on a plane), so successive parabolas
 * through three samples find its minimum in two or three rounds; the result is never farther than
 * the local frame's own point. Distances here are Lambert's (below): smooth and within metres of
 * GeographicLib, so they place the minimum as well at a twentieth of the cost; the caller
 * measures the point found with GeographicLib.
 */
function refineOnSegment(c: Candidate, at: LonLat): { point: LonLat; km: number } {
  const f = (t: number) => lambertKm(pointOn(c.a, c.b, t), at);
  const start = f(c.t);
  // The segment's length, km (the local frame is plenty for choosing step sizes).
  const cos = Math.cos((((c.a[1]! + c.b[1]!) / 2) * Math.PI) / 180);
  const lengthKm = Math.hypot((c.b[0]! - c.a[0]!) * 111.3 * cos, (c.b[1]! - c.a[1]!) * 110.6);
  if (lengthKm <= REFINE_STEP_KM) return { point: pointOn(c.a, c.b, c.t), km: start };
  let t = c.t;
  let h = Math.min(0.5, Math.max(REFINE_STEP_KM, 0.05 * start) / lengthKm);
  for (let round = 0; round < 4; round++) {
    const g0 = f(t - h) ** 2;
    const g1 = f(t) ** 2;
    const g2 = f(t + h) ** 2;
    const curvature = g0 - 2 * g1 + g2;
    if (!(curvature > 0)) break;
    const next = Math.min(1, Math.max(0, t + (h * (g0 - g2)) / (2 * curvature)));
    const moved = Math.abs(next - t);
    t = next;
    if (moved * lengthKm < REFINE_STEP_KM) break;
    h = Math.max(moved, REFINE_STEP_KM / lengthKm);
  }
  const km = f(t);
  return km < start
    ? { point: pointOn(c.a, c.b, t), km }
    : { point: pointOn(c.a, c.b, c.t), km: start };
}

function closest(results: GeometryDistance[]): GeometryDistance {
  if (results.length === 0) throw new Error('Cannot measure from an empty geometry');
  return results.reduce((a, b) => (b.distanceKm < a.distanceKm ? b : a));
}

/**
 * Points spread along the geometry no more than `stepKm` apart (its vertices, with extra points on
 * long segments), used to seed index searches. Every point of the geometry's lines lies within
 * stepKm / 2 of one of them.
 */
export function anchorPoints(geometry: Geometry, stepKm: number): LonLat[] {
  if (geometry.type === 'Point') return [geometry.coordinates as LonLat];
  if (geometry.type === 'MultiPoint') return geometry.coordinates as LonLat[];
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.flatMap((g) => anchorPoints(g, stepKm));
  }
  const out: LonLat[] = [];
  for (const part of lines(geometry)) {
    for (let i = 0; i < part.length; i++) {
      const b = part[i] as LonLat;
      const a = part[i - 1] as LonLat | undefined;
      if (a) {
        // Roughly km per degree, generous so the step is never exceeded.
        const dx = (b[0] - a[0]) * 111.4 * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
        const dy = (b[1] - a[1]) * 111.7;
        const n = Math.ceil(Math.hypot(dx, dy) / stepKm);
        for (let k = 1; k < n; k++) {
          out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
        }
      }
      out.push(b);
    }
  }
  return out;
}
