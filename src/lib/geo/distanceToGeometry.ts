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
 * polygon, 0 inside and otherwise from the nearest point of its boundary.
 */
export function distanceToGeometry(geometry: Geometry, at: LonLat): GeometryDistance {
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
    return closest(geometry.geometries.map((g) => distanceToGeometry(g, at)));
  }
  if (inside(geometry, at)) return { distanceKm: 0, bearingDeg: 0, nearest: at };
  const parts = lines(geometry).filter((l) => l.length >= 2);
  if (parts.length === 0) throw new Error(`Cannot measure from an empty ${geometry.type}`);
  const nearest = nearestOnLines(parts, at);
  return { ...geodesicInverse(nearest, at), nearest };
}

const RAD = Math.PI / 180;
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

/** Kilometres per degree of longitude and latitude on WGS84 at a latitude (as in cheap-ruler). */
function kmPerDegree(lat: number): [number, number] {
  const cos = Math.cos(lat * RAD);
  const w2 = 1 / (1 - E2 * (1 - cos * cos));
  const w = Math.sqrt(w2);
  const m = RAD * 6378.137;
  return [m * w * cos, m * w * w2 * (1 - E2)];
}

/**
 * The point of the lines nearest to `at`. Segments are straight in longitude/latitude, as RFC 7946
 * defines them; each is compared in a local frame scaled for the WGS84 ellipsoid at the mean
 * latitude of the segment and `at` (plain arithmetic, no allocation). The caller measures the
 * geodesic from the point found; the distance is flat near its minimum, so that is accurate to
 * metres (checked against dense GeographicLib sampling in the tests).
 */
export function nearestOnLines(lines: readonly Position[][], at: LonLat): LonLat {
  let best = Infinity;
  let bx = at[0];
  let by = at[1];
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const [kx, ky] = kmPerDegree((at[1] + (a[1]! + b[1]!) / 2) / 2);
      const ax = (a[0]! - at[0]) * kx;
      const ay = (a[1]! - at[1]) * ky;
      const dx = (b[0]! - a[0]!) * kx;
      const dy = (b[1]! - a[1]!) * ky;
      const len = dx * dx + dy * dy;
      let t = len > 0 ? -(ax * dx + ay * dy) / len : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const d = px * px + py * py;
      if (d < best) {
        best = d;
        bx = a[0]! + t * (b[0]! - a[0]!);
        by = a[1]! + t * (b[1]! - a[1]!);
      }
    }
  }
  return [bx, by];
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
