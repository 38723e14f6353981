import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { circle } from '@turf/circle';
import { buffer } from '@turf/buffer';

/**
 * A polygon of everything within `radiusKm` of the geometry: a geodesic-enough circle (Turf, 64
 * steps) around a point, a buffer around a line or polygon. For drawing radius rings.
 */
export function ringPolygon(
  geometry: Geometry,
  radiusKm: number,
): Feature<Polygon | MultiPolygon> | null {
  if (!(radiusKm > 0)) return null;
  if (geometry.type === 'Point') {
    return circle(geometry.coordinates, radiusKm, { steps: 96, units: 'kilometers' });
  }
  const result = buffer(geometry, radiusKm, { units: 'kilometers', steps: 16 });
  return (result as Feature<Polygon | MultiPolygon> | undefined) ?? null;
}
