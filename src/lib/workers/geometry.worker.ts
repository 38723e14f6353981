/// <reference lib="webworker" />
// Work that could block the page: buffering lines and polygons for radius rings (Turf's buffer,
// built on the large JSTS library), the site × community distance table, and reading users' files.
// Loaded on first use, run off the main thread.
import { ringPolygon } from '../geo/buffer';
import { distanceTable } from '../geo/distanceTable';
import { importText } from '../import/importFile';
import type { GeometryRequest, WorkerRequests } from './protocol';
import { serve } from './serve';

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
};

serve(handlers);
