import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geodesicDistanceKm, geodesicPath, type LonLat } from './geodesic';

export interface MeasureSummary {
  /** Geodesic length of each segment, kilometres. */
  segmentsKm: number[];
  /** Sum of the segments, kilometres. */
  totalKm: number;
}

/** Segment lengths and total of a ruler path, on the WGS84 ellipsoid. */
export function summarisePath(points: readonly LonLat[]): MeasureSummary {
  const segmentsKm = points.slice(1).map((p, i) => geodesicDistanceKm(points[i]!, p));
  return { segmentsKm, totalKm: segmentsKm.reduce((a, b) => a + b, 0) };
}

/**
 * The ruler drawn on the map: geodesic segment lines, the clicked points, a label per segment at
 * its middle, and (while measuring) a dashed preview segment to the pointer.
 */
export function measureFeatures(
  points: readonly LonLat[],
  label: (km: number) => string,
  preview: LonLat | null = null,
): FeatureCollection<Geometry, Record<string, unknown>> {
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  const segment = (a: LonLat, b: LonLat, isPreview: boolean) => {
    const path = geodesicPath(a, b, 2);
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: path },
      properties: { preview: isPreview },
    });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: path[Math.floor(path.length / 2)]! },
      properties: { label: label(geodesicDistanceKm(a, b)), segment: true },
    });
  };
  points.slice(1).forEach((p, i) => segment(points[i]!, p, false));
  const last = points.at(-1);
  if (preview && last) segment(last, preview, true);
  points.forEach((p, i) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...p] },
      properties: { index: i },
    }),
  );
  return { type: 'FeatureCollection', features };
}
