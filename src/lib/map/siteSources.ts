import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Dataset } from '../data/load';
import { SITE_LAYERS, type SiteLayerName } from '../data/constants';
import type { SiteFeature } from '../data/schema';
import { circleRing } from '../geo/rings';
import { areaKm2 } from '../geo/polygon';
import { siteYearSpan } from '../time/events';

/** Properties the map needs to draw a site (the panels read the full feature from state). */
export interface SitePointProps {
  id: string;
  layer: SiteLayerName;
  name: string;
  name_ru: string | null;
  name_ky: string | null;
  name_zh: string | null;
  precision: string;
  uncertainty_km: number;
  /** First and last year of the site's events, when it has any (for the time filter). */
  y0?: number;
  y1?: number;
}

export type MapCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/** A site's first and last event year as map properties (none when it has no date). */
function yearProps(f: SiteFeature): { y0?: number; y1?: number } {
  const span = siteYearSpan(f);
  return span ? { y0: span[0], y1: span[1] } : {};
}

const collection = (features: Feature<Geometry, Record<string, unknown>>[]): MapCollection => ({
  type: 'FeatureCollection',
  features,
});

/** One point per site at its representative point, for the symbols of a layer. */
export function sitePoints(features: readonly SiteFeature[]): MapCollection {
  return collection(
    features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'Point', coordinates: [...f.properties.point] } as Point,
      properties: {
        id: f.id,
        layer: f.properties.layer,
        name: f.properties.name,
        name_ru: f.properties.name_ru ?? null,
        name_ky: f.properties.name_ky ?? null,
        name_zh: f.properties.name_zh ?? null,
        precision: f.properties.precision,
        uncertainty_km: f.properties.uncertainty_km,
        ...yearProps(f),
      } satisfies SitePointProps,
    })),
  );
}

/** Lines and polygons of sites whose geometry is more than a point (roads, power lines, plots), with each area in km². */
export function siteShapes(features: readonly SiteFeature[]): MapCollection {
  return collection(
    features
      .filter((f) => f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint')
      .map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: {
          id: f.id,
          layer: f.properties.layer,
          name: f.properties.name,
          precision: f.properties.precision,
          ...yearProps(f),
          // Square kilometres: large areas (an irrigated basin, a city) are outlined, not filled.
          area_km2: Math.round(areaKm2(f.geometry) * 100) / 100,
        },
      })),
  );
}

/**
 * The area a site located only to a town, district or region may be in: a circle of
 * `uncertainty_km` around its point. Exact sites have none.
 */
export function uncertaintyAreas(features: readonly SiteFeature[]): MapCollection {
  const out: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const f of features) {
    const km = f.properties.uncertainty_km;
    if (f.properties.precision === 'exact' || !(km > 0)) continue;
    const ring = circleRing(f.properties.point, km);
    if (ring) {
      out.push({
        type: 'Feature',
        id: f.id,
        geometry: ring.geometry,
        properties: { id: f.id, layer: f.properties.layer, uncertainty_km: km, ...yearProps(f) },
      });
    }
  }
  return collection(out);
}

/** Every map source built from the data, keyed by source id (see DATA_SOURCE_IDS). */
export function dataSources(data: Dataset): Record<string, MapCollection> {
  const sites = SITE_LAYERS.flatMap((l) => data[l].features as SiteFeature[]);
  return {
    sites: sitePoints(sites),
    'sites-uncertainty': uncertaintyAreas(sites),
    'projects-shapes': siteShapes(data.projects.features),
    communities: collection(
      data.communities.features.map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: {
          id: f.id,
          layer: 'communities',
          name: f.properties.name,
          name_ru: f.properties.name_ru,
          name_ky: f.properties.name_ky,
          population: f.properties.population,
        },
      })),
    ),
  };
}
