import { describe, expect, it } from 'vitest';
import { buildPointIndex } from '../../../src/lib/geo/pointIndex';
import { nearestPoints, ringMembers, siteDistance } from '../../../src/lib/geo/proximity';
import { distanceTable } from '../../../src/lib/geo/distanceTable';
import { nearestBruteForce } from '../../../src/lib/geo/nearest';
import { geodesicDistanceKm } from '../../../src/lib/geo/geodesic';
import { summarisePath, measureFeatures } from '../../../src/lib/geo/measure';
import { distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry';
import type { Polygon } from 'geojson';
import type { LonLat } from '../../../src/lib/geo/geodesic';
import { block, powerLine, randomPoints, refinery } from './fixtures';

const points = randomPoints(3000, 11);
const index = buildPointIndex(points);
const exact = { id: 'a', geometry: refinery, uncertaintyKm: 0 };
const town = { id: 'b', geometry: refinery, uncertaintyKm: 5 };

describe('nearestPoints', () => {
  it('gives single-valued ranges for an exact site and ±uncertainty for a town-level one', () => {
    const e = nearestPoints(exact, index, { limit: 5 });
    for (const n of e)
      expect(n.range).toEqual({ minKm: n.distanceKm, pointKm: n.distanceKm, maxKm: n.distanceKm });
    const t = nearestPoints(town, index, { limit: 5 });
    for (const n of t) {
      expect(n.range.maxKm).toBeCloseTo(n.distanceKm + 5, 9);
      expect(n.range.minKm).toBeCloseTo(Math.max(0, n.distanceKm - 5), 9);
    }
  });

  it('can leave out the site itself (a community asking for its neighbours)', () => {
    const self = nearestPoints(exact, index, { limit: 1 })[0]!.index;
    const at = {
      id: 'c',
      geometry: { type: 'Point' as const, coordinates: points[self]! },
      uncertaintyKm: 0,
    };
    const around = nearestPoints(at, index, { limit: 4, excludeIndex: self });
    expect(around).toHaveLength(4);
    expect(around.map((n) => n.index)).not.toContain(self);
  });
});

describe('ringMembers', () => {
  it('puts every point of an exact site within the radius as certain, matching brute force', () => {
    const [ring] = ringMembers(exact, index, [25]);
    const brute = nearestBruteForce(refinery, index, { limit: Infinity, maxKm: 25 });
    expect(ring!.certain.map((n) => n.index)).toEqual(brute.map((n) => n.index));
    expect(ring!.possible).toEqual([]);
  });

  it('splits an uncertain site’s points into certain and possible', () => {
    const [ring] = ringMembers(town, index, [25]);
    expect(ring!.certain.every((n) => n.distanceKm <= 20)).toBe(true);
    expect(ring!.possible.every((n) => n.distanceKm > 20 && n.distanceKm <= 30)).toBe(true);
    const brute = nearestBruteForce(refinery, index, { limit: Infinity, maxKm: 30 });
    expect(ring!.certain.length + ring!.possible.length).toBe(brute.length);
  });
});

describe('siteDistance', () => {
  it('between two points is the geodesic, widened by both uncertainties', () => {
    const a = {
      id: 'a',
      geometry: refinery,
      point: [73.84813, 42.81423] as [number, number],
      uncertaintyKm: 5,
    };
    const b = {
      id: 'b',
      geometry: { type: 'Point' as const, coordinates: [75.42722, 40.5925] },
      point: [75.42722, 40.5925] as [number, number],
      uncertaintyKm: 5.5,
    };
    const d = siteDistance(a, b);
    expect(d.distanceKm).toBeCloseTo(geodesicDistanceKm(a.point, b.point), 9);
    expect(d.range.maxKm - d.range.minKm).toBeCloseTo(21, 9);
    expect(d.bearingDeg).toBeGreaterThan(90);
    expect(d.bearingDeg).toBeLessThan(180); // Torugart is south-east of Kara-Balta
  });

  it('from a point to a polygon is 0 inside', () => {
    const inside = {
      id: 'p',
      geometry: { type: 'Point' as const, coordinates: [76, 41.4] },
      point: [76, 41.4] as [number, number],
      uncertaintyKm: 0,
    };
    const area = {
      id: 'q',
      geometry: block,
      point: [76, 41.42] as [number, number],
      uncertaintyKm: 0,
    };
    expect(siteDistance(inside, area).distanceKm).toBe(0);
    expect(siteDistance(area, inside).distanceKm).toBe(0);
  });
});

describe('distanceTable', () => {
  it('lists each site’s communities within the radius, like brute force, with certainty', () => {
    const sites = [exact, { id: 'line', geometry: powerLine, uncertaintyKm: 0 }, town];
    const pairs = distanceTable(sites, points, 10);
    for (const [s, site] of sites.entries()) {
      const mine = pairs.filter((p) => p.site === s);
      const brute = nearestBruteForce(site.geometry, index, {
        limit: Infinity,
        maxKm: 10 + site.uncertaintyKm,
      });
      expect(mine.map((p) => p.community)).toEqual(brute.map((n) => n.index));
      for (const p of mine) {
        expect(p.within).toBe(p.maxKm <= 10 ? 'certain' : 'possible');
        expect(p.minKm).toBeLessThanOrEqual(10);
      }
    }
    expect(pairs.some((p) => p.within === 'possible')).toBe(true);
  });
});

/** A 60 × 45 km concave district (an L) around a seat at its corner. */
const district: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [73.7, 42.6],
      [74.4, 42.6],
      [74.4, 42.8],
      [74.0, 42.8],
      [74.0, 43.0],
      [73.7, 43.0],
      [73.7, 42.6],
    ],
  ],
};
const inDistrict = {
  id: 'd',
  geometry: { type: 'Point' as const, coordinates: [73.75, 42.65] },
  uncertaintyKm: 60,
  area: { kind: 'shape' as const, shape: district },
};

/** Brute force: each point's nearest and farthest distance over the district (every vertex). */
function bruteDistrict(p: LonLat): { minKm: number; maxKm: number } {
  const verts = district.coordinates[0]! as LonLat[];
  return {
    minKm: distanceToGeometry(district, p).distanceKm,
    maxKm: Math.max(...verts.map((v) => geodesicDistanceKm(v, p))),
  };
}

describe('a site located to a district: ranges over its outline', () => {
  const brute = points.map((p, index) => ({ index, ...bruteDistrict(p) }));
  const order = (a: (typeof brute)[0], b: (typeof brute)[0]) =>
    a.minKm - b.minKm || a.maxKm - b.maxKm || a.index - b.index;

  it('nearestPoints: the district’s communities first, each with its range, like brute force', () => {
    const near = nearestPoints(inDistrict, index, { limit: 12 });
    const expected = [...brute].sort(order).slice(0, 12);
    expect(near.map((n) => n.index)).toEqual(expected.map((b) => b.index));
    for (const [i, n] of near.entries()) {
      expect(n.range.minKm).toBeCloseTo(expected[i]!.minKm, 6);
      expect(n.range.maxKm).toBeCloseTo(expected[i]!.maxKm, 6);
      // "Drawn" distance: from the seat's point.
      expect(n.distanceKm).toBeCloseTo(geodesicDistanceKm([73.75, 42.65], points[n.index]!), 9);
    }
  });

  it('ringMembers: certain when the whole district is within the radius, possible when part is', () => {
    const rings = ringMembers(inDistrict, index, [10, 50, 80]);
    for (const ring of rings) {
      const r = ring.radiusKm;
      const certain = brute.filter((b) => b.maxKm <= r).sort(order);
      const possible = brute.filter((b) => b.minKm <= r && b.maxKm > r).sort(order);
      expect(ring.certain.map((n) => n.index)).toEqual(certain.map((b) => b.index));
      expect(ring.possible.map((n) => n.index)).toEqual(possible.map((b) => b.index));
    }
    expect(rings[0]!.certain).toEqual([]);
    expect(rings[2]!.certain.length).toBeGreaterThan(0);
  });

  it('the distance table lists the same pairs', () => {
    const pairs = distanceTable([inDistrict], points, 10);
    const expected = brute.filter((b) => b.minKm <= 10).sort(order);
    expect(pairs.map((p) => p.community)).toEqual(expected.map((b) => b.index));
    for (const p of pairs) expect(p.within).toBe(p.maxKm <= 10 ? 'certain' : 'possible');
  });

  it('is narrower than the circle around the seat that covers the district', () => {
    const circle = {
      ...inDistrict,
      area: null,
      uncertaintyKm: bruteDistrict([73.75, 42.65]).maxKm,
    };
    const far: LonLat = [75.42722, 40.5925];
    const p = { id: 'p', geometry: { type: 'Point' as const, coordinates: far }, uncertaintyKm: 0 };
    const a = siteDistance({ ...inDistrict, point: [73.75, 42.65] }, { ...p, point: far });
    const c = siteDistance({ ...circle, point: [73.75, 42.65] }, { ...p, point: far });
    expect(a.range.minKm).toBeCloseTo(bruteDistrict(far).minKm, 6);
    expect(a.range.maxKm).toBeCloseTo(bruteDistrict(far).maxKm, 6);
    expect(a.range.maxKm - a.range.minKm).toBeLessThan(c.range.maxKm - c.range.minKm);
  });
});

describe('the ruler', () => {
  it('sums geodesic segments and labels each', () => {
    const path: [number, number][] = [
      [74.59, 42.87],
      [73.84813, 42.81423],
      [72.8, 40.53],
    ];
    const s = summarisePath(path);
    expect(s.segmentsKm).toHaveLength(2);
    expect(s.totalKm).toBeCloseTo(
      geodesicDistanceKm(path[0]!, path[1]!) + geodesicDistanceKm(path[1]!, path[2]!),
      9,
    );
    const fc = measureFeatures(path, (km) => `${km.toFixed(1)} km`, [72, 40]);
    const labels = fc.features.filter((f) => f.properties.label).map((f) => f.properties.label);
    expect(labels).toHaveLength(3); // two segments and the preview
    expect(fc.features.filter((f) => 'index' in f.properties)).toHaveLength(3);
    expect(fc.features.filter((f) => f.properties.preview === true)).toHaveLength(1);
  });
});
