import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { Dataset } from '../data/load';
import { SITE_LAYERS, type SiteLayerName } from '../data/constants';
import type { SiteFeature } from '../data/schema';
import { circleRing } from '../geo/rings';
import { areaKm2 } from '../geo/polygon';
import { siteYearSpan } from '../time/events';

/** Where a site's symbol is drawn: its marker (inside its district, or its place's), else its point. */
const drawnAt = (f: SiteFeature): [number, number] => [
  ...(f.properties.marker ?? f.properties.point),
];

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

/**
 * One point per site where its symbol is drawn, for the symbols of a layer: its representative
 * point, or its marker (a point inside its district that is no town's; its place's point).
 */
export function sitePoints(features: readonly SiteFeature[]): MapCollection {
  return collection(
    features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'Point', coordinates: drawnAt(f) } as Point,
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

/**
 * Lines and polygons of sites whose geometry is more than a point (roads, power lines, plots), with
 * each area in km². A city boundary that only stands in for the city is not the site's shape: it is
 * drawn as its uncertainty area instead.
 */
export function siteShapes(features: readonly SiteFeature[]): MapCollection {
  return collection(
    features
      .filter((f) => f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint')
      .filter((f) => f.properties.area?.kind !== 'geometry')
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
 * The area a site located only to a town, district or region may be in, as it is: the district,
 * region or city outline (from areas.geojson), its own city boundary, or a circle of
 * `uncertainty_km` around its point. Exact sites have none. `shape` says which (for the legend).
 */
export function uncertaintyAreas(
  features: readonly SiteFeature[],
  areas: ReadonlyMap<string, Polygon | MultiPolygon> = new Map(),
): MapCollection {
  const out: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const f of features) {
    const km = f.properties.uncertainty_km;
    const area = f.properties.area;
    if (f.properties.precision === 'exact' || !area || !(km > 0)) continue;
    const geometry: Geometry | null =
      area.kind === 'circle'
        ? (circleRing(f.properties.point, km)?.geometry ?? null)
        : area.kind === 'geometry'
          ? f.geometry
          : (areas.get(area.id) ?? null);
    if (!geometry) continue;
    out.push({
      type: 'Feature',
      id: f.id,
      geometry,
      properties: {
        id: f.id,
        layer: f.properties.layer,
        uncertainty_km: km,
        shape: area.kind !== 'circle',
        ...yearProps(f),
      },
    });
  }
  return collection(out);
}

/**
 * A count beside each point where two or more shown records are drawn (the records of one place,
 * or unrelated sites sharing a point), so the map says how many a click will offer.
 */
export function markerCounts(markers: ReadonlyMap<string, readonly SiteFeature[]>): MapCollection {
  const out: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const [key, records] of markers) {
    if (records.length < 2) continue;
    out.push({
      type: 'Feature',
      id: key,
      geometry: { type: 'Point', coordinates: drawnAt(records[0]!) },
      properties: { count: records.length },
    });
  }
  return collection(out);
}

/** Every map source built from the data, keyed by source id (see DATA_SOURCE_IDS). */
export function dataSources(data: Dataset): Record<string, MapCollection> {
  const sites = SITE_LAYERS.flatMap((l) => data[l].features as SiteFeature[]);
  const areas = new Map(data.areas.features.map((a) => [a.properties.id, a.geometry]));
  return {
    sites: sitePoints(sites),
    'sites-uncertainty': uncertaintyAreas(sites, areas),
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
