import type { Geometry, Position } from 'geojson';
import * as geographiclib from 'geographiclib-geodesic';
import type { LonLat } from './geodesic';

const { Geodesic, PolygonArea } =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;

function ringsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(ringsOf);
  return [];
}

/** Even–odd ray casting: is the point inside this ring (edges in lon/lat, as RFC 7946 draws)? */
function inRing(ring: Position[], [x, y]: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a Polygon or MultiPolygon (inside its outer ring, not in a hole). */
export function pointInPolygon(geometry: Geometry, at: LonLat): boolean {
  return ringsOf(geometry).some(
    ([outer, ...holes]) => !!outer && inRing(outer, at) && !holes.some((h) => inRing(h, at)),
  );
}

/** [west, south, east, north] of any geometry, degrees. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const [w, s, e, n] = bboxOf(g);
      visit([
        [w, s],
        [e, n],
      ]);
    }
  } else visit(geometry.coordinates);
  return box;
}

/** Geodesic area of a Polygon or MultiPolygon on WGS84 (GeographicLib), km², holes subtracted. */
export function areaKm2(geometry: Geometry): number {
  let total = 0;
  for (const rings of ringsOf(geometry)) {
    rings.forEach((ring, i) => {
      const poly = new PolygonArea.PolygonArea(Geodesic.WGS84, false);
      for (const [lon, lat] of ring.slice(0, -1) as [number, number][]) poly.AddPoint(lat, lon);
      const a = Math.abs(poly.Compute(false, true).area ?? 0) / 1e6;
      total += i === 0 ? a : -a;
    });
  }
  return total;
}
