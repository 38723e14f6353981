import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, RawDataset } from '../data/load';

/** Requests the main thread sends to the atlas worker, and what each answers. */
export interface WorkerRequests {
  /** Fetch the data files at these URLs and validate them. */
  load: { request: { urls: Record<keyof RawDataset, string> }; response: Dataset };
  /** Buffers a line or polygon by each radius, for radius rings. */
  buffer: {
    request: { geometry: Geometry; radiiKm: number[] };
    response: (Feature<Polygon | MultiPolygon> | null)[];
  };
}

export type RequestType = keyof WorkerRequests;
/** Requests answered by the data worker (started at once) and the geometry worker (on demand). */
export type DataRequest = 'load';
export type GeometryRequest = 'buffer';
export const WORKER_OF: Record<RequestType, 'data' | 'geometry'> = {
  load: 'data',
  buffer: 'geometry',
};

export interface RequestMessage<K extends RequestType = RequestType> {
  id: number;
  type: K;
  payload: WorkerRequests[K]['request'];
}

export type ResponseMessage =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
