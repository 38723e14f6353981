/**
 * The relief: the Terrarium raster-dem tiles re-encoded with elevations rounded to whole metres
 * (the source is ±70 m; rounding makes the tiles compress to about half), and the mask of where
 * they hold no data.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import bboxPolygon from '@turf/bbox-polygon';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Re-encodes every tile of `from` ({z}/{x}/{y}.png) into `to`; returns the count and bytes. */
export function terrainTiles(from: string, to: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const z of readdirSync(from)) {
    for (const x of readdirSync(join(from, z))) {
      mkdirSync(join(to, z, x), { recursive: true });
      for (const y of readdirSync(join(from, z, x))) {
        const png = PNG.sync.read(readFileSync(join(from, z, x, y)));
        const d = png.data;
        for (let i = 0; i < d.length; i += 4) {
          const metres = Math.round(d[i]! * 256 + d[i + 1]! + d[i + 2]! / 256 - 32768) + 32768;
          d[i] = metres >> 8;
          d[i + 1] = metres & 255;
          d[i + 2] = 0;
          d[i + 3] = 255;
        }
        const buf = PNG.sync.write(png, { colorType: 2, deflateLevel: 9, filterType: -1 });
        writeFileSync(join(to, z, x, y), buf);
        count++;
        bytes += buf.length;
      }
    }
  }
  return { count, bytes };
}

/**
 * The map's widest extent (its maxBounds), and the extent the relief is drawn for: the tiles'
 * bounds (the source covers 65–84° E, 35–45° N, but the tiles are made for 68–81° E, 36–45° N and
 * the edge tiles reach beyond with no data), degrees.
 */
const WORLD: [number, number, number, number] = [59, 32, 91, 49];
const SOURCE: [number, number, number, number] = [68, 36, 81, 45];
/** The block inside that extent with no data: Xinjiang south of 40° N, east of 75° E. */
const EMPTY: [number, number, number, number][] = [[75, 35, 84, 40]];
/** The mask reaches this far into the data, so the edge of the filled values never shows, degrees. */
const MARGIN = 0.03;

/**
 * Where the relief has no data, split by what lies beneath so the mask can be painted in the same
 * colour: `land` inside the basemap's countries (Kyrgyzstan is never masked), `none` elsewhere.
 */
export function terrainMask(
  countries: FeatureCollection<Polygon | MultiPolygon>,
): FeatureCollection {
  const m = MARGIN;
  const inner = bboxPolygon([SOURCE[0] + m, SOURCE[1] + m, SOURCE[2] - m, SOURCE[3] - m]);
  let mask: Feature<Polygon | MultiPolygon> | null = difference(
    featureCollection([bboxPolygon(WORLD), inner]),
  );
  for (const [w, s, e, n] of EMPTY) {
    mask = union(featureCollection([mask!, bboxPolygon([w - m, s - m, e + m, n + m])]));
  }
  const kg = countries.features.find((f) => f.properties?.iso_a2 === 'KG');
  if (!kg || !mask) throw new Error('No Kyrgyzstan in the basemap countries');
  mask = difference(featureCollection([mask, kg]));
  const land = countries.features.filter((f) => f.properties?.iso_a2 !== 'KG');
  const parts: Feature[] = [];
  let rest: Feature<Polygon | MultiPolygon> | null = mask;
  for (const c of land) {
    const part = intersect(featureCollection([mask!, c]));
    if (part) parts.push({ ...part, properties: { under: 'land' } });
    if (rest) rest = difference(featureCollection([rest, c]));
  }
  if (rest) parts.push({ ...rest, properties: { under: 'none' } });
  return {
    type: 'FeatureCollection',
    features: parts.map((f) => ({ ...f, geometry: round(f.geometry as Polygon | MultiPolygon) })),
  };
}

function round<G extends Polygon | MultiPolygon>(g: G): G {
  const r = (x: number) => Math.round(x * 1e5) / 1e5;
  const ring = (cs: number[][]) => cs.map(([x, y]) => [r(x!), r(y!)]);
  return (
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) }
  ) as G;
}
