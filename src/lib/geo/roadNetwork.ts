/**
 * The routable road network: the roads' lines as edges between numbered nodes, plus the synthetic
 * edges the data needs to be routable (short "snap" edges where two pieces end within a few
 * kilometres of each other, and hand-listed connectors across known gaps), each marked with its
 * reason. Built once at data-build time (scripts/roads/) and shipped as one JSON file; pure.
 */
import type { LonLat } from './geodesic';
import { geodesicDistanceKm, geodesicPath, pathLengthKm } from './geodesic';

export type RoadSurface = 'paved' | 'unpaved' | 'unknown';
export type RoadClass = 'primary' | 'secondary' | 'limited_access';

/** A road line as the source data gives it. */
export interface RawRoad {
  coordinates: LonLat[];
  surface: RoadSurface;
  roadClass: RoadClass;
  /** Route name where a source names it (e.g. an AidData road project), else absent. */
  name?: string;
}

/** `road`: a line of the data; `snap`, `connector`: synthetic, with a reason. */
export type EdgeKind = 'road' | 'snap' | 'connector';

export interface RoadEdge {
  /** Node indexes at the two ends (coords[0] is at node a). */
  a: number;
  b: number;
  /** Geodesic length along the line, kilometres. */
  km: number;
  kind: EdgeKind;
  surface: RoadSurface | null;
  roadClass: RoadClass | null;
  name: string | null;
  /** Why a synthetic edge is there (null for roads of the data). */
  reason: string | null;
  coords: LonLat[];
}

export interface RoadNetwork {
  nodes: LonLat[];
  edges: RoadEdge[];
}

/** A hand-listed synthetic edge across a gap in the data, from near one node to near another. */
export interface Connector {
  from: LonLat;
  to: LonLat;
  reason: string;
}

export interface NetworkOptions {
  /** Road ends this close to a node of another piece (or far from it along the roads) are joined, km. */
  snapKm?: number;
  connectors?: readonly Connector[];
  /** A connector's ends must lie this close to a node, km. */
  connectorToleranceKm?: number;
}

/** Rounds a coordinate to 5 decimals (about 1 m), as the shipped files store it. */
export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

const key = ([lon, lat]: LonLat) => `${lon.toFixed(6)},${lat.toFixed(6)}`;

/**
 * Builds the network: one node per distinct line end (lines of the data meet only at shared
 * ends), one edge per line, then snap edges and connectors. A road end with no other road
 * (a dangling end) is joined to the nearest node within `snapKm` unless the roads already link
 * the two within three times that gap; so pieces cut apart by generalisation are joined, and
 * roads that already meet are not short-cut.
 */
export function buildRoadNetwork(
  roads: readonly RawRoad[],
  { snapKm = 2, connectors = [], connectorToleranceKm = 1 }: NetworkOptions = {},
): RoadNetwork {
  const nodes: LonLat[] = [];
  const byKey = new Map<string, number>();
  const nodeOf = (p: LonLat) => {
    const k = key(p);
    let i = byKey.get(k);
    if (i === undefined) {
      i = nodes.push([round5(p[0]), round5(p[1])]) - 1;
      byKey.set(k, i);
    }
    return i;
  };
  const edges: RoadEdge[] = [];
  for (const road of roads) {
    if (road.coordinates.length < 2) continue;
    const a = nodeOf(road.coordinates[0]!);
    const b = nodeOf(road.coordinates.at(-1)!);
    const coords = road.coordinates.map(([lon, lat]): LonLat => [round5(lon), round5(lat)]);
    edges.push({
      a,
      b,
      km: pathLengthKm(coords),
      kind: 'road',
      surface: road.surface,
      roadClass: road.roadClass,
      name: road.name ?? null,
      reason: null,
      coords,
    });
  }
  const network: RoadNetwork = { nodes, edges };
  addSnapEdges(network, snapKm);
  for (const c of connectors) addConnector(network, c, connectorToleranceKm);
  return network;
}

/** A straight (geodesic) synthetic edge between two nodes. */
function syntheticEdge(
  network: RoadNetwork,
  a: number,
  b: number,
  kind: 'snap' | 'connector',
  reason: string,
): RoadEdge {
  const coords = geodesicPath(network.nodes[a]!, network.nodes[b]!, 1).map(([lon, lat]): LonLat => [
    round5(lon),
    round5(lat),
  ]);
  return {
    a,
    b,
    km: geodesicDistanceKm(network.nodes[a]!, network.nodes[b]!),
    kind,
    surface: null,
    roadClass: null,
    name: null,
    reason,
    coords,
  };
}

/** How many edges meet at each node. */
export function degrees(network: RoadNetwork): number[] {
  const deg = network.nodes.map(() => 0);
  for (const e of network.edges) {
    deg[e.a]!++;
    deg[e.b]!++;
  }
  return deg;
}

/** Adjacency lists: for each node, [neighbour, km] of each edge. */
function adjacency(network: RoadNetwork): [number, number][][] {
  const adj: [number, number][][] = network.nodes.map(() => []);
  for (const e of network.edges) {
    adj[e.a]!.push([e.b, e.km]);
    adj[e.b]!.push([e.a, e.km]);
  }
  return adj;
}

/** Shortest distance along the edges from `from` to `to`, or Infinity beyond `limitKm`. */
function boundedDistance(
  adj: [number, number][][],
  from: number,
  to: number,
  limitKm: number,
): number {
  // A small Dijkstra with a linear scan: it never leaves a few kilometres around `from`.
  const dist = new Map<number, number>([[from, 0]]);
  const done = new Set<number>();
  for (;;) {
    let best = -1;
    let bestKm = Infinity;
    for (const [n, km] of dist) {
      if (!done.has(n) && km < bestKm) {
        best = n;
        bestKm = km;
      }
    }
    if (best < 0 || bestKm > limitKm) return Infinity;
    if (best === to) return bestKm;
    done.add(best);
    for (const [m, km] of adj[best]!) {
      const d = bestKm + km;
      if (d < (dist.get(m) ?? Infinity)) dist.set(m, d);
    }
  }
}

function addSnapEdges(network: RoadNetwork, snapKm: number): void {
  if (snapKm <= 0) return;
  const deg = degrees(network);
  const adj = adjacency(network);
  const dangling = network.nodes.flatMap((_, i) => (deg[i] === 1 ? [i] : []));
  for (const i of dangling) {
    const p = network.nodes[i]!;
    const hit = nearestOnEdges(network, p, (e) => e.a !== i && e.b !== i);
    if (!hit || hit.km > snapKm) continue;
    const edge = network.edges[hit.edge]!;
    // At (or within 10 m of) an end of the line: join that node; otherwise split the line there.
    const end =
      geodesicDistanceKm(hit.point, network.nodes[edge.a]!) < 0.01
        ? edge.a
        : geodesicDistanceKm(hit.point, network.nodes[edge.b]!) < 0.01
          ? edge.b
          : -1;
    const target = end >= 0 ? end : nodeOfSplit(network, adj, hit);
    if (boundedDistance(adj, i, target, 3 * hit.km) <= 3 * hit.km) continue;
    const snap = syntheticEdge(
      network,
      i,
      target,
      'snap',
      `A road end ${hit.km.toFixed(2)} km from another road, joined (the data’s lines are generalised)`,
    );
    network.edges.push(snap);
    adj[i]!.push([target, snap.km]);
    adj[target]!.push([i, snap.km]);
  }
}

/** Splits the edge of `hit` at its point into two edges; returns the new node there. */
function nodeOfSplit(network: RoadNetwork, adj: [number, number][][], hit: EdgeHit): number {
  const edge = network.edges[hit.edge]!;
  const node = network.nodes.push([round5(hit.point[0]), round5(hit.point[1])]) - 1;
  adj.push([]);
  const at = network.nodes[node]!;
  const first = [...edge.coords.slice(0, hit.segment + 1), at];
  const second = [at, ...edge.coords.slice(hit.segment + 1)];
  const dedupe = (cs: LonLat[]) =>
    cs.filter((c, k) => k === 0 || c[0] !== cs[k - 1]![0] || c[1] !== cs[k - 1]![1]);
  const part = (coords: LonLat[], a: number, b: number): RoadEdge => ({
    ...edge,
    a,
    b,
    coords: dedupe(coords),
    km: pathLengthKm(coords),
  });
  const one = part(first, edge.a, node);
  const two = part(second, node, edge.b);
  network.edges[hit.edge] = one;
  network.edges.push(two);
  // Keep the adjacency in step: the old edge's entries now lead to the new node.
  const swap = (from: number, to: number, km: number) => {
    const list = adj[from]!;
    const k = list.findIndex(([m, d]) => m === to && Math.abs(d - edge.km) < 1e-9);
    if (k >= 0) list.splice(k, 1);
    list.push([node, km]);
    adj[node]!.push([from, km]);
  };
  swap(edge.a, edge.b, one.km);
  swap(edge.b, edge.a, two.km);
  return node;
}

/** Where a point meets the nearest edge: the edge, segment, point on it and distance in km. */
export interface EdgeHit {
  edge: number;
  /** Index of the segment's first vertex in the edge's coords. */
  segment: number;
  /** Position along that segment, 0–1. */
  t: number;
  point: LonLat;
  /** Geodesic distance from the point asked about, kilometres. */
  km: number;
}

const RAD = Math.PI / 180;

/**
 * The nearest point on the network's edges (those `accept` lets through) to `p`: segments are
 * compared in a local frame scaled at the point's latitude (they are short), the winner measured
 * geodesically. Brute force: for the data build; the router indexes the segments.
 */
export function nearestOnEdges(
  network: RoadNetwork,
  p: LonLat,
  accept: (e: RoadEdge) => boolean = () => true,
): EdgeHit | null {
  let best: Omit<EdgeHit, 'km'> | null = null;
  let bestD = Infinity;
  network.edges.forEach((e, edge) => {
    if (!accept(e)) return;
    for (let s = 1; s < e.coords.length; s++) {
      const hit = projectOnSegment(p, e.coords[s - 1]!, e.coords[s]!);
      if (hit.d2 < bestD) {
        bestD = hit.d2;
        best = { edge, segment: s - 1, t: hit.t, point: hit.point };
      }
    }
  });
  if (!best) return null;
  const found = best as Omit<EdgeHit, 'km'>;
  return { ...found, km: geodesicDistanceKm(p, found.point) };
}

/** Projects p onto segment ab in a local equirectangular frame: squared distance (km²), t, point. */
export function projectOnSegment(
  p: LonLat,
  a: LonLat,
  b: LonLat,
): { d2: number; t: number; point: LonLat } {
  const kx = 111.32 * Math.cos(p[1] * RAD);
  const ky = 110.57;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
  const x = ax + t * dx;
  const y = ay + t * dy;
  return { d2: x * x + y * y, t, point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])] };
}

/** The node nearest to a point, and its distance in km. */
export function nearestNode(network: RoadNetwork, p: LonLat): { node: number; km: number } {
  let node = -1;
  let km = Infinity;
  network.nodes.forEach((q, j) => {
    const d = geodesicDistanceKm(p, q);
    if (d < km) {
      node = j;
      km = d;
    }
  });
  return { node, km };
}

function addConnector(network: RoadNetwork, c: Connector, toleranceKm: number): void {
  const from = nearestNode(network, c.from);
  const to = nearestNode(network, c.to);
  for (const [end, at] of [
    [from, c.from],
    [to, c.to],
  ] as const) {
    if (end.km > toleranceKm) {
      throw new Error(
        `Connector “${c.reason}”: no road end within ${toleranceKm} km of ${at.join(', ')} (nearest ${end.km.toFixed(2)} km)`,
      );
    }
  }
  if (from.node === to.node) throw new Error(`Connector “${c.reason}” joins a node to itself`);
  network.edges.push(syntheticEdge(network, from.node, to.node, 'connector', c.reason));
}

/** Connected pieces: the component id of each node (0 = the piece with the most road length). */
export function components(network: RoadNetwork): number[] {
  const parent = network.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const e of network.edges) parent[find(e.a)] = find(e.b);
  const km = new Map<number, number>();
  for (const e of network.edges) km.set(find(e.a), (km.get(find(e.a)) ?? 0) + e.km);
  const roots = [...new Set(network.nodes.map((_, i) => find(i)))].sort(
    (x, y) => (km.get(y) ?? 0) - (km.get(x) ?? 0),
  );
  const rank = new Map(roots.map((r, i) => [r, i]));
  return network.nodes.map((_, i) => rank.get(find(i))!);
}
