import type { LineString, Point, Polygon } from 'geojson';
import type { LonLat } from '../../../src/lib/geo/geodesic';

/** Deterministic pseudo-random numbers (mulberry32), so fixtures are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` points spread over Kyrgyzstan's bounding box (lon 69.2–80.3, lat 39.2–43.3). */
export function randomPoints(n: number, seed = 1): LonLat[] {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => [69.2 + rand() * 11.1, 39.2 + rand() * 4.1] as LonLat);
}

export const refinery: Point = { type: 'Point', coordinates: [73.84813, 42.81423] };

/** A 200 km line roughly like the Datka–Kemin power line's course. */
export const powerLine: LineString = {
  type: 'LineString',
  coordinates: [
    [72.95, 41.35],
    [73.6, 41.9],
    [74.4, 42.3],
    [75.8, 42.7],
  ],
};

/** A 20 × 15 km block near Naryn. */
export const block: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [75.9, 41.35],
      [76.14, 41.35],
      [76.14, 41.49],
      [75.9, 41.49],
      [75.9, 41.35],
    ],
  ],
};
