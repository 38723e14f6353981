/**
 * The road network as the shipped file stores it (geodata/noncommercial/road-graph.json):
 * coordinates as flat [lon, lat, lon, lat…] arrays rounded to ~1 m, short keys. Pure.
 */
import type { LonLat } from './geodesic';
import type { EdgeKind, RoadClass, RoadEdge, RoadNetwork, RoadSurface } from './roadNetwork';
import { round5 } from './roadNetwork';

export const ROAD_GRAPH_FORMAT = 'kyrgyz-china-atlas/road-graph@1';

/** The credit the roads and the relief must carry (Global Map data policy). */
export const ROAD_GRAPH_CREDIT =
  'Global Map Kyrgyz ©ISCGM/State Service of Cartography and Geodesy of Kyrgyz Republic (non-commercial use only)';

export interface RoadGraphFile {
  format: typeof ROAD_GRAPH_FORMAT;
  credit: string;
  /** Flat [lon, lat, …] of the nodes. */
  nodes: number[];
  edges: {
    a: number;
    b: number;
    km: number;
    /** kind: r road, s snap, c connector. */
    k: 'r' | 's' | 'c';
    /** surface (roads only). */
    s?: RoadSurface;
    /** class (roads only). */
    c?: RoadClass;
    /** route name, where known. */
    n?: string;
    /** why a synthetic edge is there. */
    r?: string;
    /** flat [lon, lat, …] of the line. */
    xy: number[];
  }[];
}

const KIND_CODE: Record<EdgeKind, 'r' | 's' | 'c'> = { road: 'r', snap: 's', connector: 'c' };
const CODE_KIND: Record<string, EdgeKind> = { r: 'road', s: 'snap', c: 'connector' };

const flat = (points: readonly LonLat[]) => points.flatMap(([x, y]) => [round5(x), round5(y)]);

function pairs(xs: readonly number[]): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]!]);
  return out;
}

/** The network as the file stores it. */
export function encodeRoadGraph(network: RoadNetwork): RoadGraphFile {
  return {
    format: ROAD_GRAPH_FORMAT,
    credit: ROAD_GRAPH_CREDIT,
    nodes: flat(network.nodes),
    edges: network.edges.map((e) => ({
      a: e.a,
      b: e.b,
      km: Math.round(e.km * 1000) / 1000,
      k: KIND_CODE[e.kind],
      ...(e.surface ? { s: e.surface } : {}),
      ...(e.roadClass ? { c: e.roadClass } : {}),
      ...(e.name ? { n: e.name } : {}),
      ...(e.reason ? { r: e.reason } : {}),
      xy: flat(e.coords),
    })),
  };
}

/** Reads the file back into a network; throws with a message naming what is wrong. */
export function decodeRoadGraph(data: unknown): RoadNetwork {
  const file = data as Partial<RoadGraphFile> | null;
  if (!file || file.format !== ROAD_GRAPH_FORMAT || !Array.isArray(file.nodes)) {
    throw new Error(`The road network file is not in the format ${ROAD_GRAPH_FORMAT}`);
  }
  const nodes = pairs(file.nodes);
  const edges: RoadEdge[] = (file.edges ?? []).map((e, i) => {
    const kind = CODE_KIND[e.k];
    if (!kind || !(e.a in nodes) || !(e.b in nodes) || !(e.xy?.length >= 4)) {
      throw new Error(`The road network file has a broken edge (number ${i + 1})`);
    }
    return {
      a: e.a,
      b: e.b,
      km: e.km,
      kind,
      surface: e.s ?? null,
      roadClass: e.c ?? null,
      name: e.n ?? null,
      reason: e.r ?? null,
      coords: pairs(e.xy),
    };
  });
  return { nodes, edges };
}
