/// <reference lib="webworker" />
// Buffering lines and polygons for radius rings (Turf's buffer, built on the large JSTS library):
// loaded only when a line or polygon site is selected, and run off the main thread.
import { ringPolygon } from '../geo/buffer';
import type { GeometryRequest, WorkerRequests } from './protocol';
import { serve } from './serve';

const handlers: {
  [K in GeometryRequest]: (p: WorkerRequests[K]['request']) => WorkerRequests[K]['response'];
} = {
  buffer({ geometry, radiiKm }) {
    return radiiKm.map((km) => ringPolygon(geometry, km));
  },
};

serve(handlers);
