import type { LngLatBoundsLike } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import { bboxOf } from '../geo/polygon';

/** Kilometres per degree of latitude (approximately, for padding bounds). */
const KM_PER_DEG = 111.32;

/**
 * The bounds that show a feature whole: its geometry, widened by its location uncertainty
 * (so a town-located site shows the area it may be in), and at least ~2 km across.
 */
export function featureBounds(feature: Feature<Geometry, object>): LngLatBoundsLike {
  const [w, s, e, n] = bboxOf(feature.geometry);
  const p = feature.properties as { uncertainty_km?: number };
  const km = Math.max(1, p.uncertainty_km ?? 0);
  const dLat = km / KM_PER_DEG;
  const dLon = dLat / Math.max(0.2, Math.cos((((s + n) / 2) * Math.PI) / 180));
  return [
    [w - dLon, s - dLat],
    [e + dLon, n + dLat],
  ];
}
