/** Features as the state sees them: a shipped one or one of the user's own layer. */
import type { LayerName } from '../data/constants';
import type { LayerFeature, SiteFeature } from '../data/schema';
import type { LonLat } from '../shared/vocabulary';
import type { ImportedFeature } from '../import/importFile';
import type { ProximitySite } from '../geo/proximity';
import type { Area, Shape } from '../geo/area';
import { anchorPoints } from '../geo/distanceToGeometry';

/** Any feature the atlas can select: a shipped one or one from the user's own layer. */
export type AnyFeature = LayerFeature<LayerName> | ImportedFeature;

/** The polygons of areas.geojson by id. */
export type AreaShapes = ReadonlyMap<string, Shape>;

/**
 * Where a site may really be: the district, region or city polygon it is located to, its own city
 * boundary, or a circle of its uncertainty radius around its point; null when it is exact (or an
 * area the data does not have: then the radius widens its distances instead).
 */
export function areaOf(f: AnyFeature, areas: AreaShapes): Area | null {
  const p = f.properties;
  if (!('area' in p) || !p.area) return null;
  if (p.area.kind === 'circle')
    return { kind: 'circle', center: p.point, radiusKm: p.uncertainty_km };
  if (p.area.kind === 'geometry') {
    const g = f.geometry;
    return g.type === 'Polygon' || g.type === 'MultiPolygon' ? { kind: 'shape', shape: g } : null;
  }
  const shape = areas.get(p.area.id);
  return shape ? { kind: 'shape', shape } : null;
}

/** Where a site's symbol is drawn: its marker (inside its district, or its place's), else its point. */
export function markerOf(f: SiteFeature): LonLat {
  return f.properties.marker ?? f.properties.point;
}

/**
 * A feature as proximity sees it: what it is measured from, its representative point, its
 * location uncertainty and the area it may be in. A site located only to a district, region or
 * city outline is measured from that outline (rings are drawn around it); others from their own
 * geometry.
 */
export function proximityOf(
  f: AnyFeature,
  areas: AreaShapes = new Map(),
): ProximitySite & { point: LonLat } {
  const p = f.properties;
  if (!('point' in p)) {
    return {
      id: f.id,
      geometry: f.geometry,
      point: anchorPoints(f.geometry, 1)[0] ?? [0, 0],
      uncertaintyKm: 0,
    };
  }
  const area = areaOf(f, areas);
  const uncertaintyKm = 'uncertainty_km' in p ? p.uncertainty_km : 0;
  const point = 'marker' in p && p.marker ? p.marker : p.point;
  if (area?.kind === 'shape') return { id: f.id, geometry: area.shape, point, uncertaintyKm, area };
  return { id: f.id, geometry: f.geometry, point, uncertaintyKm, area };
}

/** The key of a point where symbols are drawn (sites drawn at the same point share it). */
export function pointKey([lon, lat]: LonLat): string {
  return `${lon.toFixed(5)},${lat.toFixed(5)}`;
}

/** The place a record belongs to (its own id when no other record shares its place). */
export function placeOf(f: SiteFeature): string {
  return f.properties.place ?? f.id;
}

/** Records grouped by place, in the order given (a place's own record first when present). */
export function byPlace(
  sites: readonly SiteFeature[],
): { place: string; records: SiteFeature[] }[] {
  const groups = new Map<string, SiteFeature[]>();
  for (const f of sites) {
    const key = placeOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].map(([place, records]) => ({
    place,
    records: [...records].sort((a, b) => Number(b.id === place) - Number(a.id === place)),
  }));
}
