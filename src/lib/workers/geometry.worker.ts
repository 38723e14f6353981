/// <reference lib="webworker" />
// Work that could block the page: buffering lines and polygons for radius rings (Turf's buffer,
// built on the large JSTS library), the site × community distance table, reading users' files, and
// placing sites in their oblasts for the region filter.
// Loaded on first use, run off the main thread.
import { ringPolygon } from '../geo/buffer';
import { distanceTable } from '../geo/distanceTable';
import { importText } from '../import/importFile';
import type { GeometryRequest, WorkerRequests } from './protocol';
import { serve } from './serve';
import { regionsOf } from '../geo/regions';
import { fetchJson } from './fetchJson';

const handlers: {
  [K in GeometryRequest]: (
    p: WorkerRequests[K]['request'],
  ) => WorkerRequests[K]['response'] | Promise<WorkerRequests[K]['response']>;
} = {
  async import({ file, name, columns }) {
    return importText(name, await file.text(), columns);
  },
  buffer({ geometry, radiiKm }) {
    return radiiKm.map((km) => ringPolygon(geometry, km));
  },
  table({ sites, communities, radiusKm }) {
    return distanceTable(sites, communities, radiusKm);
  },
  async regions({ url, points }) {
    const oblasts = await fetchJson('the oblast boundaries', url);
    return regionsOf(oblasts as Parameters<typeof regionsOf>[0], points);
  },
};

serve(handlers);
