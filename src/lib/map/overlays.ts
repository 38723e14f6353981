/**
 * The tool overlays as GeoJSON for the map: radius rings with their labels, links from the
 * selected site to its nearest communities, the ruler. Pure: the map view passes in the state's
 * values and a distance formatter.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../shared/vocabulary';
import { circleRing } from '../geo/rings';
import { measureFeatures } from '../geo/measure';
import type { MapCollection } from './siteSources';

const EMPTY: MapCollection = { type: 'FeatureCollection', features: [] };

/** Formats a distance in kilometres for a label. */
export type DistanceLabel = (km: number) => string;

/** Ring polygons with their radius and a label. */
export function labelRings(
  rings: readonly (Feature<Polygon | MultiPolygon> | null)[],
  radiiKm: readonly number[],
  label: DistanceLabel,
): MapCollection {
  return {
    type: 'FeatureCollection',
    features: rings.flatMap((ring, i) =>
      ring ? [{ ...ring, properties: { radiusKm: radiiKm[i]!, label: label(radiiKm[i]!) } }] : [],
    ),
  };
}

/**
 * Rings around the selected site: circles around a point at once; around a line or an area the
 * buffers the worker computed (`buffered`, null until they are ready: then no rings yet).
 */
export function ringOverlay(
  site: { geometry: GeoJSON.Geometry } | null,
  radiiKm: readonly number[],
  buffered: readonly (Feature<Polygon | MultiPolygon> | null)[] | null,
  label: DistanceLabel,
): MapCollection {
  if (!site) return EMPTY;
  if (site.geometry.type !== 'Point')
    return buffered ? labelRings(buffered, radiiKm, label) : EMPTY;
  const center = site.geometry.coordinates as LonLat;
  return labelRings(
    radiiKm.map((km) => circleRing(center, km)),
    radiiKm,
    label,
  );
}

/** Thin lines from the selected site (its nearest point) to each of its nearest communities. */
export function linkOverlay(
  nearest: readonly {
    from: LonLat;
    community: { id: string; geometry: { coordinates: number[] } };
  }[],
): MapCollection {
  return {
    type: 'FeatureCollection',
    features: nearest.map((n) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [[...n.from], [...n.community.geometry.coordinates]],
      },
      properties: { id: n.community.id },
    })),
  };
}

/** The ruler: segments, points, a label per segment and (while measuring) the preview segment. */
export function rulerOverlay(
  points: readonly LonLat[],
  preview: LonLat | null,
  label: DistanceLabel,
): MapCollection {
  return measureFeatures(points, label, preview) as MapCollection;
}
