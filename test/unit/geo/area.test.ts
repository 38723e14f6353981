import { describe, expect, it } from 'vitest';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import {
  FARTHEST_TOLERANCE_KM,
  farthestFromGeometry,
  gapKm,
  geometriesMeet,
  hullOf,
  rangeBetweenAreas,
  rangeToGeometry,
  rangeToPoint,
  type Area,
  type Shape,
} from '../../../src/lib/geo/area';
import { distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry';
import { geodesicDistanceKm, type LonLat } from '../../../src/lib/geo/geodesic';
import { bboxOf, pointInPolygon } from '../../../src/lib/geo/polygon';
import { circleRing } from '../../../src/lib/geo/rings';
import { block, powerLine, randomPoints, seeded } from './fixtures';

/** A concave, district-like polygon: 72 vertices 18–45 km from its centre, with a lake-like hole. */
function district(center: LonLat, seed: number): Polygon {
  const rand = seeded(seed);
  const ring: Position[] = [];
  for (let i = 0; i < 72; i++) {
    const a = (i / 72) * 2 * Math.PI;
    const km = 18 + rand() * 27;
    ring.push([
      center[0] + (km * Math.cos(a)) / (111.3 * Math.cos((center[1] * Math.PI) / 180)),
      center[1] + (km * Math.sin(a)) / 111.1,
    ]);
  }
  ring.push(ring[0]!);
  const hole: Position[] = [
    [center[0] - 0.05, center[1] - 0.04],
    [center[0] - 0.05, center[1] + 0.04],
    [center[0] + 0.05, center[1] + 0.04],
    [center[0] + 0.05, center[1] - 0.04],
    [center[0] - 0.05, center[1] - 0.04],
  ];
  return { type: 'Polygon', coordinates: [ring, hole] };
}

const kochkorLike = district([75.75, 42.1], 3);
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [district([74.6, 42.85], 5).coordinates, block.coordinates],
};

/**
 * Dense samples of a shape: a grid about `stepKm` apart inside it, every vertex, and points every
 * `stepKm` / 4 along every edge. The brute-force reference measures each with GeographicLib.
 */
function samples(shape: Shape, stepKm = 1): LonLat[] {
  const out: LonLat[] = [];
  const [w, s, e, n] = bboxOf(shape);
  const dy = stepKm / 111.1;
  const dx = stepKm / (111.3 * Math.cos((((s + n) / 2) * Math.PI) / 180));
  for (let x = w; x <= e; x += dx) {
    for (let y = s; y <= n; y += dy) if (pointInPolygon(shape, [x, y])) out.push([x, y]);
  }
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1]!, ring[i]!];
      const km = geodesicDistanceKm(a as LonLat, b as LonLat);
      const k = Math.max(1, Math.ceil(km / (stepKm / 4)));
      for (let j = 0; j < k; j++) {
        out.push([a[0]! + ((b[0]! - a[0]!) * j) / k, a[1]! + ((b[1]! - a[1]!) * j) / k]);
      }
    }
  }
  return out;
}

/** Brute force: the nearest and farthest sample's distance to the target. */
function bruteRange(pts: readonly LonLat[], target: Geometry): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const p of pts) {
    const d = distanceToGeometry(target, p).distanceKm;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return { min, max };
}

const shapes: [string, Shape][] = [
  ['a concave district with a hole', kochkorLike],
  ['a city and a block 150 km apart', twoParts],
];

describe('rangeToPoint: a polygon area against brute force on dense samples', () => {
  for (const [name, shape] of shapes) {
    it(`${name}: nearest and farthest point, inside and out`, () => {
      const pts = samples(shape, 1);
      const area: Area = { kind: 'shape', shape };
      const [w, s, e, n] = bboxOf(shape);
      const targets = randomPoints(60, 7).map(
        ([x, y]) =>
          [
            w - 1 + ((x - 69.2) / 11.1) * (e - w + 2),
            s - 1 + ((y - 39.2) / 4.1) * (n - s + 2),
          ] as LonLat,
      );
      let inside = 0;
      for (const t of targets) {
        const r = rangeToPoint(area, t);
        const b = bruteRange(pts, { type: 'Point', coordinates: t });
        // The farthest point is a vertex (every vertex is a sample): equal to the metre.
        expect(r.maxKm).toBeCloseTo(b.max, 3);
        if (pointInPolygon(shape, t)) {
          inside++;
          expect(r.minKm).toBe(0);
        } else {
          // Outside, the nearest point lies on an edge, sampled every 0.25 km: never above the
          // samples, and within half that spacing of them.
          expect(r.minKm).toBeLessThanOrEqual(b.min + 1e-9);
          expect(r.minKm).toBeGreaterThanOrEqual(b.min - 0.13);
        }
      }
      expect(inside).toBeGreaterThan(0);
    });
  }

  it('is narrower than a circle around the point that covers the same polygon', () => {
    const seat: LonLat = [75.75, 42.1];
    const torugart: LonLat = [75.42722, 40.5925];
    const radius = Math.max(...hullOf(kochkorLike).map((v) => geodesicDistanceKm(seat, v)));
    const circle = rangeToPoint({ kind: 'circle', center: seat, radiusKm: radius }, torugart);
    const shape = rangeToPoint({ kind: 'shape', shape: kochkorLike }, torugart);
    expect(shape.minKm).toBeGreaterThan(circle.minKm);
    expect(shape.maxKm).toBeLessThan(circle.maxKm);
  });

  it('a circle gives the point distance ± its radius', () => {
    const c: LonLat = [73.84813, 42.81423];
    for (const t of randomPoints(20, 3)) {
      const d = geodesicDistanceKm(c, t);
      const r = rangeToPoint({ kind: 'circle', center: c, radiusKm: 5 }, t);
      expect(r.maxKm).toBeCloseTo(d + 5, 9);
      expect(r.minKm).toBeCloseTo(Math.max(0, d - 5), 9);
    }
  });
});

describe('rangeToGeometry: a polygon area to a line or a polygon, against brute force', () => {
  const targets: [string, Geometry][] = [
    ['a 200 km power line', powerLine],
    ['a block polygon', block],
    [
      'a line crossing the area',
      {
        type: 'LineString',
        coordinates: [
          [75.2, 41.9],
          [76.3, 42.3],
        ],
      },
    ],
    [
      'scattered points',
      {
        type: 'MultiPoint',
        coordinates: [
          [75.0, 41.2],
          [76.6, 42.9],
        ],
      },
    ],
  ];
  for (const [sname, shape] of shapes) {
    const pts = samples(shape, 1);
    for (const [tname, target] of targets) {
      it(`${sname} to ${tname}`, () => {
        const r = rangeToGeometry({ kind: 'shape', shape }, target);
        const b = bruteRange(pts, target);
        // The farthest distance is a real point's: at most the tolerance below the samples' best
        // (and the samples miss at most half their spacing).
        expect(r.maxKm).toBeGreaterThanOrEqual(b.max - FARTHEST_TOLERANCE_KM - 1e-9);
        expect(r.maxKm).toBeLessThanOrEqual(b.max + 0.75);
        expect(r.minKm).toBeLessThanOrEqual(b.min + 1e-9);
        expect(r.minKm).toBeGreaterThanOrEqual(b.min - 0.3);
      });
    }
  }

  it('finds a farthest point inside the shape, away from every vertex', () => {
    // A ring-shaped target around a square area: the farthest point is the square's centre.
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [75, 42],
          [75.4, 42],
          [75.4, 42.3],
          [75, 42.3],
          [75, 42],
        ],
      ],
    };
    const around = circleRing([75.2, 42.15], 60)!.geometry.coordinates[0]!;
    const r = farthestFromGeometry(square, { type: 'LineString', coordinates: around });
    const b = bruteRange(samples(square, 0.5), { type: 'LineString', coordinates: around });
    expect(b.max).toBeGreaterThan(59);
    expect(r).toBeGreaterThanOrEqual(b.max - FARTHEST_TOLERANCE_KM);
    expect(r).toBeLessThanOrEqual(60.01);
  });
});

describe('between two areas', () => {
  it('two polygons: the gap and the farthest pair, against brute force', () => {
    const a = district([75.75, 42.1], 3);
    const b = district([76.9, 42.4], 9);
    const pa = samples(a, 6);
    const pb = samples(b, 6);
    let max = 0;
    for (const p of pa) for (const q of pb) max = Math.max(max, geodesicDistanceKm(p, q));
    const r = rangeBetweenAreas({ kind: 'shape', shape: a }, { kind: 'shape', shape: b });
    expect(r.maxKm).toBeCloseTo(max, 3); // both farthest ends are vertices (samples)
    const gap = Math.min(...pa.map((p) => distanceToGeometry(b, p).distanceKm));
    expect(r.minKm).toBeLessThanOrEqual(gap + 1e-9);
    expect(r.minKm).toBeGreaterThanOrEqual(gap - 0.8);
  }, 30_000);

  it('a circle and a polygon, and two circles', () => {
    const c: Area = { kind: 'circle', center: [75.42722, 40.5925], radiusKm: 5.5 };
    const p: Area = { kind: 'shape', shape: kochkorLike };
    const r = rangeBetweenAreas(c, p);
    const toCentre = rangeToPoint(p, [75.42722, 40.5925]);
    expect(r.minKm).toBeCloseTo(toCentre.minKm - 5.5, 9);
    expect(r.maxKm).toBeCloseTo(toCentre.maxKm + 5.5, 9);
    expect(rangeBetweenAreas(p, c)).toEqual(r);
    const d = geodesicDistanceKm([75.42722, 40.5925], [73.84813, 42.81423]);
    const two = rangeBetweenAreas(c, { kind: 'circle', center: [73.84813, 42.81423], radiusKm: 5 });
    expect(two.maxKm - two.minKm).toBeCloseTo(21, 9);
    expect(two.minKm).toBeCloseTo(d - 10.5, 9);
  });
});

describe('gapKm and geometriesMeet', () => {
  it('are 0 and true for crossing, containing and touching geometries', () => {
    const crossing: Geometry = {
      type: 'LineString',
      coordinates: [
        [75.8, 41.3],
        [76.2, 41.5],
      ],
    };
    expect(geometriesMeet(block, crossing)).toBe(true);
    expect(gapKm(block, crossing)).toBe(0);
    expect(gapKm(block, { type: 'Point', coordinates: [76, 41.4] })).toBe(0);
    expect(gapKm(twoParts, block)).toBe(0);
  });

  it('between apart geometries equals brute force over dense samples', () => {
    const pts = samples(block, 0.5);
    const b = bruteRange(pts, powerLine);
    const g = gapKm(block, powerLine);
    expect(g).toBeLessThanOrEqual(b.min + 1e-9);
    expect(g).toBeGreaterThanOrEqual(b.min - 0.2);
    expect(g).toBeCloseTo(gapKm(powerLine, block), 9);
  });
});
