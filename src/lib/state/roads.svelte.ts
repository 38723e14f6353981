/**
 * Distances by road (in builds that include the Global Map roads): the effect that asks the
 * geometry worker for them whenever the nearest communities or the ruler's points change. The
 * worker is passed in (fakes in tests). Whether the relief and roads are shown is the app state's
 * `basemap` slice (basemapLayers.svelte.ts).
 */
import type { LonLat } from '../shared/vocabulary';
import type { RoadAnswer } from '../geo/roadRouter';
import type { ProximityState } from './proximity.svelte';
import type { RulerState } from './ruler.svelte';

/** Finds distances by road between pairs of places (the geometry worker, in the app). */
export type RouteByRoad = (request: {
  pairs: { from: LonLat; to: LonLat }[];
  paths: boolean;
}) => Promise<RoadAnswer[]>;

/**
 * Asks for the distances by road of the listed nearest communities and keeps the answer (or why
 * it failed) if it is still for the list shown. Resolves when done; never rejects.
 */
export function requestNearestRoads(proximity: ProximityState, route: RouteByRoad): Promise<void> {
  const request = proximity.roadRequest;
  if (!request) return Promise.resolve();
  // Plain copies of the coordinates (cheaper than a deep snapshot on a click).
  const pairs = request.pairs.map(({ from, to }) => ({
    from: [from[0], from[1]] as LonLat,
    to: [to[0], to[1]] as LonLat,
  }));
  return route({ pairs, paths: false }).then(
    (answers) => proximity.roadsReady(request.key, answers),
    (e: unknown) => proximity.roadsFailed(request.key, (e as Error).message),
  );
}

/** Asks for the ruler's routes by road (with their lines) and keeps them if still current. */
export function requestRulerRoutes(ruler: RulerState, route: RouteByRoad): Promise<void> {
  const request = ruler.routeRequest;
  if (!request) return Promise.resolve();
  const pairs = $state.snapshot(request.pairs) as { from: LonLat; to: LonLat }[];
  return route({ pairs, paths: true }).then(
    (legs) => ruler.routesReady(request.key, legs),
    (e: unknown) => ruler.routesFailed(request.key, (e as Error).message),
  );
}

/** Asks for the route to the community chosen in the list (with its line) and keeps it. */
export function requestShownRoute(proximity: ProximityState, route: RouteByRoad): Promise<void> {
  const request = proximity.routeRequest;
  if (!request) return Promise.resolve();
  const pair = $state.snapshot(request.pair) as { from: LonLat; to: LonLat };
  return route({ pairs: [pair], paths: true }).then(
    ([answer]) => answer && proximity.routeReady(request.key, answer),
    () => undefined, // the list's own request reports a broken network
  );
}

/**
 * Keeps the distances by road of the listed nearest communities, the route drawn to one of them
 * and the ruler's routes up to date (each request keyed, so a late answer for an older list is dropped). Returns a function that
 * stops it.
 */
export function watchRoads(
  proximity: ProximityState,
  ruler: RulerState,
  route: RouteByRoad,
): () => void {
  return $effect.root(() => {
    $effect(() => void requestNearestRoads(proximity, route));
    $effect(() => void requestRulerRoutes(ruler, route));
    $effect(() => void requestShownRoute(proximity, route));
  });
}
