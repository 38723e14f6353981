/**
 * Which oblast (region) a site lies in, from the oblast polygons the basemap ships
 * (geodata/basemap/oblasts.geojson, simplified OCHA COD-AB boundaries). Used by the region filter:
 * by its point, and by its shape (the area an uncertain site may be in, or an exact site's line
 * or area), where a shape spanning several oblasts is in each, certainly or possibly.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geodesic';
import { OUTSIDE, valueId } from '../shared/vocabulary';
import { bboxOf, pointInPolygon } from './polygon';
import { anchorPoints, nearestOnLines } from './distanceToGeometry';

/** A region's names as the boundary data gives them. */
export interface RegionName {
  name: string;
  name_ru: string | null;
  name_ky: string | null;
}

/** Where a site is, for the region filter: the regions it is in, and whether only possibly. */
export interface RegionMembership {
  /** Region ids (or `outside`), in the order of the boundary file. */
  regions: string[];
  /**
   * The site may be in each of them but is in none for certain: its location is only known to an
   * area that spans several. False when it lies in one, or when it is an exact line or area
   * that really runs through each.
   */
  possible: boolean;
}

/** A site's shape for the region filter: where it may be, and whether that is uncertain. */
export interface RegionShape {
  geometry: Geometry;
  /** The geometry is an area the site lies somewhere in (not the site itself). */
  uncertain: boolean;
}

export interface SiteRegions {
  /** Region id (from its English name, e.g. `naryn`, `bishkek-city`) → names. */
  names: Record<string, RegionName>;
  /** Site id → region id of its point, or `outside` when the point is in no oblast. */
  bySite: Record<string, string>;
  /** Site id → the regions its shape lies in (when shapes were given). */
  byShape?: Record<string, RegionMembership>;
}

type Oblasts = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Samples of a shape's interior are kept only this far from its edge (boundary files differ). */
export const EDGE_KM = 1;
/** Samples across a polygon's bounding box, each way, at most. */
const GRID = 16;

/**
 * Points that stand for where a shape lies: a point itself; points along a line every 1 km; for a
 * polygon, a grid inside it, keeping points at least EDGE_KM from its edge (so a district whose
 * edge wanders a few hundred metres over its oblast's simplified boundary stays in that oblast),
 * or every inside point (or its edge) when it is too small for that.
 */
export function shapeSamples(g: Geometry): LonLat[] {
  if (g.type === 'MultiPolygon') {
    // Part by part, so a small part far from the others (a second city) gets its own samples.
    return g.coordinates.flatMap((coordinates) => shapeSamples({ type: 'Polygon', coordinates }));
  }
  if (g.type !== 'Polygon') return anchorPoints(g, 1);
  const [w, s, e, n] = bboxOf(g);
  const lines = g.coordinates;
  const kx = 111.32 * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const step = Math.max(0.5, Math.max((e - w) * kx, (n - s) * 110.6) / GRID);
  const inside: LonLat[] = [];
  const deep: LonLat[] = [];
  for (let x = w + step / kx / 2; x < e; x += step / kx) {
    for (let y = s + step / 110.6 / 2; y < n; y += step / 110.6) {
      const p: LonLat = [x, y];
      if (!pointInPolygon(g, p)) continue;
      inside.push(p);
      const q = nearestOnLines(lines, p);
      if (Math.hypot((q[0] - x) * kx, (q[1] - y) * 110.6) >= EDGE_KM) deep.push(p);
    }
  }
  return deep.length ? deep : inside.length ? inside : anchorPoints(g, 1);
}

function outerOnly(g: Polygon | MultiPolygon): MultiPolygon {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiPolygon', coordinates: polys.map((p) => p.slice(0, 1)) };
}

/**
 * Assigns each point to the oblast that contains it (the first, if boundaries overlap), and, with
 * `shapes`, each shape to every oblast (or `outside`) its samples fall in: an area that spans
 * several is only possibly in each; an exact line or area really is in each.
 */
export function regionsOf(
  oblasts: Oblasts,
  points: Record<string, LonLat>,
  shapes?: Record<string, RegionShape>,
): SiteRegions {
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
  const names = Object.fromEntries(regions.map((r) => [r.id, r.names]));
  if (!shapes) return { names, bySite };
  // Cities and lakes are holes in the oblasts. A point in a city is in the city's unit; a point
  // in a lake, which no unit covers, is in the oblast around it (its outer ring).
  const boxes = regions.map((r) => ({
    id: r.id,
    geometry: r.feature.geometry,
    outer: outerOnly(r.feature.geometry),
    box: bboxOf(r.feature.geometry),
  }));
  const inBox = (r: (typeof boxes)[number], [x, y]: LonLat) =>
    x >= r.box[0] && x <= r.box[2] && y >= r.box[1] && y <= r.box[3];
  const regionAt = (p: LonLat): string =>
    (
      boxes.find((r) => inBox(r, p) && pointInPolygon(r.geometry, p)) ??
      boxes.find((r) => inBox(r, p) && pointInPolygon(r.outer, p))
    )?.id ?? OUTSIDE;
  const order = [...boxes.map((r) => r.id), OUTSIDE];
  const byShape: Record<string, RegionMembership> = {};
  for (const [site, { geometry, uncertain }] of Object.entries(shapes)) {
    const found = new Set(shapeSamples(geometry).map(regionAt));
    const list = order.filter((id) => found.has(id));
    byShape[site] = { regions: list, possible: uncertain && list.length > 1 };
  }
  return { names, bySite, byShape };
}
