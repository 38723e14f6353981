/**
 * The road network and routing: building the graph (nodes, snapping, connectors), the shipped
 * file's format, and shortest paths checked against paths worked out by hand, on small fixtures
 * and on the shipped network.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geodesicDistanceKm, pathLengthKm, type LonLat } from '../../../src/lib/geo/geodesic';
import {
  buildRoadNetwork,
  components,
  degrees,
  type RawRoad,
} from '../../../src/lib/geo/roadNetwork';
import { MAX_OFF_ROAD_KM, RoadRouter, type RoadRoute } from '../../../src/lib/geo/roadRouter';
import {
  decodeRoadGraph,
  encodeRoadGraph,
  ROAD_GRAPH_FORMAT,
} from '../../../src/lib/geo/roadGraphFile';
import { CONNECTORS } from '../../../scripts/roads/connectors';

const road = (coordinates: LonLat[], surface: RawRoad['surface'] = 'paved'): RawRoad => ({
  coordinates,
  surface,
  roadClass: 'secondary',
});

/**
 * A square of roads 0.1° a side at 41° N, A(75,41) B(75.1,41) C(75.1,41.1) D(75,41.1), A–B–C and
 * A–D–C, plus a long detour A–E–C through E(74.8,41.05).
 */
const A: LonLat = [75, 41];
const B: LonLat = [75.1, 41];
const C: LonLat = [75.1, 41.1];
const D: LonLat = [75, 41.1];
const E: LonLat = [74.8, 41.05];
const square = [road([A, B]), road([B, C]), road([A, D]), road([D, C]), road([A, E, C])];

function routed(router: RoadRouter, from: LonLat, to: LonLat): RoadRoute {
  const r = router.route(from, to, { path: true });
  if (!r.reachable) throw new Error(`no route: ${r.why}`);
  return r;
}

describe('building the road network', () => {
  it('makes one node per distinct line end and one edge per line, with geodesic lengths', () => {
    const net = buildRoadNetwork(square, { snapKm: 0 });
    expect(net.nodes).toHaveLength(4); // E is inside a line, not an end
    expect(net.edges).toHaveLength(5);
    expect(net.edges[0]!.km).toBeCloseTo(geodesicDistanceKm(A, B), 9);
    expect(net.edges[4]!.km).toBeCloseTo(pathLengthKm([A, E, C]), 9);
    expect(degrees(net)[0]).toBe(3); // A: A–B, A–D, A–E–C
    expect(net.edges.every((e) => e.kind === 'road' && e.reason === null)).toBe(true);
  });

  it('joins a road end to a road passing within 2 km, splitting that road, with a reason', () => {
    // A spur ending 1.1 km south of the middle of A–B (a T-junction the data drew apart).
    const spur = road([
      [75.05, 40.9],
      [75.05, 40.99],
    ]);
    const net = buildRoadNetwork([road([A, B]), spur], { snapKm: 2 });
    const snaps = net.edges.filter((e) => e.kind === 'snap');
    expect(snaps).toHaveLength(1);
    expect(snaps[0]!.km).toBeCloseTo(geodesicDistanceKm([75.05, 40.99], [75.05, 41]), 3);
    expect(snaps[0]!.reason).toMatch(/1\.1\d km from another road, joined/);
    // A–B split at the junction: two road edges whose lengths add up to the original.
    const ab = net.edges.filter((e) => e.kind === 'road' && e.coords.some((c) => c[1] === 41));
    expect(ab).toHaveLength(2);
    expect(ab[0]!.km + ab[1]!.km).toBeCloseTo(geodesicDistanceKm(A, B), 6);
    expect(new Set(components(net))).toEqual(new Set([0]));
  });

  it('leaves a gap wider than 2 km, and never short-cuts roads that already meet', () => {
    const far = road([
      [75.05, 40.9],
      [75.05, 40.97], // 3.3 km from A–B
    ]);
    const apart = buildRoadNetwork([road([A, B]), far], { snapKm: 2 });
    expect(apart.edges.filter((e) => e.kind === 'snap')).toEqual([]);
    expect(new Set(components(apart)).size).toBe(2);
    // A dead end 0.5 km from its own road's other branch, already linked within 3 × 0.5 km.
    const hook = buildRoadNetwork(
      [
        road([
          [75, 41],
          [75.004, 41],
        ]),
        road([
          [75.004, 41],
          [75.004, 41.004],
        ]),
      ],
      { snapKm: 2 },
    );
    expect(hook.edges.filter((e) => e.kind === 'snap')).toEqual([]);
  });

  it('adds each connector as a synthetic edge with its reason, and refuses one that misses', () => {
    const pieces = [road([A, B]), road([C, D])];
    const net = buildRoadNetwork(pieces, {
      snapKm: 0,
      connectors: [{ from: [75.1001, 41.0001], to: C, reason: 'gap in the data' }],
    });
    const c = net.edges.find((e) => e.kind === 'connector')!;
    expect(c.reason).toBe('gap in the data');
    expect(c.km).toBeCloseTo(geodesicDistanceKm(B, C), 6);
    expect(new Set(components(net)).size).toBe(1);
    expect(() =>
      buildRoadNetwork(pieces, {
        connectors: [{ from: [76, 42], to: C, reason: 'nowhere' }],
      }),
    ).toThrow(/Connector “nowhere”: no road end within 1 km/);
  });

  it('round-trips through the shipped file format', () => {
    const net = buildRoadNetwork(square, {
      connectors: [{ from: A, to: C, reason: 'test' }],
    });
    const file = JSON.parse(JSON.stringify(encodeRoadGraph(net)));
    expect(file.format).toBe(ROAD_GRAPH_FORMAT);
    const back = decodeRoadGraph(file);
    expect(back.nodes).toEqual(net.nodes);
    expect(back.edges.map((e) => [e.a, e.b, e.kind, e.reason])).toEqual(
      net.edges.map((e) => [e.a, e.b, e.kind, e.reason]),
    );
    expect(() => decodeRoadGraph({ format: 'other' })).toThrow(/not in the format/);
  });
});

describe('routing on the network', () => {
  const router = new RoadRouter(buildRoadNetwork(square, { snapKm: 0 }));

  it('finds the hand-checked shortest path A → C (via B or D, not the detour through E)', () => {
    const r = routed(router, A, C);
    const viaB = geodesicDistanceKm(A, B) + geodesicDistanceKm(B, C);
    const viaD = geodesicDistanceKm(A, D) + geodesicDistanceKm(D, C);
    expect(r.roadKm).toBeCloseTo(Math.min(viaB, viaD), 6);
    expect(r.totalKm).toBeCloseTo(r.roadKm, 9);
    expect(r.path![0]).toEqual(A);
    expect(r.path!.at(-1)).toEqual(C);
    expect(r.path).toHaveLength(3);
    expect(pathLengthKm(r.path!)).toBeCloseTo(r.roadKm, 6);
    expect(r.syntheticKm).toBe(0);
  });

  it('joins places off the road at their nearest road point and counts the legs geodesically', () => {
    const from: LonLat = [75.05, 40.98]; // south of the middle of A–B
    const to: LonLat = [75.12, 41.1]; // east of C
    const r = routed(router, from, to);
    expect(r.fromJoin[0]).toBeCloseTo(75.05, 6);
    expect(r.fromJoin[1]).toBeCloseTo(41, 6);
    expect(r.fromOffRoadKm).toBeCloseTo(geodesicDistanceKm(from, [75.05, 41]), 3);
    expect(r.toOffRoadKm).toBeCloseTo(geodesicDistanceKm(to, C), 3);
    const expected = geodesicDistanceKm([75.05, 41], B) + geodesicDistanceKm(B, C);
    expect(r.roadKm).toBeCloseTo(expected, 3);
    expect(r.totalKm).toBeCloseTo(r.fromOffRoadKm + r.roadKm + r.toOffRoadKm, 9);
  });

  it('measures two places on the same road along it', () => {
    const r = routed(router, [75.02, 41], [75.08, 41]);
    expect(r.roadKm).toBeCloseTo(geodesicDistanceKm([75.02, 41], [75.08, 41]), 3);
    expect(r.path).toHaveLength(2);
  });

  it('says “apart” between pieces the data does not connect, and “far” far from every road', () => {
    const two = new RoadRouter(
      buildRoadNetwork([
        road([A, B]),
        road([
          [76, 42],
          [76.1, 42],
        ]),
      ]),
    );
    expect(two.route(A, [76.05, 42])).toEqual({ reachable: false, why: 'apart' });
    const remote: LonLat = [75.05, 41 - (MAX_OFF_ROAD_KM + 1) / 110];
    expect(router.route(A, remote)).toEqual({ reachable: false, why: 'far' });
    expect(router.join(remote)).toBeNull();
  });

  it('names the synthetic edges a route uses', () => {
    const net = buildRoadNetwork([road([A, B]), road([C, D])], {
      snapKm: 0,
      connectors: [{ from: B, to: C, reason: 'the B–C gap' }],
    });
    const r = routed(new RoadRouter(net), A, D);
    expect(r.reasons).toEqual(['the B–C gap']);
    expect(r.syntheticKm).toBeCloseTo(geodesicDistanceKm(B, C), 6);
  });
});

describe('the shipped road network (geodata/noncommercial/road-graph.json)', () => {
  const network = decodeRoadGraph(
    JSON.parse(readFileSync('geodata/noncommercial/road-graph.json', 'utf8')),
  );
  const router = new RoadRouter(network);

  it('is almost one piece after snapping and connectors, every synthetic edge with a reason', () => {
    const comp = components(network);
    const km = (c: number) =>
      network.edges.filter((e) => comp[e.a] === c).reduce((a, e) => a + e.km, 0);
    const total = network.edges.reduce((a, e) => a + e.km, 0);
    expect(km(0) / total).toBeGreaterThan(0.98);
    for (const e of network.edges.filter((x) => x.kind !== 'road')) {
      expect(e.reason, `${e.kind} ${e.a}–${e.b}`).toBeTruthy();
      expect(e.km).toBeLessThanOrEqual(e.kind === 'snap' ? 2 : 12);
    }
    const connectors = network.edges.filter((e) => e.kind === 'connector');
    expect(connectors.map((e) => e.reason)).toEqual(CONNECTORS.map((c) => c.reason));
  });

  it('crosses the Tash-Kumyr gap by its connector', () => {
    // Tash-Kumyr to Jalal-Abad (town points from the basemap's places).
    const r = routed(router, [72.2203, 41.3478], [72.9989, 40.9333]);
    expect(r.reasons.some((x) => x.startsWith('Tash-Kumyr gap'))).toBe(true);
  });

  it('routes between the two ends of one road line by that line, as checked by hand', () => {
    const edge = network.edges.find((e) => e.kind === 'road' && e.km > 20 && e.coords.length > 5)!;
    const r = routed(router, network.nodes[edge.a]!, network.nodes[edge.b]!);
    expect(r.roadKm).toBeLessThanOrEqual(edge.km + 1e-9);
    // The file stores lengths to the metre.
    expect(pathLengthKm(r.path!)).toBeCloseTo(r.roadKm, 2);
  });
});
