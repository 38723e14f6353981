/**
 * Distance by road on the shipped network (see roadNetwork.ts): a place joins the network at its
 * nearest road point (the off-road leg is geodesic, counted and returned), and the shortest path
 * between two joins is found with ngraph.path's A* (heuristic: great-circle distance, which never
 * overestimates a road). Pure; the geometry worker holds one router per network file.
 */
import createGraph, { type Graph, type Link, type Node } from 'ngraph.graph';
import { aStar, type PathFinder } from 'ngraph.path';
import type { LonLat } from './geodesic';
import { geodesicDistanceKm } from './geodesic';
import { projectOnSegment, type RoadNetwork } from './roadNetwork';

/** Farther than this from every road of the data, a place has "no road in the data", km. */
export const MAX_OFF_ROAD_KM = 10;

/** A position on an edge: the segment (index of its first vertex), 0–1 along it, the point. */
interface EdgePos {
  segment: number;
  t: number;
  point: LonLat;
}

/** Where a place joins the network. */
export interface RoadJoin extends EdgePos {
  edge: number;
  /** From the edge's first node along the line, kilometres. */
  alongKm: number;
  /** The off-road leg: geodesic from the place to the join point, kilometres. */
  offRoadKm: number;
}

/** A route found on the network. Lengths in kilometres. */
export interface RoadRoute {
  reachable: true;
  /** Off-road legs + road, what is shown as the distance by road. */
  totalKm: number;
  roadKm: number;
  fromOffRoadKm: number;
  toOffRoadKm: number;
  /** Of `roadKm`, the part on synthetic edges (snaps and connectors). */
  syntheticKm: number;
  /** Why the synthetic edges used are there (each once). */
  reasons: string[];
  /** Where the two places join the roads. */
  fromJoin: LonLat;
  toJoin: LonLat;
  /** The road part as a line (only when asked for). */
  path: LonLat[] | null;
}

/**
 * No route: `far`: a place is farther than MAX_OFF_ROAD_KM from every road of the data;
 * `apart`: the two join pieces of the network that the data does not connect.
 */
export interface NoRoad {
  reachable: false;
  why: 'far' | 'apart';
}

export type RoadAnswer = RoadRoute | NoRoad;

interface LinkData {
  km: number;
  edge: number;
  from: EdgePos;
  to: EdgePos;
}

/** Cell size of the segment grid, degrees. */
const CELL = 0.05;
/** Fewest kilometres a cell spans in either direction inside the network's latitudes (≤ 60°). */
const CELL_KM = CELL * 111.32 * 0.5;

const START = 'start';
const END = 'end';

/** The router over one network: joins places to it and finds shortest paths. */
export class RoadRouter {
  readonly #network: RoadNetwork;
  readonly #graph: Graph<LonLat, LinkData>;
  readonly #finder: PathFinder<LonLat>;
  /** Cumulative kilometres at each vertex of each edge. */
  readonly #along: number[][];
  readonly #grid = new Map<string, [number, number][]>();

  constructor(network: RoadNetwork) {
    this.#network = network;
    this.#graph = createGraph<LonLat, LinkData>({ multigraph: true });
    network.nodes.forEach((p, i) => this.#graph.addNode(i, p));
    // Cumulative km at each vertex: local flat lengths scaled to the edge's geodesic length, so
    // the ends are exact and a point inside is off by far less than a metre (segments are short).
    this.#along = network.edges.map((e) => {
      const out = [0];
      for (let s = 1; s < e.coords.length; s++) {
        out.push(out[s - 1]! + flatKm(e.coords[s - 1]!, e.coords[s]!));
      }
      const scale = out.at(-1)! > 0 ? e.km / out.at(-1)! : 0;
      return out.map((km) => km * scale);
    });
    network.edges.forEach((e, i) => {
      this.#graph.addLink(e.a, e.b, {
        km: e.km,
        edge: i,
        from: this.#endPos(i, 'a'),
        to: this.#endPos(i, 'b'),
      });
      for (let s = 1; s < e.coords.length; s++) this.#index(i, s - 1);
    });
    this.#finder = aStar<LonLat, LinkData>(this.#graph, {
      oriented: false,
      distance: (_a, _b, link) => link.data.km,
      // Great-circle, shaved by 0.5 % so it never exceeds the WGS84 geodesic: A* stays exact.
      heuristic: (a, b) => greatCircleKm(a.data, b.data) * 0.995,
    });
  }

  /** The network's first (a) or last (b) vertex of an edge as a position. */
  #endPos(edge: number, end: 'a' | 'b'): EdgePos {
    const coords = this.#network.edges[edge]!.coords;
    return end === 'a'
      ? { segment: 0, t: 0, point: coords[0]! }
      : { segment: coords.length - 2, t: 1, point: coords.at(-1)! };
  }

  #index(edge: number, segment: number): void {
    const coords = this.#network.edges[edge]!.coords;
    const a = coords[segment]!;
    const b = coords[segment + 1]!;
    for (let x = cell(Math.min(a[0], b[0])); x <= cell(Math.max(a[0], b[0])); x++) {
      for (let y = cell(Math.min(a[1], b[1])); y <= cell(Math.max(a[1], b[1])); y++) {
        const k = `${x},${y}`;
        const list = this.#grid.get(k);
        if (list) list.push([edge, segment]);
        else this.#grid.set(k, [[edge, segment]]);
      }
    }
  }

  /** Where a place joins the roads: the nearest point of any road, or null beyond MAX_OFF_ROAD_KM. */
  join(p: LonLat): RoadJoin | null {
    const cx = cell(p[0]);
    const cy = cell(p[1]);
    let best: { edge: number; segment: number; t: number; point: LonLat; d2: number } | null = null;
    const rings = Math.ceil(MAX_OFF_ROAD_KM / CELL_KM) + 1;
    for (let r = 0; r <= rings; r++) {
      // Anything in ring r is at least (r - 1) cells away: stop once the best is nearer.
      if (best && Math.sqrt(best.d2) < (r - 1) * CELL_KM) break;
      for (let x = cx - r; x <= cx + r; x++) {
        for (let y = cy - r; y <= cy + r; y++) {
          if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== r) continue;
          for (const [edge, segment] of this.#grid.get(`${x},${y}`) ?? []) {
            const coords = this.#network.edges[edge]!.coords;
            const hit = projectOnSegment(p, coords[segment]!, coords[segment + 1]!);
            if (!best || hit.d2 < best.d2) best = { edge, segment, ...hit };
          }
        }
      }
    }
    if (!best) return null;
    const offRoadKm = geodesicDistanceKm(p, best.point);
    if (offRoadKm > MAX_OFF_ROAD_KM) return null;
    const along = this.#along[best.edge]!;
    const alongKm =
      along[best.segment]! + best.t * (along[best.segment + 1]! - along[best.segment]!);
    const { edge, segment, t, point } = best;
    return { edge, segment, t, point, alongKm, offRoadKm };
  }

  /** The shortest way by road from one place to another (with its line when `path` is true). */
  route(from: LonLat, to: LonLat, { path = false }: { path?: boolean } = {}): RoadAnswer {
    const jf = this.join(from);
    const jt = this.join(to);
    if (!jf || !jt) return { reachable: false, why: 'far' };
    const g = this.#graph;
    this.#attach(START, jf);
    this.#attach(END, jt);
    if (jf.edge === jt.edge) {
      g.addLink(START, END, {
        km: Math.abs(jf.alongKm - jt.alongKm),
        edge: jf.edge,
        from: jf,
        to: jt,
      });
    }
    try {
      return this.#walk(this.#finder.find(START, END).reverse(), jf, jt, path);
    } finally {
      g.removeNode(START);
      g.removeNode(END);
    }
  }

  /** The route along a path of nodes found by A* (empty: no path). */
  #walk(nodes: Node<LonLat>[], jf: RoadJoin, jt: RoadJoin, path: boolean): RoadAnswer {
    if (nodes.length < 2) return { reachable: false, why: 'apart' };
    let roadKm = 0;
    let syntheticKm = 0;
    const reasons = new Set<string>();
    const line: LonLat[] = [];
    for (let i = 1; i < nodes.length; i++) {
      const step = cheapest(nodes[i - 1]!, nodes[i]!);
      roadKm += step.data.km;
      const edge = this.#network.edges[step.data.edge]!;
      if (edge.kind !== 'road') {
        syntheticKm += step.data.km;
        if (edge.reason) reasons.add(edge.reason);
      }
      if (path) {
        const forward = step.fromId === nodes[i - 1]!.id;
        const part = this.#slice(
          step.data.edge,
          forward ? step.data.from : step.data.to,
          forward ? step.data.to : step.data.from,
        );
        line.push(...(line.length ? part.slice(1) : part));
      }
    }
    return {
      reachable: true,
      totalKm: jf.offRoadKm + roadKm + jt.offRoadKm,
      roadKm,
      fromOffRoadKm: jf.offRoadKm,
      toOffRoadKm: jt.offRoadKm,
      syntheticKm,
      reasons: [...reasons],
      fromJoin: jf.point,
      toJoin: jt.point,
      path: path ? line : null,
    };
  }

  /** A temporary node at a join, linked to both ends of its edge by the partial lengths. */
  #attach(id: string, j: RoadJoin): void {
    const edge = this.#network.edges[j.edge]!;
    this.#graph.addNode(id, j.point);
    this.#graph.addLink(id, edge.a, {
      km: j.alongKm,
      edge: j.edge,
      from: j,
      to: this.#endPos(j.edge, 'a'),
    });
    this.#graph.addLink(id, edge.b, {
      km: edge.km - j.alongKm,
      edge: j.edge,
      from: j,
      to: this.#endPos(j.edge, 'b'),
    });
  }

  /** The part of an edge's line between two positions on it, in that direction. */
  #slice(edge: number, a: EdgePos, b: EdgePos): LonLat[] {
    const coords = this.#network.edges[edge]!.coords;
    const before = a.segment < b.segment || (a.segment === b.segment && a.t <= b.t);
    const [lo, hi] = before ? [a, b] : [b, a];
    const inner = coords.slice(lo.segment + 1, hi.segment + 1);
    const out = [lo.point, ...inner, hi.point].filter(
      (p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1],
    );
    return before ? out : out.reverse();
  }
}

/** Length of a short segment in a local frame scaled for the WGS84 ellipsoid, km. */
function flatKm(a: LonLat, b: LonLat): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const kx = 111.3195 * Math.cos(lat) * (1 + 0.00336 * Math.sin(lat) ** 2);
  const ky = 111.1324 - 0.5592 * Math.cos(2 * lat);
  return Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky);
}

function cell(deg: number): number {
  return Math.floor(deg / CELL);
}

/** The shortest of the links between two neighbouring nodes of a path. */
function cheapest(a: Node<LonLat>, b: Node<LonLat>): Link<LinkData> {
  let best: Link<LinkData> | null = null;
  for (const link of a.links ?? []) {
    const other = link.fromId === a.id ? link.toId : link.fromId;
    if (other === b.id && (!best || link.data.km < best.data.km)) best = link as Link<LinkData>;
  }
  if (!best) throw new Error(`No link between road nodes ${a.id} and ${b.id}`);
  return best;
}

/** Great-circle distance on a sphere of the Earth's mean radius, kilometres. */
function greatCircleKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
