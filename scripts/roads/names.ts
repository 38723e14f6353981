/**
 * Route names where a source names the road: AidData's road projects, whose geometries trace the
 * routes they name. A road line takes a name when nearly all of it runs along that geometry.
 */
import type { Position } from 'geojson';
import type { LonLat } from '../../src/lib/geo/geodesic';
import { geodesicDistanceKm } from '../../src/lib/geo/geodesic';
import { nearestOnLines } from '../../src/lib/geo/distanceToGeometry';

export interface NamedRoute {
  name: string;
  /** The AidData record whose geometry traces the route (and the part of it, if several). */
  aiddata: string;
  part?: number;
}

/** In order of precedence: a line near two routes takes the first. */
export const NAMED_ROUTES: readonly NamedRoute[] = [
  { name: 'Bishkek–Naryn–Torugart', aiddata: 'aiddata-46348' },
  { name: 'Osh–Sary-Tash–Irkeshtam', aiddata: 'aiddata-40359', part: 0 },
  { name: 'Kazarman–Jalal-Abad', aiddata: 'aiddata-40491', part: 0 },
  { name: 'Aral–Kazarman', aiddata: 'aiddata-46350' },
  { name: 'Osh–Batken–Isfana', aiddata: 'aiddata-40195' },
];

/** A line's vertices must lie this close to the route's geometry, km… */
const NEAR_KM = 1.5;
/** …this share of them. */
const SHARE = 0.8;

/** The name of the first route the line runs along, or undefined. */
export function routeNameOf(
  coords: readonly LonLat[],
  routes: readonly { name: string; lines: Position[][] }[],
): string | undefined {
  for (const route of routes) {
    const near = coords.filter(
      (p) => geodesicDistanceKm(p, nearestOnLines(route.lines, p)) <= NEAR_KM,
    ).length;
    if (near >= SHARE * coords.length) return route.name;
  }
  return undefined;
}
