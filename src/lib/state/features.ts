/** Features as the state sees them: a shipped one or one of the user's own layer. */
import type { LayerName } from '../data/constants';
import type { LayerFeature } from '../data/schema';
import type { LonLat } from '../shared/vocabulary';
import type { ImportedFeature } from '../import/importFile';
import type { ProximitySite } from '../geo/proximity';
import { anchorPoints } from '../geo/distanceToGeometry';

/** Any feature the atlas can select: a shipped one or one from the user's own layer. */
export type AnyFeature = LayerFeature<LayerName> | ImportedFeature;

/** A feature as proximity sees it: geometry, representative point, location uncertainty. */
export function proximityOf(f: AnyFeature): ProximitySite & { point: LonLat } {
  const p = f.properties;
  return {
    id: f.id,
    geometry: f.geometry,
    point: 'point' in p ? p.point : (anchorPoints(f.geometry, 1)[0] ?? [0, 0]),
    uncertaintyKm: 'uncertainty_km' in p ? p.uncertainty_km : 0,
  };
}
