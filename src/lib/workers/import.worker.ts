/// <reference lib="webworker" />
// Users' own layers: reading their files (sniffing, decoding, and the parsers for CSV, GeoJSON,
// Excel, KML/KMZ, GPX and Shapefiles), and measuring from their large shapes (thousands of points
// or vertices) so a click never blocks the page. A worker of its own, started on first use, so
// these libraries load only when needed (never at start), and measuring never waits behind the
// geometry worker's ring buffers or roads. A file is read once, checked in one pass and packed
// for the page (import/pipeline.ts): MapLibre's own worker parses the map's copy from a blob: URL.
import { readForPage } from '../import/pipeline';
import { nearestPoints, ringMembers } from '../geo/proximity';
import { buildPointIndex } from '../geo/pointIndex';
import type { LonLat } from '../shared/vocabulary';
import type { ImportRequest, WorkerRequests } from './protocol';
import { serve } from './serve';

const handlers: {
  [K in ImportRequest]: (
    p: WorkerRequests[K]['request'],
  ) => WorkerRequests[K]['response'] | Promise<WorkerRequests[K]['response']>;
} = {
  async import({ file, name, options }) {
    return readForPage(file, name, options);
  },
  proximity({ site, points, limit, radiiKm }) {
    const index = buildPointIndex(
      Array.from({ length: points.length / 2 }, (_, i): LonLat => [
        points[2 * i]!,
        points[2 * i + 1]!,
      ]),
    );
    return {
      nearest: nearestPoints(site, index, { limit }),
      rings: ringMembers(site, index, radiiKm),
    };
  },
};

serve(handlers);
