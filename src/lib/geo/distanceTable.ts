import type { Geometry } from 'geojson';
import type { LonLat } from './geodesic';
import { buildPointIndex } from './pointIndex';
import { nearestPoints } from './proximity';
import type { Area } from './area';

/** A site as the distance table needs it. */
export interface TableSite {
  id: string;
  geometry: Geometry;
  /** Radius that covers where the site could be, km (0 = exact). */
  uncertaintyKm: number;
  /** Where the site may really be (see ProximitySite.area); null or absent: its geometry. */
  area?: Area | null;
}

/** One site–community pair. Indexes refer to the inputs; `within` says how sure the pair is. */
export interface TablePair {
  site: number;
  community: number;
  distanceKm: number;
  minKm: number;
  maxKm: number;
  bearingDeg: number;
  /** The site's point nearest to the community (where the distance is measured from). */
  from: LonLat;
  /** `certain`: within the radius wherever the site really is; `possible`: only for some locations. */
  within: 'certain' | 'possible';
}

/**
 * Every community within `radiusKm` of each site (measured from the site's geometry on WGS84, or
 * over the area it may be in), including those only possibly within it because the site's
 * location is uncertain. Sorted by site, then nearest possible distance.
 */
export function distanceTable(
  sites: readonly TableSite[],
  communities: readonly LonLat[],
  radiusKm: number,
): TablePair[] {
  const index = buildPointIndex(communities);
  const out: TablePair[] = [];
  sites.forEach((site, s) => {
    const near = nearestPoints(site, index, { limit: Infinity, maxKm: radiusKm });
    for (const n of near) {
      out.push({
        site: s,
        community: n.index,
        distanceKm: n.distanceKm,
        minKm: n.range.minKm,
        maxKm: n.range.maxKm,
        bearingDeg: n.bearingDeg,
        from: n.from,
        within: n.range.maxKm <= radiusKm ? 'certain' : 'possible',
      });
    }
  });
  return out;
}
