import type { Feature, Polygon } from 'geojson';
import { circle } from '@turf/circle';
import type { LonLat } from './geodesic';

/** A circle of `radiusKm` around a point (Turf, 96 steps), for radius rings and uncertainty areas. */
export function circleRing(center: LonLat, radiusKm: number): Feature<Polygon> | null {
  if (!(radiusKm > 0)) return null;
  return circle([...center], radiusKm, { steps: 96, units: 'kilometers' });
}
