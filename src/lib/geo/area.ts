/**
 * Where a site may be: its uncertainty area, and the range [min, max] of true distances it gives.
 *
 * A site located only to a district, region or city lies somewhere in that polygon; one located
 * to a town without an outline, or approximately, within a stated radius of its point (a circle).
 * Its true distance to anything lies between the distance from the area's nearest point and the
 * distance from its farthest point. All distances are geodesic on WGS84 (GeographicLib);
 * polygon edges are straight in longitude/latitude, as RFC 7946 draws them.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicDistanceKm, type LonLat } from './geodesic';
import { distanceToGeometry, nearestOnLines } from './distanceToGeometry';
import { bboxOf, pointInPolygon } from './polygon';
import { circleRing } from './rings';

/** A polygon an uncertain site lies in. */
export type Shape = Polygon | MultiPolygon;

/** Where a site may be: a circle of `radiusKm` around a point, or a polygon. */
export type Area =
  { kind: 'circle'; center: LonLat; radiusKm: number } | { kind: 'shape'; shape: Shape };

/** A range of possible distances, kilometres. */
export interface KmRange {
  minKm: number;
  maxKm: number;
}

/**
 * Kilometres per degree of longitude and latitude at a latitude, rounded up over WGS84 (at most
 * 111.7 km per degree of latitude, 111.33 of longitude at the equator): bounds, not estimates.
 */
function kmPerDeg(lat: number): [number, number] {
  return [111.45 * Math.cos((lat * Math.PI) / 180), 111.7];
}

/** The outer rings of a polygon or multipolygon (holes never hold a farthest point). */
function outerRings(shape: Shape): Position[][] {
  return shape.type === 'Polygon'
    ? shape.coordinates.slice(0, 1)
    : shape.coordinates.map((p) => p[0] ?? []);
}

/** Every ring (outer and holes) as lines, for nearest-point searches. */
function allRings(shape: Shape): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

const hullCache = new WeakMap<Shape, LonLat[]>();

/**
 * The vertices of the shape's convex hull (Andrew's monotone chain in a local equirectangular
 * frame, where straight lon/lat edges stay straight). The point of a shape farthest from anything
 * convex (a point, another hull) is one of them.
 */
export function hullOf(shape: Shape): LonLat[] {
  const cached = hullCache.get(shape);
  if (cached) return cached;
  const pts = outerRings(shape).flat() as LonLat[];
  const [, s, , n] = bboxOf(shape);
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const sorted = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: LonLat, a: LonLat, b: LonLat) =>
    (a[0] - o[0]) * k * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]) * k;
  const half = (list: LonLat[]): LonLat[] => {
    const out: LonLat[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) {
        out.pop();
      }
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = sorted.length < 3 ? sorted : [...half(sorted), ...half([...sorted].reverse())];
  hullCache.set(shape, hull);
  return hull;
}

/** Haversine distance, km (an estimate within about 0.5% of the WGS84 geodesic). */
function roughKm(a: LonLat, b: LonLat): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimates within this factor of the largest are measured exactly. */
const ROUGH_SLACK = 0.99;

/**
 * Bounds on the distance from `at` to the shape's farthest point, km, from estimates alone (no
 * geodesic is measured): `farthestVertex(shape, at).km` lies between them.
 */
export function farthestBoundsKm(shape: Shape, at: LonLat): { lowerKm: number; upperKm: number } {
  let top = 0;
  for (const v of hullOf(shape)) top = Math.max(top, roughKm(v, at));
  return { lowerKm: top * ROUGH_SLACK - 0.05, upperKm: top / ROUGH_SLACK + 0.05 };
}

/**
 * The point of the shape farthest from `at` and its geodesic distance, km. The farthest point of
 * a polygon from a point is a vertex of its convex hull; hull vertices are estimated first and
 * the few that could be farthest are measured with GeographicLib.
 */
export function farthestVertex(shape: Shape, at: LonLat): { km: number; at: LonLat } {
  const hull = hullOf(shape);
  const rough = hull.map((v) => roughKm(v, at));
  const top = Math.max(...rough);
  let best = { km: -Infinity, at: at };
  hull.forEach((v, i) => {
    if (rough[i]! < top * ROUGH_SLACK - 0.05) return;
    const km = geodesicDistanceKm(v, at);
    if (km > best.km) best = { km, at: v };
  });
  return best;
}

/** The range of distances from a site somewhere in `area` to a point, km. */
export function rangeToPoint(area: Area, at: LonLat): KmRange {
  if (area.kind === 'circle') {
    const d = geodesicDistanceKm(area.center, at);
    return { minKm: Math.max(0, d - area.radiusKm), maxKm: d + area.radiusKm };
  }
  return {
    minKm: distanceToGeometry(area.shape, at).distanceKm,
    maxKm: farthestVertex(area.shape, at).km,
  };
}

/** The area as a polygon (a circle as Turf's 96-gon on its radius). */
export function areaShape(area: Area): Shape {
  if (area.kind === 'shape') return area.shape;
  return (
    circleRing(area.center, area.radiusKm)?.geometry ?? {
      type: 'Polygon',
      coordinates: [[area.center, area.center, area.center, area.center]],
    }
  );
}

/** Line parts of any geometry (polygon rings included). */
function partsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
      return g.coordinates.map((c) => [c]);
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(partsOf);
  }
}

function isShape(g: Geometry): g is Shape {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/** Whether segments ab and cd cross or touch (in lon/lat). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
  const on = (p: Position, q: Position, r: Position) =>
    Math.min(p[0]!, r[0]!) <= q[0]! &&
    q[0]! <= Math.max(p[0]!, r[0]!) &&
    Math.min(p[1]!, r[1]!) <= q[1]! &&
    q[1]! <= Math.max(p[1]!, r[1]!);
  const o1 = o(a, b, c);
  const o2 = o(a, b, d);
  const o3 = o(c, d, a);
  const o4 = o(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && on(a, c, b)) ||
    (o2 === 0 && on(a, d, b)) ||
    (o3 === 0 && on(c, a, d)) ||
    (o4 === 0 && on(c, b, d))
  );
}

function boxesApart(a: Geometry, b: Geometry): boolean {
  const [aw, as, ae, an] = bboxOf(a);
  const [bw, bs, be, bn] = bboxOf(b);
  return aw > be || bw > ae || as > bn || bs > an;
}

/** Whether two geometries share any point (crossing edges, or one inside a polygon of the other). */
export function geometriesMeet(a: Geometry, b: Geometry): boolean {
  if (boxesApart(a, b)) return false;
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (isShape(a) && pb.some((l) => l.some((p) => pointInPolygon(a, p as LonLat)))) return true;
  if (isShape(b) && pa.some((l) => l.some((p) => pointInPolygon(b, p as LonLat)))) return true;
  for (const la of pa) {
    for (let i = 1; i < la.length; i++) {
      for (const lb of pb) {
        for (let j = 1; j < lb.length; j++) {
          if (segmentsMeet(la[i - 1]!, la[i]!, lb[j - 1]!, lb[j]!)) return true;
        }
      }
    }
  }
  // Single points (Point, MultiPoint) on a line of the other.
  const dots = (parts: Position[][]) => parts.filter((l) => l.length === 1).map((l) => l[0]!);
  return [...dots(pa).map((p) => [p, b] as const), ...dots(pb).map((p) => [p, a] as const)].some(
    ([p, g]) => distanceToGeometry(g, p as LonLat).distanceKm === 0,
  );
}

/**
 * The geodesic distance between the nearest points of two geometries, km (0 when they meet).
 * Between edges that do not cross, the nearest pair has a vertex of one of them at one end.
 */
export function gapKm(a: Geometry, b: Geometry): number {
  if (geometriesMeet(a, b)) return 0;
  // Every vertex measured without the far-point refinement (never shorter than the truth, at most
  // ~0.1 % longer), then only those that could still be the nearest measured exactly.
  const rough: { p: LonLat; to: Geometry; km: number }[] = [];
  let least = Infinity;
  const from = (verts: Geometry, to: Geometry) => {
    for (const line of partsOf(verts)) {
      for (const p of line) {
        const km = distanceToGeometry(to, p as LonLat, { refine: false }).distanceKm;
        rough.push({ p: p as LonLat, to, km });
        least = Math.min(least, km);
      }
    }
  };
  from(a, b);
  from(b, a);
  let best = least;
  for (const r of rough) {
    if (r.km * ROUGH_FACTOR <= least) {
      best = Math.min(best, distanceToGeometry(r.to, r.p).distanceKm);
    }
  }
  return best;
}
/** A rough distance is at most this much too long, as a factor (0.05 % seen at 900 km). */
const ROUGH_FACTOR = 0.995;

interface Cell {
  x: number;
  y: number;
  /** Half the cell's width and height, degrees. */
  hx: number;
  hy: number;
  /** Distance from the cell's centre to the target, km. */
  d: number;
  /** Upper bound of the distance to the target from any point of the cell, km. */
  bound: number;
}

/** A small binary heap of cells, largest bound first. */
class CellQueue {
  readonly #items: Cell[] = [];
  get size(): number {
    return this.#items.length;
  }
  push(c: Cell): void {
    const a = this.#items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.bound >= a[i]!.bound) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): Cell | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.bound > a[m]!.bound) m = l;
        if (r < a.length && a[r]!.bound > a[m]!.bound) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** Branch-and-bound stops refining when no cell can beat the best by more than this, km. */
export const FARTHEST_TOLERANCE_KM = 0.05;

/**
 * The largest distance from a point of `shape` to `target`, km: the farthest the site can be
 * from a line or area. Distance to a fixed geometry grows at most 1 km per km moved, so a cell of
 * the shape is at most its centre's distance plus its half-diagonal away; cells are split (as in
 * polylabel) until none can beat the best point found by more than FARTHEST_TOLERANCE_KM. The
 * result is the distance of a real point of the shape, so it is never above the true maximum and
 * at most the tolerance below it.
 */
export function farthestFromGeometry(shape: Shape, target: Geometry): number {
  if (target.type === 'Point') return farthestVertex(shape, target.coordinates as LonLat).km;
  const dist = (p: LonLat) => distanceToGeometry(target, p).distanceKm;
  let best = 0;
  for (const v of outerRings(shape).flat()) best = Math.max(best, dist(v as LonLat));
  const rings = allRings(shape);
  const queue = new CellQueue();
  const cell = (x: number, y: number, hx: number, hy: number): Cell => {
    const d = dist([x, y]);
    // Half-diagonal in km, generous: the widest longitude scale in the cell, and 1% more.
    const [kx, ky] = kmPerDeg(Math.max(0, Math.abs(y) - hy));
    return { x, y, hx, hy, d, bound: d + Math.hypot(hx * kx, hy * ky) * 1.01 };
  };
  const consider = (c: Cell): void => {
    const at: LonLat = [c.x, c.y];
    if (pointInPolygon(shape, at)) best = Math.max(best, c.d);
    else {
      // Outside: the cell counts only if the shape reaches into it; its nearest point does.
      const near = nearestOnLines(rings, at);
      const [kx, ky] = kmPerDeg(c.y);
      const awayKm = Math.hypot((near[0] - c.x) * kx, (near[1] - c.y) * ky) * 0.99;
      if (awayKm > c.bound - c.d) return;
      best = Math.max(best, dist(near));
    }
    if (c.bound > best + FARTHEST_TOLERANCE_KM) queue.push(c);
  };
  // Square cells (in km) covering the bounding box, as many as the shape is elongated.
  const [w, s, e, n] = bboxOf(shape);
  const [kx0, ky0] = kmPerDeg((s + n) / 2);
  const sideKm = Math.min((e - w) * kx0, (n - s) * ky0);
  if (!(sideKm > 0)) return best;
  const hy = sideKm / ky0 / 2;
  const hx = sideKm / kx0 / 2;
  for (let x = w; x < e; x += 2 * hx) {
    for (let y = s; y < n; y += 2 * hy) consider(cell(x + hx, y + hy, hx, hy));
  }
  while (queue.size) {
    const c = queue.pop()!;
    if (c.bound <= best + FARTHEST_TOLERANCE_KM) break;
    const qx = c.hx / 2;
    const qy = c.hy / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      consider(cell(c.x + dx * qx, c.y + dy * qy, qx, qy));
    }
  }
  return best;
}

/**
 * The range of distances from a site somewhere in `area` to a fixed geometry (a point, a line, a
 * polygon: 0 when they meet), km.
 */
export function rangeToGeometry(area: Area, target: Geometry): KmRange {
  if (target.type === 'Point') return rangeToPoint(area, target.coordinates as LonLat);
  if (area.kind === 'circle') {
    const d = distanceToGeometry(target, area.center).distanceKm;
    return {
      minKm: Math.max(0, d - area.radiusKm),
      maxKm: farthestFromGeometry(areaShape(area), target),
    };
  }
  return { minKm: gapKm(area.shape, target), maxKm: farthestFromGeometry(area.shape, target) };
}

/** The range of distances between two sites somewhere in their areas, km. */
export function rangeBetweenAreas(a: Area, b: Area): KmRange {
  if (a.kind === 'circle' && b.kind === 'circle') {
    const d = geodesicDistanceKm(a.center, b.center);
    return {
      minKm: Math.max(0, d - a.radiusKm - b.radiusKm),
      maxKm: d + a.radiusKm + b.radiusKm,
    };
  }
  if (a.kind === 'circle' || b.kind === 'circle') {
    const [c, p] = (a.kind === 'circle' ? [a, b] : [b, a]) as [
      Extract<Area, { kind: 'circle' }>,
      Extract<Area, { kind: 'shape' }>,
    ];
    const min = distanceToGeometry(p.shape, c.center).distanceKm - c.radiusKm;
    return {
      minKm: Math.max(0, min),
      maxKm: farthestVertex(p.shape, c.center).km + c.radiusKm,
    };
  }
  // The farthest pair of two shapes joins a vertex of each one's convex hull.
  let max = 0;
  for (const v of hullOf(a.shape)) max = Math.max(max, farthestVertex(b.shape, v).km);
  return { minKm: gapKm(a.shape, b.shape), maxKm: max };
}
