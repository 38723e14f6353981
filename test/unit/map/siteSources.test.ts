/** The map sources built from the shipped data (issue 14): markers, outlines, counts. */
import { describe, expect, it } from 'vitest';
import { dataSources, markerCounts } from '../../../src/lib/map/siteSources';
import { siteFeatures } from '../../../src/lib/data/load';
import type { SiteFeature } from '../../../src/lib/data/schema';
import { markerOf, pointKey } from '../../../src/lib/state/features';
import { shippedDataset } from '../state/helpers';

const data = shippedDataset();
const sources = dataSources(data);
const byId = (fc: (typeof sources)[string], id: string) => fc.features.find((f) => f.id === id);

describe('map sources', () => {
  it('draws each site at its marker: Solton-Sary inside Naryn district, not on Naryn town', () => {
    const mine = byId(sources['sites']!, 'solton-sary-mine')!;
    const naryn = data.communities.features.find((c) => c.id === 'naryn')!;
    expect(mine.geometry).toEqual({ type: 'Point', coordinates: [75.50634, 41.6113] });
    expect(mine.geometry).not.toEqual(naryn.geometry);
  });

  it('draws uncertainty as the district, region or city outline, a boundary, or a circle', () => {
    const u = sources['sites-uncertainty']!;
    const kochkor = byId(u, 'kochkor-truckers-protest-2021')!;
    const district = data.areas.features.find((a) => a.properties.id === 'district-kochkor')!;
    expect(kochkor.geometry).toEqual(district.geometry);
    expect(kochkor.properties['shape']).toBe(true);
    expect(byId(u, 'aiddata-40411')!.properties['shape']).toBe(true); // Osh's boundary
    const junda = byId(u, 'junda-refinery')!;
    expect(junda.properties['shape']).toBe(false);
    expect(junda.geometry.type).toBe('Polygon');
    expect(byId(u, 'irkeshtam-pass')).toBeUndefined(); // exact
    // A city boundary standing in for the city is uncertainty, not a footprint.
    expect(byId(sources['projects-shapes']!, 'aiddata-40411')).toBeUndefined();
    expect(byId(sources['projects-shapes']!, 'aiddata-39619')).toBeDefined();
  });

  it('counts the records drawn at each shared point', () => {
    const markers = new Map<string, SiteFeature[]>();
    for (const f of siteFeatures(data)) {
      const key = pointKey(markerOf(f));
      markers.set(key, [...(markers.get(key) ?? []), f]);
    }
    const counts = markerCounts(markers);
    const at = (id: string) =>
      counts.features.find(
        (f) => f.id === pointKey(markerOf(siteFeatures(data).find((s) => s.id === id)!)),
      );
    expect(at('aiddata-40411')!.properties['count']).toBe(5);
    expect(at('bozymchak-mine')!.properties['count']).toBe(4);
    expect(at('torugart-pass')).toBeUndefined();
  });
});
