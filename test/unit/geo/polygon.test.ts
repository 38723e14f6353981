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
