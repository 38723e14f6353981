import { describe, expect, it } from 'vitest';
import { ringPolygon } from '../../../src/lib/geo/buffer';
import { circleRing } from '../../../src/lib/geo/rings';
import { distanceRange } from '../../../src/lib/geo/uncertainty';
import { geodesicDistanceKm } from '../../../src/lib/geo/geodesic';
import { distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry';
import { powerLine, refinery } from './fixtures';

describe('ringPolygon', () => {
  it('draws a circle whose edge is the radius away (within 0.5%)', () => {
    const ring = ringPolygon(refinery, 10)!;
    const edge = ring.geometry.coordinates[0] as [number, number][];
    for (const p of edge) {
      expect(geodesicDistanceKm(refinery.coordinates as [number, number], p)).toBeCloseTo(10, 1);
    }
  });

  it('buffers a line', () => {
    const ring = ringPolygon(powerLine, 5)!;
    expect(ring.geometry.type).toMatch(/Polygon/);
    const edge = (
      ring.geometry.type === 'Polygon'
        ? ring.geometry.coordinates[0]
        : ring.geometry.coordinates[0]![0]
    ) as [number, number][];
    for (const p of edge.filter((_, i) => i % 10 === 0)) {
      expect(distanceToGeometry(powerLine, p).distanceKm).toBeGreaterThan(4.9);
      expect(distanceToGeometry(powerLine, p).distanceKm).toBeLessThan(5.1);
    }
  });

  it('circleRing matches ringPolygon for a point', () => {
    expect(circleRing([73.84813, 42.81423], 10)).toEqual(ringPolygon(refinery, 10));
    expect(circleRing([73.84813, 42.81423], 0)).toBeNull();
  });

  it('refuses a non-positive radius', () => {
    expect(ringPolygon(refinery, 0)).toBeNull();
    expect(ringPolygon(refinery, -5)).toBeNull();
    expect(ringPolygon(refinery, Number.NaN)).toBeNull();
  });
});

describe('distanceRange', () => {
  it('widens by the uncertainty on both sides, never below zero', () => {
    expect(distanceRange(6, 3)).toEqual({ minKm: 3, pointKm: 6, maxKm: 9 });
    expect(distanceRange(2, 5)).toEqual({ minKm: 0, pointKm: 2, maxKm: 7 });
    expect(distanceRange(4)).toEqual({ minKm: 4, pointKm: 4, maxKm: 4 });
  });
});
