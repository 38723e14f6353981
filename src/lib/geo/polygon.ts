import type { Geometry, Position } from 'geojson';
import * as geographiclib from 'geographiclib-geodesic';
import type { LonLat } from './geodesic';

const { Geodesic, PolygonArea } =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

function ringsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(ringsOf);
  return [];
}

/** Even–odd ray casting: is the point inside this ring (edges in lon/lat, as RFC 7946 draws)? */
function inRing(ring: Position[], at: LonLat): boolean {
  if (ring.length > BANDED_FROM) return inBandedRing(bandsOf(ring), ring, at);
  const [x, y] = at;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rings longer than this are cut into horizontal bands, each listing the edges that reach it. */
const BANDED_FROM = 32;

interface RingBands {
  west: number;
  south: number;
  east: number;
  north: number;
  /** Band height, degrees of latitude. */
  step: number;
  /** Edges of each band (edge i joins vertex i - 1, or the last, to vertex i): band b is start[b]…start[b + 1]. */
  start: Int32Array;
  edges: Int32Array;
}

const ringBands = new WeakMap<Position[], RingBands>();

/** A ring's bands, built once per ring (a district's outline is tested for hundreds of points). */
function bandsOf(ring: Position[]): RingBands {
  const cached = ringBands.get(ring);
  if (cached) return cached;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as [number, number][]) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  const count = Math.max(1, Math.min(256, Math.ceil(ring.length / 8)));
  const step = (north - south) / count || 1;
  const bandOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - south) / step)));
  // Each edge goes in every band its latitude span touches (ends included).
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const yi = ring[i]![1]!;
    const yj = ring[j]![1]!;
    for (let b = bandOf(Math.min(yi, yj)); b <= bandOf(Math.max(yi, yj)); b++) lists[b]!.push(i);
  }
  const start = new Int32Array(count + 1);
  lists.forEach((l, b) => (start[b + 1] = start[b]! + l.length));
  const bands = { west, south, east, north, step, start, edges: Int32Array.from(lists.flat()) };
  ringBands.set(ring, bands);
  return bands;
}

/** The same even–odd test over only the edges of the point's band (none outside the box). */
function inBandedRing(bands: RingBands, ring: Position[], [x, y]: LonLat): boolean {
  if (!(x >= bands.west && x <= bands.east && y >= bands.south && y <= bands.north)) return false;
  const count = bands.start.length - 1;
  const b = Math.min(count - 1, Math.max(0, Math.floor((y - bands.south) / bands.step)));
  let inside = false;
  for (let k = bands.start[b]!; k < bands.start[b + 1]!; k++) {
    const i = bands.edges[k]!;
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[i === 0 ? ring.length - 1 : i - 1] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a Polygon or MultiPolygon (inside its outer ring, not in a hole). */
export function pointInPolygon(geometry: Geometry, at: LonLat): boolean {
  return ringsOf(geometry).some(
    ([outer, ...holes]) => !!outer && inRing(outer, at) && !holes.some((h) => inRing(h, at)),
  );
}

/** [west, south, east, north] of any geometry, degrees. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const [w, s, e, n] = bboxOf(g);
      visit([
        [w, s],
        [e, n],
      ]);
    }
  } else visit(geometry.coordinates);
  return box;
}

/** Geodesic area of a Polygon or MultiPolygon on WGS84 (GeographicLib), km², holes subtracted. */
export function areaKm2(geometry: Geometry): number {
  let total = 0;
  for (const rings of ringsOf(geometry)) {
    rings.forEach((ring, i) => {
      const poly = new PolygonArea.PolygonArea(Geodesic.WGS84, false);
      for (const [lon, lat] of ring.slice(0, -1) as [number, number][]) poly.AddPoint(lat, lon);
      const a = Math.abs(poly.Compute(false, true).area ?? 0) / 1e6;
      total += i === 0 ? a : -a;
    });
  }
  return total;
}
