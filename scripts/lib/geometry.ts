/** Geometry helpers for the data build (node only; pure functions). */
import { distance, pointOnFeature, simplify } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, Polygon, MultiPolygon, Position } from 'geojson';

/** Rounds a number to `decimals` places (5 decimals ≈ 1 m). */
export function round(n: number, decimals = 5): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** Rounds every position of a geometry and drops consecutive duplicate positions. */
export function roundGeometry<G extends Geometry>(g: G, decimals = 5): G {
  const rp = (p: Position): Position => [
    round(p[0] ?? NaN, decimals),
    round(p[1] ?? NaN, decimals),
  ];
  const line = (ps: Position[]): Position[] =>
    ps.map(rp).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]?.[0] || p[1] !== a[i - 1]?.[1]);
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: rp(g.coordinates) };
    case 'MultiPoint':
      return { ...g, coordinates: g.coordinates.map(rp) };
    case 'LineString':
      return { ...g, coordinates: line(g.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map(line) };
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((poly) => poly.map(line)) };
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

/** The outlines of a (Multi)Polygon as a MultiLineString (for roads/lines AidData buffered ~1 m). */
export function outlines(g: Polygon | MultiPolygon): MultiLineString {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return { type: 'MultiLineString', coordinates: rings };
}

/** Douglas–Peucker simplification with `toleranceDeg` (degrees); returns a new geometry. */
export function simplifyGeometry<G extends Geometry>(g: G, toleranceDeg: number): G {
  if (toleranceDeg <= 0 || g.type === 'Point' || g.type === 'MultiPoint') return g;
  const f: Feature<G> = { type: 'Feature', properties: {}, geometry: g };
  return simplify(f, { tolerance: toleranceDeg, highQuality: true }).geometry;
}

/** A representative [lon, lat] on the feature (centroid if inside, else a point on its surface). */
export function representativePoint(g: Geometry): [number, number] {
  const p = pointOnFeature({ type: 'Feature', properties: {}, geometry: g }).geometry.coordinates;
  return [round(p[0] ?? NaN), round(p[1] ?? NaN)];
}

/** Every position of a geometry. */
export function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Distance in km from `from` to the farthest position of `g` (covers the whole geometry). */
export function farthestKm(from: Position, g: Geometry): number {
  return positions(g).reduce((max, p) => Math.max(max, distanceKm(from, p)), 0);
}

/** Rounds a radius up to 0.1 km below 10 km and to whole km above, never below 0.1. */
export function roundUpKm(km: number): number {
  if (km <= 0) return 0;
  return km < 10 ? Math.max(0.1, Math.ceil(km * 10) / 10) : Math.ceil(km);
}
