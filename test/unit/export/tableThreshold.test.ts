/**
 * The distance table's precision threshold on the shipped data (issue 14): by default only sites
 * located to a town or better go in, the rest are counted, and the table at 10 km stops matching
 * most of the country.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TABLE_PRECISION,
  buildDistanceTable,
  distanceTableNotes,
  tableSites,
  withinPrecision,
} from '../../../src/lib/export/distanceTableJob';
import { distanceTable } from '../../../src/lib/geo/distanceTable';
import { areaOf } from '../../../src/lib/state/features';
import { SITE_LAYERS } from '../../../src/lib/data/constants';
import { siteFeatures } from '../../../src/lib/data/load';
import { shippedDataset } from '../state/helpers';

const data = shippedDataset();
const sites = siteFeatures(data);
const communities = data.communities.features;
const areas = new Map(data.areas.features.map((a) => [a.properties.id, a.geometry]));
const layers = [...SITE_LAYERS];

async function table(coarsest: 'town' | 'region') {
  const { kept, leftOut } = withinPrecision(sites, layers, coarsest);
  const rows = tableSites(kept, layers, [], (f) => areaOf(f, areas));
  const result = await buildDistanceTable(rows, communities, 10, async (r) =>
    distanceTable(r.sites, r.communities, r.radiusKm),
  );
  return { result, leftOut, kept };
}

describe('the distance table’s precision threshold', () => {
  it('defaults to sites located to a town or better and counts what it leaves out', async () => {
    expect(DEFAULT_TABLE_PRECISION).toBe('town');
    const { result, leftOut, kept } = await table('town');
    const coarse = sites.filter(
      (f) => f.properties.precision === 'district' || f.properties.precision === 'region',
    );
    expect(leftOut).toBe(coarse.length);
    expect(leftOut).toBe(20); // 12 located to a district, 8 to a region
    expect(kept).toHaveLength(sites.length - leftOut);
    expect(new Set(result.sites.map((s) => s.precision))).toEqual(
      new Set(['exact', 'approximate', 'town']),
    );
    // No site of the default table matches every community, or most of them.
    const perSite = new Map<number, number>();
    for (const p of result.pairs) perSite.set(p.site, (perSite.get(p.site) ?? 0) + 1);
    expect(Math.max(...perSite.values())).toBeLessThan(communities.length / 4);
    // Far fewer pairs than with every site, and most of them certain, not possible.
    const all = await table('region');
    expect(all.leftOut).toBe(0);
    expect(result.pairs.length).toBeLessThan(all.result.pairs.length / 3);
    const certain = result.pairs.filter((p) => p.within === 'certain').length;
    expect(certain).toBeGreaterThan(result.pairs.length / 3);
  }, 60_000);

  it('says in its notes which sites went in and how many were left out', () => {
    const base = {
      radiusKm: 10,
      layers: ['projects'],
      narrowedTo: null,
      version: 'v',
      attribution: ['x'],
    };
    const notes = distanceTableNotes({ ...base, precision: { coarsest: 'town', leftOut: 20 } });
    expect(notes.join('\n')).toContain(
      'Only sites located to a town or better (precision exact, approximate, town); 20 sites of these layers located less precisely left out.',
    );
    const any = distanceTableNotes({ ...base, precision: { coarsest: 'region', leftOut: 0 } });
    expect(any.join('\n')).not.toContain('left out');
  });
});
