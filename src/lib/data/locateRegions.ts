import oblasts from '../../../geodata/basemap/oblasts.geojson?url';
import type { LonLat } from '../shared/vocabulary';
import type { RegionShape, SiteRegions } from '../geo/regions';
import { callWorker } from '../workers/client';

/**
 * Which oblast each point lies in, and which oblasts each shape lies in, on the basemap's
 * simplified boundaries, worked out in the geometry worker (which fetches the boundaries itself).
 */
export function locateRegions(
  points: Record<string, LonLat>,
  shapes: Record<string, RegionShape>,
): Promise<SiteRegions> {
  return callWorker('regions', { url: new URL(oblasts, document.baseURI).href, points, shapes });
}
