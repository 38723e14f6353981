/// <reference lib="webworker" />
// Work that could block the page: buffering lines and polygons for radius rings (Turf's buffer,
// built on the large JSTS library), the site × community distance table,
// placing sites in their oblasts for the region filter, and distances by road (the network is
// fetched on the first road request).
// Loaded on first use, run off the main thread. (Users' files are read by import.worker.ts.)
import { ringPolygon } from '../geo/buffer';
import { distanceTable } from '../geo/distanceTable';
import type { GeometryRequest, WorkerRequests } from './protocol';
import { serve } from './serve';
import { regionsOf } from '../geo/regions';
import { fetchJson } from './fetchJson';
import { RoadRouter } from '../geo/roadRouter';
import { decodeRoadGraph } from '../geo/roadGraphFile';

/** One router per road network file, made on the first request that needs it. */
const routers = new Map<string, Promise<RoadRouter>>();
function routerAt(url: string): Promise<RoadRouter> {
  let router = routers.get(url);
  if (!router) {
    router = fetchJson('the road network', url).then(
      (data) => new RoadRouter(decodeRoadGraph(data)),
    );
    router.catch(() => routers.delete(url)); // a failed load is tried again next time
    routers.set(url, router);
  }
  return router;
}

const handlers: {
  [K in GeometryRequest]: (
    p: WorkerRequests[K]['request'],
  ) => WorkerRequests[K]['response'] | Promise<WorkerRequests[K]['response']>;
} = {
  buffer({ geometry, radiiKm }) {
    return radiiKm.map((km) => ringPolygon(geometry, km));
  },
  table({ sites, communities, radiusKm }) {
    return distanceTable(sites, communities, radiusKm);
  },
  async regions({ url, points, shapes }) {
    const oblasts = await fetchJson('the oblast boundaries', url);
    return regionsOf(oblasts as Parameters<typeof regionsOf>[0], points, shapes);
  },
  async roads({ url, pairs, paths }) {
    const router = await routerAt(url);
    return pairs.map(({ from, to }) => router.route(from, to, { path: !!paths }));
  },
};

serve(handlers);
