/**
 * The roads as the map draws them: lines of the same class, surface and route name merged where
 * they simply continue each other (a node with just those two lines), so labels have room and the
 * file stays small; the synthetic edges (snaps, connectors) as their own lines with their reason.
 */
import type { Feature, LineString } from 'geojson';
import type { LonLat } from '../../src/lib/geo/geodesic';
import { degrees, type RoadEdge, type RoadNetwork } from '../../src/lib/geo/roadNetwork';

export interface RoadLineProps {
  kind: RoadEdge['kind'];
  surface?: string;
  class?: string;
  name?: string;
  reason?: string;
}

const styleKey = (e: RoadEdge) => `${e.kind}|${e.surface}|${e.roadClass}|${e.name}`;

/** Merged road lines and the synthetic edges, ready to write as GeoJSON features. */
export function roadLines(network: RoadNetwork): Feature<LineString, RoadLineProps>[] {
  const deg = degrees(network);
  const roads = network.edges.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'road');
  const at = new Map<number, number[]>();
  for (const { e, i } of roads) {
    for (const n of [e.a, e.b]) at.set(n, [...(at.get(n) ?? []), i]);
  }
  // A node joins two lines when they are the only lines there and look the same.
  const through = (node: number, from: number): number | null => {
    const here = at.get(node) ?? [];
    if (deg[node] !== 2 || here.length !== 2) return null;
    const next = here[0] === from ? here[1]! : here[0]!;
    return next !== from && styleKey(network.edges[next]!) === styleKey(network.edges[from]!)
      ? next
      : null;
  };
  const used = new Set<number>();
  const features: Feature<LineString, RoadLineProps>[] = [];
  for (const { e, i } of roads) {
    if (used.has(i)) continue;
    used.add(i);
    // Walk backwards from a, then forwards from b, collecting the chain's coordinates.
    let coords: LonLat[] = [...e.coords];
    for (const [end, forward] of [
      [e.b, true],
      [e.a, false],
    ] as const) {
      let node = end;
      let from = i;
      for (;;) {
        const next = through(node, from);
        if (next === null || used.has(next)) break;
        used.add(next);
        const n = network.edges[next]!;
        const part = n.a === node ? n.coords : [...n.coords].reverse();
        coords = forward
          ? [...coords, ...part.slice(1)]
          : [...[...part].reverse(), ...coords.slice(1)];
        node = n.a === node ? n.b : n.a;
        from = next;
      }
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: {
        kind: 'road',
        ...(e.surface ? { surface: e.surface } : {}),
        ...(e.roadClass ? { class: e.roadClass } : {}),
        ...(e.name ? { name: e.name } : {}),
      },
    });
  }
  for (const e of network.edges) {
    if (e.kind === 'road') continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: e.coords },
      properties: { kind: e.kind, ...(e.reason ? { reason: e.reason } : {}) },
    });
  }
  return features;
}
