import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { buffer } from '@turf/buffer';
import { circleRing } from './rings';
import type { LonLat } from './geodesic';

/**
 * A polygon of everything within `radiusKm` of the geometry: a circle around a point, a Turf
 * buffer around a line or polygon. Turf's buffer is large (JSTS), so only the worker imports this.
 */
export function ringPolygon(
  geometry: Geometry,
  radiusKm: number,
): Feature<Polygon | MultiPolygon> | null {
  if (!(radiusKm > 0)) return null;
  if (geometry.type === 'Point') return circleRing(geometry.coordinates as LonLat, radiusKm);
  const result = buffer(geometry, radiusKm, { units: 'kilometers', steps: 16 });
  return (result as Feature<Polygon | MultiPolygon> | undefined) ?? null;
}
