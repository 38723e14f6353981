import type { Geometry } from 'geojson';
import { geodesicInverse, type LonLat } from './geodesic';
import { distanceToGeometry } from './distanceToGeometry';
import { nearestToGeometry, type NearestOptions, type Neighbour } from './nearest';
import { bboxOf, pointInPolygon } from './polygon';
import type { PointIndex } from './pointIndex';
import { distanceRange, type DistanceRange } from './uncertainty';
import {
  farthestBoundsKm,
  farthestVertex,
  gapKm,
  rangeBetweenAreas,
  rangeToGeometry,
  type Area,
  type KmRange,
  type Shape,
} from './area';

/** What proximity needs to know about a site: where it is and how sure we are. */
export interface ProximitySite {
  id: string;
  /** Where the site is drawn (its point, line or area). */
  geometry: Geometry;
  /** Radius around the drawn location that covers where the site could be, km (0 = exact). */
  uncertaintyKm: number;
  /**
   * Where the site may really be (a district, a city, a circle): distances are ranges over it.
   * Absent or null: the site is its geometry, widened by `uncertaintyKm` if that is above 0.
   */
  area?: Area | null;
}

export interface NearbyPoint {
  /** Index into the PointIndex (e.g. the community's position in its layer). */
  index: number;
  /** From the site's drawn geometry, kilometres. */
  distanceKm: number;
  /** Possible true distances given the site's uncertainty. */
  range: DistanceRange;
  /** From the site's nearest point, degrees clockwise from north. */
  bearingDeg: number;
  /** The site's point nearest to this one (where distance is measured from). */
  from: LonLat;
}

function byRange(a: NearbyPoint, b: NearbyPoint): number {
  return a.range.minKm - b.range.minKm || a.range.maxKm - b.range.maxKm || a.index - b.index;
}

/**
 * The points nearest to a site, with each distance as a range when the site's location is
 * uncertain, closest first (by the nearest possible distance, then the farthest). `maxKm` keeps
 * the points whose nearest possible distance is within it.
 */
export function nearestPoints(
  site: ProximitySite,
  points: PointIndex,
  options: NearestOptions & { excludeIndex?: number } = {},
): NearbyPoint[] {
  const { excludeIndex, ...opts } = options;
  if (site.area) return nearestToArea(site, site.area, points, options);
  const u = site.uncertaintyKm;
  const limit = (opts.limit ?? 10) + (excludeIndex === undefined ? 0 : 1);
  const maxKm = (opts.maxKm ?? Infinity) + u;
  return nearestToGeometry(site.geometry, points, { ...opts, maxKm, limit })
    .filter((n) => n.index !== excludeIndex)
    .slice(0, limit - (excludeIndex === undefined ? 0 : 1))
    .map((n) => ({ ...n, range: distanceRange(n.distanceKm, u) }))
    .filter((n) => n.range.minKm <= (opts.maxKm ?? Infinity));
}

/**
 * Nearest points of a site that lies somewhere in `area`: the candidates come from the area's
 * nearest point (a polygon's edge, 0 inside; a circle's centre less its radius), each measured
 * to the area's farthest point too, and from the drawn geometry (distance shown as "drawn").
 */
function nearestToArea(
  site: ProximitySite,
  area: Area,
  points: PointIndex,
  { limit = 10, maxKm = Infinity, excludeIndex }: NearestOptions & { excludeIndex?: number },
): NearbyPoint[] {
  if (limit <= 0) return [];
  const search: Geometry =
    area.kind === 'shape' ? area.shape : { type: 'Point', coordinates: area.center };
  const slack = area.kind === 'shape' ? 0 : area.radiusKm;
  const extra = excludeIndex === undefined ? 0 : 1;
  // The limit-th nearest distance bounds the rest; ties at that distance (e.g. every point inside
  // a district, at 0) are all kept, and ordered by their farthest distance.
  let bound = maxKm + slack;
  let candidates: Neighbour[] | null = null;
  if (Number.isFinite(limit) && area.kind === 'shape') {
    // A district usually holds more than `limit` communities: then they are the nearest (at 0).
    const inside = pointsInside(area.shape, points);
    if (inside.length >= limit + extra) candidates = inside;
  }
  if (!candidates && Number.isFinite(limit)) {
    const first = nearestToGeometry(search, points, { limit: limit + extra, maxKm: bound });
    if (first.length === limit + extra) bound = Math.min(bound, first.at(-1)!.distanceKm);
  }
  candidates ??= nearestToGeometry(search, points, { limit: Infinity, maxKm: bound });
  if (area.kind === 'shape' && Number.isFinite(limit)) {
    candidates = likelyNearest(area.shape, candidates, points, limit + extra);
  }
  const out: NearbyPoint[] = [];
  for (const n of candidates) {
    if (n.index === excludeIndex) continue;
    const at = points.points[n.index]!;
    const range: KmRange =
      area.kind === 'shape'
        ? { minKm: n.distanceKm, maxKm: farthestVertex(area.shape, at).km }
        : { minKm: Math.max(0, n.distanceKm - slack), maxKm: n.distanceKm + slack };
    // Drawn as its outline (a district): the search already measured from it.
    const drawn =
      site.geometry === search
        ? { distanceKm: n.distanceKm, bearingDeg: n.bearingDeg, nearest: n.from }
        : distanceToGeometry(site.geometry, at);
    out.push({
      index: n.index,
      distanceKm: drawn.distanceKm,
      range: { ...range, pointKm: drawn.distanceKm },
      bearingDeg: drawn.bearingDeg,
      from: drawn.nearest,
    });
  }
  return out.sort(byRange).slice(0, limit);
}

/**
 * The candidates that may be among the `limit` nearest to a site somewhere in `shape` (ordered by
 * their nearest, then their farthest distance): a district holds hundreds of communities, all at
 * 0, and only those whose farthest distance may be among the smallest are worth measuring.
 */
function likelyNearest(
  shape: Shape,
  candidates: Neighbour[],
  points: PointIndex,
  limit: number,
): Neighbour[] {
  if (candidates.length <= limit) return candidates;
  const kth = [...candidates].sort((a, b) => a.distanceKm - b.distanceKm)[limit - 1]!.distanceKm;
  // Every candidate nearer than the limit-th stays; those tied with it compete on the farthest.
  const nearer = candidates.filter((n) => n.distanceKm < kth);
  const tied = candidates.filter((n) => n.distanceKm === kth);
  const bounds = tied.map((n) => farthestBoundsKm(shape, points.points[n.index]!));
  const need = limit - nearer.length;
  const cut = bounds.map((b) => b.upperKm).sort((a, b) => a - b)[need - 1]!;
  return [...nearer, ...tied.filter((_, i) => bounds[i]!.lowerKm <= cut)];
}

/** The points inside a polygon, each at distance 0 from it (measured from itself). */
function pointsInside(shape: Shape, { index, points }: PointIndex): Neighbour[] {
  if (points.length === 0) return [];
  const [w, south, e, n] = bboxOf(shape);
  return index
    .range(w, south, e, n)
    .filter((i) => pointInPolygon(shape, points[i]!))
    .map((i) => ({ index: i, distanceKm: 0, bearingDeg: 0, from: points[i]! }));
}

export interface RingMembers {
  radiusKm: number;
  /** Inside the ring wherever the site really is within its uncertainty. */
  certain: NearbyPoint[];
  /** Inside for some but not all possible site locations (only when the site is uncertain). */
  possible: NearbyPoint[];
}

/**
 * Which points lie within each radius of the site. With an uncertain site, a point is `certain`
 * when its farthest possible distance is within the radius and `possible` when only its nearest
 * is. Each list is ordered by the nearest possible distance, then the farthest.
 */
export function ringMembers(
  site: ProximitySite,
  points: PointIndex,
  radiiKm: readonly number[],
): RingMembers[] {
  const largest = Math.max(0, ...radiiKm);
  const all = nearestPoints(site, points, { limit: Infinity, maxKm: largest }).sort(byRange);
  return radiiKm.map((radiusKm) => ({
    radiusKm,
    certain: all.filter((n) => n.range.maxKm <= radiusKm),
    possible: all.filter((n) => n.range.minKm <= radiusKm && n.range.maxKm > radiusKm),
  }));
}

/** A point's position as [lon, lat] (helper for PointIndex users). */
export function lonLatOf(index: PointIndex, i: number): LonLat {
  return index.points[i]!;
}

/** The distance between two sites, as a range when either location is uncertain. */
export interface SitePairDistance {
  distanceKm: number;
  range: DistanceRange;
  bearingDeg: number;
}

function asPoint(g: Geometry): LonLat | null {
  return g.type === 'Point' ? (g.coordinates as LonLat) : null;
}

/**
 * Geodesic distance between two sites as drawn: from a point to the other's nearest point (lines
 * and polygons measured from their nearest point), between two lines or areas from their nearest
 * points; the bearing from the first site's nearest point (or, between two lines or areas, its
 * representative point) to the other. The range covers wherever each site may really be: over
 * both areas where they have one, else widened by the uncertainty radius.
 */
export function siteDistance(
  a: ProximitySite & { point: LonLat },
  b: ProximitySite & { point: LonLat },
): SitePairDistance {
  const pa = asPoint(a.geometry);
  const pb = asPoint(b.geometry);
  let d: { distanceKm: number; bearingDeg: number };
  if (pa) {
    const r = distanceToGeometry(b.geometry, pa);
    d = { distanceKm: r.distanceKm, bearingDeg: geodesicInverse(pa, r.nearest).bearingDeg };
  } else if (pb) {
    d = distanceToGeometry(a.geometry, pb);
  } else {
    d = {
      distanceKm: gapKm(a.geometry, b.geometry),
      bearingDeg: geodesicInverse(a.point, b.point).bearingDeg,
    };
  }
  return { ...d, range: pairRange(a, b, d.distanceKm) };
}

/** The range of a pair: over the areas where there are any, else widened by the radii. */
function pairRange(a: ProximitySite, b: ProximitySite, drawnKm: number): DistanceRange {
  let r: KmRange;
  if (a.area && b.area) r = rangeBetweenAreas(a.area, b.area);
  else if (a.area) r = widen(rangeToGeometry(a.area, b.geometry), b.uncertaintyKm);
  else if (b.area) r = widen(rangeToGeometry(b.area, a.geometry), a.uncertaintyKm);
  else return distanceRange(drawnKm, a.uncertaintyKm + b.uncertaintyKm);
  return { ...r, pointKm: drawnKm };
}

function widen(r: KmRange, km: number): KmRange {
  return { minKm: Math.max(0, r.minKm - km), maxKm: r.maxKm + km };
}
