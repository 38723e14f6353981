/** The shipped data files, read as they are (for tests that check behaviour on the real sites). */
import { readFileSync } from 'node:fs';
import type { SiteFeature } from '../../src/lib/data/schema';

/** The sites of one shipped layer file. */
export function shippedLayer(name: 'projects' | 'crossings' | 'protests' | 'mines'): SiteFeature[] {
  return (
    JSON.parse(readFileSync(`geodata/${name}.geojson`, 'utf8')) as { features: SiteFeature[] }
  ).features;
}

/** Every shipped site, of the four site layers. */
export function shippedSites(): SiteFeature[] {
  return (['projects', 'crossings', 'protests', 'mines'] as const).flatMap(shippedLayer);
}
