/**
 * Proximity benchmark: nearest-10 communities for every site, through the spatial index
 * (kdbush + geokdbush) and through a naive @turf/distance loop, on the shipped communities and on
 * a generated stress set of 100,000 points. Prints times, ratios and whether the results agree.
 * Then the cost of ranges over a district's outline: what a click on a district-level site
 * computes (nearest 10 and the default rings, each distance a [min, max] over the polygon),
 * against the same site as a point with a circle of its radius.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { distance as turfDistance } from '@turf/distance';
import type { FeatureCollection, Point } from 'geojson';
import { buildPointIndex, aroundPoint, type PointIndex } from '../src/lib/geo/pointIndex';
import { nearestToGeometry } from '../src/lib/geo/nearest';
import type { LonLat } from '../src/lib/geo/geodesic';
import { randomPoints } from '../test/unit/geo/fixtures';
import { nearestPoints, ringMembers, type ProximitySite } from '../src/lib/geo/proximity';
import { loadShipped } from '../scripts/data-stats';
import { siteFeatures } from '../src/lib/data/load';
import { areaOf, markerOf } from '../src/lib/state/features';

const K = 10;
const REPEATS = 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time of `fn` over REPEATS runs, milliseconds, and its last result. */
function time<T>(fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

function naive(points: readonly LonLat[], at: LonLat): number[] {
  return points
    .map((p, i) => ({ i, d: turfDistance(at, p) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, K)
    .map((x) => x.i);
}

function indexed(index: PointIndex, at: LonLat): number[] {
  return aroundPoint(index, at, K);
}

function sameSets(a: number[][], b: number[][]): { identical: number; total: number } {
  let identical = 0;
  a.forEach((ids, i) => {
    const other = b[i]!;
    if (ids.length === other.length && ids.every((id, j) => id === other[j])) identical++;
  });
  return { identical, total: a.length };
}

/** Each site's id and where its symbol is drawn (its marker, else its point), from the shipped data. */
export function readSitePoints(root: string): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const layer of ['projects', 'crossings', 'protests', 'mines']) {
    const fc = JSON.parse(readFileSync(resolve(root, `geodata/${layer}.geojson`), 'utf8')) as {
      features: { id: string; properties: { point: LonLat; marker?: LonLat } }[];
    };
    for (const f of fc.features) out.set(f.id, f.properties.marker ?? f.properties.point);
  }
  return out;
}

/**
 * What the proximity panel computes on a click (the nearest 10 communities and the default rings
 * 5, 10 and 25 km), for every site located to a district or region outline, measured over the
 * outline and, for comparison, as a point with a circle of its radius. Median of REPEATS per site.
 */
export function runAreaBench(root: string): void {
  const data = loadShipped(resolve(root, 'geodata'));
  const areas = new Map(data.areas.features.map((a) => [a.properties.id, a.geometry]));
  const index = buildPointIndex(
    data.communities.features.map((f) => f.geometry.coordinates as LonLat),
  );
  const panel = (site: ProximitySite) => {
    nearestPoints(site, index, { limit: K });
    ringMembers(site, index, [5, 10, 25]);
  };
  const shapes: number[] = [];
  const circles: number[] = [];
  const districts = siteFeatures(data).filter((f) => f.properties.area?.kind === 'shape');
  for (const f of districts) {
    const area = areaOf(f, areas)!;
    if (area.kind !== 'shape') continue;
    const at = markerOf(f);
    shapes.push(time(() => panel({ id: f.id, geometry: area.shape, uncertaintyKm: 0, area })).ms);
    const point = { type: 'Point' as const, coordinates: at };
    const circle = { kind: 'circle' as const, center: at, radiusKm: f.properties.uncertainty_km };
    circles.push(
      time(() => panel({ id: f.id, geometry: point, uncertaintyKm: 0, area: circle })).ms,
    );
  }
  const fmt = (xs: number[]) => `${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)})`;
  console.log(
    `\nNearest ${K} + rings 5, 10, 25 km for the ${shapes.length} sites located to a district, region or city outline (median per site):`,
  );
  console.log(`    ranges over the outline      : ${fmt(shapes)}`);
  console.log(`    as a point with its radius   : ${fmt(circles)}`);
}

function readSites(root: string): LonLat[] {
  const out: LonLat[] = [];
  for (const layer of ['projects', 'crossings', 'protests', 'mines']) {
    const fc = JSON.parse(readFileSync(resolve(root, `geodata/${layer}.geojson`), 'utf8')) as {
      features: { properties: { point: LonLat } }[];
    };
    for (const f of fc.features) out.push(f.properties.point);
  }
  return out;
}

/** Runs the benchmark and prints its table. */
export function runProximityBench(root: string): void {
  const sites = readSites(root);
  const communities = (
    JSON.parse(
      readFileSync(resolve(root, 'geodata/communities.geojson'), 'utf8'),
    ) as FeatureCollection<Point>
  ).features.map((f) => f.geometry.coordinates as LonLat);
  const stress = randomPoints(100_000, 2026);

  console.log(
    `\nNearest ${K} communities for each of ${sites.length} sites (median of ${REPEATS}):`,
  );
  for (const [label, points] of [
    [`shipped communities (${communities.length})`, communities],
    [`stress set (${stress.length.toLocaleString('en')} generated points)`, stress],
  ] as const) {
    const build = time(() => buildPointIndex(points));
    const index = build.result;
    const fast = time(() => sites.map((s) => indexed(index, s)));
    const slow = time(() => sites.map((s) => naive(points, s)));
    const agree = sameSets(fast.result, slow.result);
    const exact = time(() =>
      sites.map((s) => nearestToGeometry({ type: 'Point', coordinates: s }, index, { limit: K })),
    );
    console.log(`  ${label}`);
    console.log(`    build index (once)           : ${build.ms.toFixed(2)} ms`);
    console.log(`    kdbush + geokdbush           : ${fast.ms.toFixed(2)} ms`);
    console.log(`    naive @turf/distance loop    : ${slow.ms.toFixed(2)} ms`);
    console.log(
      `    ratio naive / index          : ${(slow.ms / fast.ms).toFixed(0)}×   (target ≥ 300× at 100k)`,
    );
    console.log(`    identical results            : ${agree.identical} of ${agree.total} sites`);
    console.log(
      `    app's exact WGS84 nearest-10 : ${exact.ms.toFixed(2)} ms (index + GeographicLib)`,
    );
  }
}
