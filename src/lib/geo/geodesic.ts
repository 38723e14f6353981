import * as geographiclib from 'geographiclib-geodesic';

// The package is CommonJS: bundlers expose its names directly, plain Node ESM (the bench scripts)
// only as `default`.
const { Geodesic } =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

export type { LonLat } from '../shared/vocabulary';
import type { LonLat } from '../shared/vocabulary';

const WGS84 = Geodesic.WGS84;

export interface GeodesicResult {
  /** Distance along the WGS84 ellipsoid, kilometres. */
  distanceKm: number;
  /** Initial bearing from `from` to `to`, degrees clockwise from north, 0–360. */
  bearingDeg: number;
}

/** Geodesic distance (km) and initial bearing (°) between two points on the WGS84 ellipsoid. */
export function geodesicInverse(from: LonLat, to: LonLat): GeodesicResult {
  const r = WGS84.Inverse(from[1], from[0], to[1], to[0], Geodesic.DISTANCE | Geodesic.AZIMUTH);
  const azi = r.azi1 ?? 0;
  return { distanceKm: (r.s12 ?? 0) / 1000, bearingDeg: (azi + 360) % 360 };
}

/** Geodesic distance between two points on the WGS84 ellipsoid, kilometres. */
export function geodesicDistanceKm(from: LonLat, to: LonLat): number {
  return geodesicInverse(from, to).distanceKm;
}

/** Total geodesic length of a path of points, kilometres (0 for fewer than two points). */
export function pathLengthKm(path: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += geodesicDistanceKm(path[i - 1]!, path[i]!);
  return total;
}

/**
 * Points along the geodesic from `from` to `to`, about every `stepKm` kilometres (both ends
 * included), so a drawn line follows the ellipsoid rather than the screen.
 */
export function geodesicPath(from: LonLat, to: LonLat, stepKm = 5): LonLat[] {
  const line = WGS84.InverseLine(from[1], from[0], to[1], to[0]);
  const totalM = line.s13;
  const n = Math.max(1, Math.ceil(totalM / 1000 / stepKm));
  const points: LonLat[] = [];
  for (let i = 0; i <= n; i++) {
    const p = line.Position((totalM * i) / n, Geodesic.LATITUDE | Geodesic.LONGITUDE);
    points.push([p.lon2 ?? from[0], p.lat2 ?? from[1]]);
  }
  return points;
}

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The 8-point compass direction of a bearing in degrees (e.g. 100 → "E"). */
export function compassPoint(bearingDeg: number): (typeof COMPASS)[number] {
  const i = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return COMPASS[i]!;
}
