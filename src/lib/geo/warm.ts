import type { LineString, Polygon } from 'geojson';
import type { PointIndex } from './pointIndex';
import { nearestPoints } from './proximity';

/** Vertices of the made-up shapes: enough to take the indexed path large sites take. */
const VERTICES = 80;

/**
 * Runs the proximity code once, on a small made-up line and district near the first point, so the
 * first click on a site finds that code compiled: a cold JavaScript engine runs it several times
 * slower the first time (what a click on a line or district would otherwise pay). Nothing is kept
 * but the engine's compiled code; no site's result is cached. Meant for an idle moment after load.
 */
export function warmProximity(points: PointIndex): void {
  const at = points.points[0];
  if (!at) return;
  const [lon, lat] = at;
  const line: LineString = {
    type: 'LineString',
    coordinates: Array.from({ length: VERTICES }, (_, i) => [
      lon + i * 0.004,
      lat + (i % 2 ? 0.003 : -0.003),
    ]),
  };
  const ring = Array.from({ length: VERTICES }, (_, i) => {
    const a = (i / VERTICES) * 2 * Math.PI;
    return [lon + 0.15 * Math.cos(a), lat + 0.1 * Math.sin(a)];
  });
  const district: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  nearestPoints({ id: 'warm-line', geometry: line, uncertaintyKm: 0 }, points, { limit: 10 });
  nearestPoints(
    {
      id: 'warm-district',
      geometry: district,
      uncertaintyKm: 0,
      area: { kind: 'shape', shape: district },
    },
    points,
    { limit: 10 },
  );
}
