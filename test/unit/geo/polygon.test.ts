import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';
import { area } from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaKm2, bboxOf, pointInPolygon } from '../../../src/lib/geo/polygon';
import { block, powerLine, randomPoints } from './fixtures';

const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [74, 41],
      [76, 41],
      [76, 43],
      [74, 43],
      [74, 41],
    ],
    [
      [74.5, 41.5],
      [75.5, 41.5],
      [75.5, 42.5],
      [74.5, 42.5],
      [74.5, 41.5],
    ],
  ],
};
const multi: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [withHole.coordinates, block.coordinates],
};

describe('polygon helpers agree with Turf', () => {
  it('point in polygon (holes, multipolygons) on 2,000 random points', () => {
    for (const p of randomPoints(2000, 5)) {
      for (const g of [block, withHole, multi]) {
        expect(pointInPolygon(g, p), JSON.stringify(p)).toBe(booleanPointInPolygon(p, g));
      }
    }
  });

  it('point in a long, wiggly ring with a hole (tested band by band) on 5,000 points', () => {
    // 3,000 vertices, points on its vertices' latitudes too (where bands meet, edges end).
    const ring = Array.from({ length: 3000 }, (_, i) => {
      const a = (i / 3000) * 2 * Math.PI;
      const r = 1 + 0.3 * Math.sin(a * 37) + 0.1 * Math.cos(a * 211);
      return [75 + r * Math.cos(a) * 1.4, 41.5 + r * Math.sin(a)];
    });
    const hole = Array.from({ length: 40 }, (_, i) => {
      const a = (-i / 40) * 2 * Math.PI;
      return [75 + 0.3 * Math.cos(a), 41.5 + 0.2 * Math.sin(a)];
    });
    const wiggly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [...ring, ring[0]!],
        [...hole, hole[0]!],
      ],
    };
    const points = [
      ...randomPoints(4000, 8).map(([x, y]) => [73 + (x - 69) * 0.6, 40 + (y - 39) * 0.9]),
      ...ring.filter((_, i) => i % 3 === 0).map(([x, y]) => [x! - 0.01, y!]),
    ] as [number, number][];
    let inside = 0;
    for (const p of points) {
      const expected = booleanPointInPolygon(p, wiggly);
      if (expected) inside++;
      expect(pointInPolygon(wiggly, p), JSON.stringify(p)).toBe(expected);
    }
    expect(inside).toBeGreaterThan(500); // the test covers both answers
    expect(points.length - inside).toBeGreaterThan(500);
  });

  it('bounding boxes', () => {
    for (const g of [block, withHole, multi, powerLine]) expect(bboxOf(g)).toEqual(bbox(g));
  });

  it('geodesic area within 0.5% of Turf’s spherical area, holes subtracted', () => {
    for (const g of [block, withHole, multi]) {
      const turfKm2 = area(g) / 1e6;
      expect(Math.abs(areaKm2(g) - turfKm2) / turfKm2).toBeLessThan(0.005);
    }
    expect(areaKm2(powerLine)).toBe(0);
  });
});
