/**
 * Large shapes (a user's 2,000 wells, a 20,000-vertex district or GPS track): the shape index
 * gives the same distances as measuring every vertex, the nearest and ring searches the same
 * results as brute force, and ring drawing stays bounded.
 */
import { describe, expect, it } from 'vitest';
import type { Geometry, LineString, MultiLineString, MultiPoint, Polygon } from 'geojson';
import { buildShapeIndex, distanceToShape, isLargeShape } from '../../../src/lib/geo/shapeIndex';
import { distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry';
import { nearestBruteForce, nearestToGeometry } from '../../../src/lib/geo/nearest';
import { buildPointIndex } from '../../../src/lib/geo/pointIndex';
import { simplifyLine, simplifyGeometry } from '../../../src/lib/geo/simplify';
import { ringPolygon } from '../../../src/lib/geo/buffer';
import { randomPoints, seeded } from './fixtures';

const wells: MultiPoint = { type: 'MultiPoint', coordinates: randomPoints(600, 11) };
/** A wiggly district outline, ~110 × 80 km, of 4,000 vertices. */
const district: Polygon = (() => {
  const ring = Array.from({ length: 4000 }, (_, i) => {
    const a = (i / 4000) * 2 * Math.PI;
    const r = 0.5 + 0.05 * Math.sin(a * 97);
    return [75 + r * Math.cos(a) * 1.3, 41.5 + r * Math.sin(a)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
})();
/** A GPS track of 4,000 points over ~90 km, zig-zagging. */
const track: LineString = {
  type: 'LineString',
  coordinates: Array.from({ length: 4000 }, (_, i) => [
    73 + i * 0.0002 + 0.01 * Math.sin(i / 10),
    42 + 0.3 * Math.sin(i / 2000),
  ]),
};
/** A power network: three lines of 30 vertices each, segments of 5–25 km, ~1,200 km in all. */
const network: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [0, 1, 2].map((k) => {
    const rand = seeded(40 + k);
    let [lon, lat] = [71.5 + k * 2, 40.2 + k * 0.8];
    return Array.from({ length: 30 }, () => {
      [lon, lat] = [lon + 0.05 + rand() * 0.25, lat + (rand() - 0.45) * 0.15];
      return [lon, lat];
    });
  }),
};
const shapes: [string, Geometry][] = [
  ['600 scattered points', wells],
  ['a 4,000-vertex polygon', district],
  ['a 4,000-vertex track', track],
  ['a 90-vertex network of long segments', network],
];

describe('distanceToShape is distanceToGeometry, faster', () => {
  it.each(shapes)('for %s, at 300 points near and far (up to 1,500 km)', (_, geometry) => {
    const shape = buildShapeIndex(geometry);
    const rand = seeded(5);
    const targets = [
      ...randomPoints(250, 21),
      ...Array.from({ length: 50 }, () => [55 + rand() * 40, 30 + rand() * 25] as [number, number]),
    ];
    for (const at of targets)
      expect(distanceToShape(shape, at)).toEqual(distanceToGeometry(geometry, at));
  });
});

describe('nearest and within-radius searches from large shapes match brute force', () => {
  const index = buildPointIndex(randomPoints(2500, 31));
  it.each(shapes)(
    '%s: nearest 10, 30, and everything within 5 and 25 km',
    (_, geometry) => {
      for (const opts of [
        { limit: 10 },
        { limit: 30 },
        { limit: Infinity, maxKm: 5 },
        { limit: Infinity, maxKm: 25 },
      ]) {
        expect(nearestToGeometry(geometry, index, opts)).toEqual(
          nearestBruteForce(geometry, index, opts),
        );
      }
    },
    120_000,
  );
});

describe('which shapes are measured off the page', () => {
  it('large ones only', () => {
    expect(isLargeShape(wells)).toBe(true);
    expect(isLargeShape(district)).toBe(true);
    expect(isLargeShape({ type: 'MultiPoint', coordinates: randomPoints(150) })).toBe(false);
    expect(isLargeShape({ type: 'LineString', coordinates: randomPoints(379) })).toBe(false);
  });
});

describe('simplification for drawing rings', () => {
  it('keeps the ends and moves nothing farther than the tolerance', () => {
    const line = track.coordinates;
    const tolKm = 0.5;
    const out = simplifyLine(line, tolKm / 111.32);
    expect(out[0]).toEqual(line[0]);
    expect(out.at(-1)).toEqual(line.at(-1));
    expect(out.length).toBeLessThan(line.length / 4);
    const simple: LineString = { type: 'LineString', coordinates: out };
    for (const p of line.filter((_, i) => i % 7 === 0)) {
      expect(distanceToGeometry(simple, p as [number, number]).distanceKm).toBeLessThan(
        tolKm * 1.05,
      );
    }
  });

  it('keeps rings closed and polygons valid', () => {
    const s = simplifyGeometry(district, 1) as Polygon;
    const ring = s.coordinates[0]!;
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('draws the ring of a large shape simplified, or not at all, never for minutes', () => {
    const t = performance.now();
    const far = ringPolygon(district, 25);
    expect(far?.geometry.type).toMatch(/Polygon/);
    expect(ringPolygon(wells, 5)).toBeNull(); // 600 scattered circles: not drawn
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});

describe('very large shapes', () => {
  it('indexes a MultiPoint of 300,000 positions (no spread of them as arguments)', () => {
    const wells: MultiPoint = { type: 'MultiPoint', coordinates: randomPoints(300_000, 21) };
    const shape = buildShapeIndex(wells, 1);
    expect(shape.seeds).toHaveLength(300_000);
    const at: [number, number] = [74.6, 42.87];
    expect(distanceToShape(shape, at).distanceKm).toBeCloseTo(
      distanceToGeometry(wells, at).distanceKm,
      9,
    );
  });
});
