/**
 * Road benchmark: loading the shipped road network, and route queries from each site to its 50
 * nearest communities (straight-line nearest, then by road), as the geometry worker answers them.
 * Prints times and queries per second; never fails on time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { buildPointIndex, aroundPoint } from '../src/lib/geo/pointIndex';
import { decodeRoadGraph } from '../src/lib/geo/roadGraphFile';
import { RoadRouter } from '../src/lib/geo/roadRouter';
import type { LonLat } from '../src/lib/geo/geodesic';
import { readSitePoints } from './proximity';

const NEAREST = 50;
const REPEATS = 3;

export function runRoadBench(root: string): void {
  const file = resolve(root, 'geodata/noncommercial/road-graph.json');
  let t0 = performance.now();
  const network = decodeRoadGraph(JSON.parse(readFileSync(file, 'utf8')));
  const decodeMs = performance.now() - t0;
  t0 = performance.now();
  const router = new RoadRouter(network);
  const buildMs = performance.now() - t0;
  const communities = (
    JSON.parse(
      readFileSync(resolve(root, 'geodata/communities.geojson'), 'utf8'),
    ) as FeatureCollection<Point>
  ).features.map((f) => f.geometry.coordinates as LonLat);
  const index = buildPointIndex(communities);
  const sites = [...readSitePoints(root).values()];
  const pairs = sites.flatMap((s) =>
    aroundPoint(index, s, NEAREST).map((i) => ({ from: s, to: communities[i]! })),
  );
  const times: number[] = [];
  let reachable = 0;
  for (let r = 0; r < REPEATS; r++) {
    reachable = 0;
    const start = performance.now();
    for (const { from, to } of pairs) if (router.route(from, to).reachable) reachable++;
    times.push(performance.now() - start);
  }
  const ms = [...times].sort((a, b) => a - b)[Math.floor(REPEATS / 2)]!;
  console.log(
    `\nRoads (${network.nodes.length} nodes, ${network.edges.length} edges; ngraph.path A*):`,
  );
  console.log(
    `  read the network file + build the router : ${decodeMs.toFixed(0)} + ${buildMs.toFixed(0)} ms`,
  );
  console.log(
    `  ${sites.length} sites × ${NEAREST} nearest communities: ${pairs.length} routes in ${ms.toFixed(0)} ms` +
      ` = ${Math.round((pairs.length / ms) * 1000).toLocaleString('en')} routes/s` +
      ` (${(ms / sites.length).toFixed(1)} ms per site); ${reachable} with a road`,
  );
}
