import { describe, expect, it } from 'vitest';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { distance as turfDistance } from '@turf/distance';
import { buildPointIndex, aroundPoint } from '../../../src/lib/geo/pointIndex';
import { nearestBruteForce, nearestToGeometry } from '../../../src/lib/geo/nearest';
import { anchorPoints, distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry';
import { geodesicDistanceKm } from '../../../src/lib/geo/geodesic';
import { block, powerLine, randomPoints, refinery, seeded } from './fixtures';

const points = randomPoints(4000, 7);
const index = buildPointIndex(points);

describe('nearestToGeometry agrees with brute force (exhaustive search, same order)', () => {
  it.each([
    ['a point', refinery],
    ['a 200 km line', powerLine],
    ['a polygon', block],
  ] as const)('nearest 10 to %s', (_name, geometry) => {
    const fast = nearestToGeometry(geometry, index, { limit: 10 });
    const slow = nearestBruteForce(geometry, index, { limit: 10 });
    expect(fast).toHaveLength(10);
    expect(fast).toEqual(slow);
  });

  it.each([
    ['a point', refinery, 5],
    ['a point', refinery, 25],
    ['a 200 km line', powerLine, 10],
    ['a polygon', block, 10],
  ] as const)('everything within a radius of %s (%d km)', (_name, geometry, km) => {
    const fast = nearestToGeometry(geometry, index, { limit: Infinity, maxKm: km });
    const slow = nearestBruteForce(geometry, index, { limit: Infinity, maxKm: km });
    expect(fast.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
    expect(fast.every((n) => n.distanceKm <= km)).toBe(true);
  });

  it('returns nothing for an empty index or a zero limit', () => {
    expect(nearestToGeometry(refinery, buildPointIndex([]))).toEqual([]);
    expect(nearestToGeometry(refinery, index, { limit: 0 })).toEqual([]);
  });

  it('over many random sites and limits, never misses a neighbour', () => {
    const sites = randomPoints(40, 99);
    for (const [i, at] of sites.entries()) {
      const geometry = { type: 'Point' as const, coordinates: at };
      const opts = { limit: 1 + (i % 15), maxKm: i % 3 === 0 ? 30 : Infinity };
      expect(nearestToGeometry(geometry, index, opts)).toEqual(
        nearestBruteForce(geometry, index, opts),
      );
    }
  });
});

describe('distanceToGeometry', () => {
  it('measures a line from its nearest point, matching dense GeographicLib sampling to 5 m', () => {
    // Reference: sample each straight (lon/lat) segment every ~50 m and take the smallest WGS84
    // geodesic distance: slow but independent of how we find the nearest point.
    const samples = anchorPoints(powerLine, 0.05);
    for (const p of randomPoints(25, 3)) {
      const ours = distanceToGeometry(powerLine, p).distanceKm;
      const reference = Math.min(...samples.map((s) => geodesicDistanceKm(s, p)));
      expect(Math.abs(ours - reference)).toBeLessThan(0.005);
    }
  });

  it('stays within 5 m of dense GeographicLib sampling far from long segments (200–900 km)', () => {
    // The local frame alone drifts along 100 km segments (it was 86 m off at 200–300 km and
    // 440 m at 800–900 km); the geodesic refinement must hold at every distance.
    const samples = anchorPoints(powerLine, 0.05);
    const rand = seeded(5);
    let far = 0;
    for (let i = 0; i < 200; i++) {
      const p: [number, number] = [64 + rand() * 22, 35 + rand() * 12];
      const reference = Math.min(...samples.map((s) => geodesicDistanceKm(s, p)));
      if (reference < 200 || reference > 900) continue;
      far++;
      const ours = distanceToGeometry(powerLine, p).distanceKm;
      expect(Math.abs(ours - reference)).toBeLessThan(0.005);
    }
    expect(far).toBeGreaterThan(50);
  });

  it('agrees with Turf within 0.5% where segments are short (great circles ≈ straight lines)', () => {
    const dense = { type: 'LineString' as const, coordinates: anchorPoints(powerLine, 1) };
    for (const p of randomPoints(50, 3)) {
      const ours = distanceToGeometry(dense, p).distanceKm;
      const turf = pointToLineDistance(p, dense, { units: 'kilometers', method: 'geodesic' });
      expect(Math.abs(ours - turf)).toBeLessThanOrEqual(Math.max(0.05, turf * 0.005));
    }
  });

  it('is 0 inside a polygon and positive outside', () => {
    expect(distanceToGeometry(block, [76, 41.4]).distanceKm).toBe(0);
    const outside = distanceToGeometry(block, [76, 41.6]);
    // 0.11° of latitude north of the block's edge at 41.49°.
    expect(outside.distanceKm).toBeCloseTo(12.22, 1);
    // Due north: a bearing of 0°, or just under 360°.
    expect(Math.min(outside.bearingDeg, 360 - outside.bearingDeg)).toBeLessThan(0.5);
  });

  it('measures a point with GeographicLib, within 0.5% of a sphere', () => {
    const village: [number, number] = [73.9, 42.85];
    const d = distanceToGeometry(refinery, village).distanceKm;
    const sphere = turfDistance(refinery.coordinates, village, { units: 'kilometers' });
    expect(Math.abs(d - sphere) / sphere).toBeLessThan(0.005);
  });
});

describe('index helpers', () => {
  it('anchors lie no more than the step apart', () => {
    const anchors = anchorPoints(powerLine, 1);
    for (let i = 1; i < anchors.length; i++) {
      const gap = turfDistance(anchors[i - 1]!, anchors[i]!, { units: 'kilometers' });
      expect(gap).toBeLessThanOrEqual(1.0001);
    }
  });

  it('aroundPoint returns indexes closest first', () => {
    const ids = aroundPoint(index, [75, 41.5], 20);
    const d = ids.map((i) => turfDistance([75, 41.5], points[i]!));
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });
});
