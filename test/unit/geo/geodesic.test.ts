import { describe, expect, it } from 'vitest';
import { distance as turfDistance } from '@turf/distance';
import {
  compassPoint,
  geodesicDistanceKm,
  geodesicInverse,
  geodesicPath,
  pathLengthKm,
} from '../../../src/lib/geo/geodesic';

describe('geodesic distances on WGS84', () => {
  // Reference values from GeographicLib's documentation (GeodSolve -i).
  it('matches JFK → LHR', () => {
    const r = geodesicInverse([-73.8, 40.6], [-0.5, 51.6]);
    expect(r.distanceKm).toBeCloseTo(5551.7594, 5);
    expect(r.bearingDeg).toBeCloseTo(51.198882845579, 8);
  });

  it('matches Wellington → Salamanca', () => {
    const r = geodesicInverse([174.81, -41.32], [-5.5, 40.96]);
    expect(r.distanceKm * 1000).toBeCloseTo(19959679.26735, 3);
    expect(r.bearingDeg).toBeCloseTo(161.06766998615, 8);
  });

  it('differs from a sphere by under 0.5% across Kyrgyzstan', () => {
    const bishkek: [number, number] = [74.59, 42.87];
    const osh: [number, number] = [72.8, 40.53];
    const ellipsoid = geodesicDistanceKm(bishkek, osh);
    const sphere = turfDistance(bishkek, osh, { units: 'kilometers' });
    expect(ellipsoid).not.toBe(sphere);
    expect(Math.abs(ellipsoid - sphere) / ellipsoid).toBeLessThan(0.005);
  });

  it('is zero for the same point and symmetric', () => {
    expect(geodesicDistanceKm([75, 41], [75, 41])).toBe(0);
    const a: [number, number] = [75.42722, 40.5925];
    const b: [number, number] = [73.82972, 39.65194];
    expect(geodesicDistanceKm(a, b)).toBeCloseTo(geodesicDistanceKm(b, a), 9);
  });
});

describe('paths', () => {
  it('sums segment lengths', () => {
    const a: [number, number] = [74, 42];
    const b: [number, number] = [75, 42];
    const c: [number, number] = [75, 41];
    expect(pathLengthKm([a, b, c])).toBeCloseTo(
      geodesicDistanceKm(a, b) + geodesicDistanceKm(b, c),
      9,
    );
    expect(pathLengthKm([a])).toBe(0);
    expect(pathLengthKm([])).toBe(0);
  });

  it('draws the geodesic: its pieces add up to the distance and it bows poleward', () => {
    const from: [number, number] = [70, 42];
    const to: [number, number] = [80, 42];
    const path = geodesicPath(from, to, 10);
    expect(path[0]![0]).toBeCloseTo(70, 9);
    expect(path[0]![1]).toBeCloseTo(42, 9);
    expect(path.at(-1)![0]).toBeCloseTo(80, 9);
    expect(pathLengthKm(path)).toBeCloseTo(geodesicDistanceKm(from, to), 6);
    const middle = path[Math.floor(path.length / 2)]!;
    expect(middle[1]).toBeGreaterThan(42.1); // a geodesic between equal latitudes bulges north
  });
});

describe('compassPoint', () => {
  it.each([
    [0, 'N'],
    [22, 'N'],
    [23, 'NE'],
    [90, 'E'],
    [180, 'S'],
    [247, 'SW'],
    [359, 'N'],
    [-90, 'W'],
  ])('%d° is %s', (deg, point) => {
    expect(compassPoint(deg)).toBe(point);
  });
});
