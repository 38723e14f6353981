import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { buffer } from '@turf/buffer';
import { circleRing } from './rings';
import type { LonLat } from './geodesic';
import { positionCount } from './shapeIndex';
import { simplifyGeometry } from './simplify';

/**
 * Most positions buffered to draw a ring: Turf's buffer of a 20,000-vertex track takes a minute.
 * A larger shape is first simplified by 5% of the radius (a ring drawn that close); if it is
 * still larger, its ring is not drawn (null), and the lists of who is inside stay exact.
 */
export const MAX_BUFFER_POSITIONS = 500;

/**
 * A polygon of everything within `radiusKm` of the geometry: a circle around a point, a Turf
 * buffer around a line or polygon (see MAX_BUFFER_POSITIONS for large ones). Turf's buffer is
 * large (JSTS), so only the worker imports this.
 */
export function ringPolygon(
  geometry: Geometry,
  radiusKm: number,
): Feature<Polygon | MultiPolygon> | null {
  if (!(radiusKm > 0)) return null;
  if (geometry.type === 'Point') return circleRing(geometry.coordinates as LonLat, radiusKm);
  let shape: Geometry = geometry;
  if (positionCount(shape) > MAX_BUFFER_POSITIONS) {
    shape = simplifyGeometry(shape, radiusKm / 20);
    if (positionCount(shape) > MAX_BUFFER_POSITIONS) return null;
  }
  const result = buffer(shape, radiusKm, { units: 'kilometers', steps: 16 });
  return (result as Feature<Polygon | MultiPolygon> | undefined) ?? null;
}
