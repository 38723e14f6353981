/**
 * Which oblast (region) a point lies in, from the oblast polygons the basemap ships
 * (geodata/basemap/oblasts.geojson, simplified OCHA COD-AB boundaries). Used by the region filter.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geodesic';
import { OUTSIDE, valueId } from '../shared/vocabulary';

/** A region's names as the boundary data gives them. */
export interface RegionName {
  name: string;
  name_ru: string | null;
  name_ky: string | null;
}

export interface SiteRegions {
  /** Region id (from its English name, e.g. `naryn`, `bishkek-city`) → names. */
  names: Record<string, RegionName>;
  /** Site id → region id, or `outside` when the point is in no oblast. */
  bySite: Record<string, string>;
}

type Oblasts = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Assigns each point to the oblast that contains it (the first, if boundaries overlap). */
export function regionsOf(oblasts: Oblasts, points: Record<string, LonLat>): SiteRegions {
  const regions = oblasts.features.flatMap((f) => {
    const name = text(f.properties?.['name']);
    if (!name || !f.geometry) return [];
    return [
      {
        id: valueId(name),
        feature: f,
        names: {
          name,
          name_ru: text(f.properties['name_ru']),
          name_ky: text(f.properties['name_ky']),
        },
      },
    ];
  });
  const bySite: Record<string, string> = {};
  for (const [site, point] of Object.entries(points)) {
    const hit = regions.find((r) => booleanPointInPolygon([...point], r.feature));
    bySite[site] = hit ? hit.id : OUTSIDE;
  }
  return { names: Object.fromEntries(regions.map((r) => [r.id, r.names])), bySite };
}
