import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, RawDataset } from '../data/load';
import type { TablePair, TableSite } from '../geo/distanceTable';
import type { LonLat } from '../geo/geodesic';
import type { NearbyPoint, ProximitySite, RingMembers } from '../geo/proximity';
import type { RegionShape, SiteRegions } from '../geo/regions';
import type { ImportOptions, ImportResult } from '../import/importFile';
import type { RoadAnswer } from '../geo/roadRouter';

/** Requests the main thread sends to the atlas worker, and what each answers. */
export interface WorkerRequests {
  /** Fetch the data files at these URLs and validate them. */
  load: { request: { urls: Record<keyof RawDataset, string> }; response: Dataset };
  /** Fetch the oblast boundaries at `url` and tell which oblast each point lies in. */
  regions: {
    request: { url: string; points: Record<string, LonLat>; shapes?: Record<string, RegionShape> };
    response: SiteRegions;
  };
  /** Buffers a line or polygon by each radius, for radius rings. */
  buffer: {
    request: { geometry: Geometry; radiiKm: number[] };
    response: (Feature<Polygon | MultiPolygon> | null)[];
  };
  /** Nearest points and ring members of a large shape (thousands of points or vertices). */
  proximity: {
    request: {
      site: ProximitySite;
      /** Positions flat: lon, lat, lon, lat… */
      points: Float64Array;
      limit: number;
      radiiKm: number[];
    };
    response: { nearest: NearbyPoint[]; rings: RingMembers[] };
  };
  /** Reads a user's file (any supported format) into features, with what was skipped and why. */
  import: {
    request: { file: Blob; name: string; options?: ImportOptions };
    response: ImportResult;
  };
  /** Site × community pairs within a radius (the distance table). */
  table: {
    request: { sites: TableSite[]; communities: LonLat[]; radiusKm: number };
    response: TablePair[];
  };
  /** Distances by road between pairs of places (with each route's line if `paths`), on the network at `url`. */
  roads: {
    request: { url: string; pairs: { from: LonLat; to: LonLat }[]; paths?: boolean };
    response: RoadAnswer[];
  };
}

export type RequestType = keyof WorkerRequests;
/**
 * Requests answered by the data worker (started at once), the geometry worker and the import
 * worker (each started on first use).
 */
export type DataRequest = 'load';
export type GeometryRequest = 'buffer' | 'table' | 'regions' | 'roads';
export type ImportRequest = 'import' | 'proximity';
export type WorkerKind = 'data' | 'geometry' | 'import';
export const WORKER_OF: Record<RequestType, WorkerKind> = {
  load: 'data',
  regions: 'geometry',
  buffer: 'geometry',
  table: 'geometry',
  import: 'import',
  proximity: 'import',
  roads: 'geometry',
};

export interface RequestMessage<K extends RequestType = RequestType> {
  id: number;
  type: K;
  payload: WorkerRequests[K]['request'];
}

export type ResponseMessage =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
