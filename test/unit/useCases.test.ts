/** The use cases taken out of components: distance table, export notes and records, timeline. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  buildDistanceTable,
  distanceTableNotes,
  tableSites,
} from '../../src/lib/export/distanceTableJob';
import { exportNotes, exportStem, siteRecords } from '../../src/lib/export/sitesExport';
import { timelineModel } from '../../src/lib/time/timeline';
import { siteYearSpan } from '../../src/lib/time/events';
import { distanceTable } from '../../src/lib/geo/distanceTable';
import type { LayerFeature } from '../../src/lib/data/schema';
import { shippedSites } from './shipped';

const yearsById = (id: string) => siteYearSpan(sites.find((f) => f.id === id)!);

const sites = shippedSites();
const communities = (
  JSON.parse(readFileSync('geodata/communities.geojson', 'utf8')) as {
    features: LayerFeature<'communities'>[];
  }
).features;

describe('distance table', () => {
  it('takes the chosen layers, then the user’s features as exact', () => {
    const own = [
      {
        id: 'import-1',
        geometry: { type: 'Point', coordinates: [74.6, 42.9] } as GeoJSON.Geometry,
        properties: { name: 'Mine' },
      },
    ];
    const rows = tableSites(sites, ['crossings'], own);
    expect(rows.slice(0, -1).every((r) => r.layer === 'crossings')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ id: 'import-1', layer: 'imported', uncertaintyKm: 0 });
  });

  it('turns the pairs into rows with the site and community named', async () => {
    const rows = tableSites(sites, ['crossings'], []);
    const table = await buildDistanceTable(rows, communities, 10, async (r) =>
      distanceTable(r.sites, r.communities, r.radiusKm),
    );
    expect(table.pairs.length).toBeGreaterThan(0);
    expect(table.records).toHaveLength(table.pairs.length);
    const first = table.contexts[0]!;
    expect(first.site.layer).toBe('crossings');
    expect(communities.some((c) => c.id === first.community.id)).toBe(true);
  });

  it('says in its notes when years or filters narrowed the sites', () => {
    const base = {
      radiusKm: 10,
      layers: ['mines'],
      version: '2026-12-02-abcdef0',
      attribution: ['A', 'B'],
    };
    expect(distanceTableNotes({ ...base, narrowedTo: null }).join('\n')).not.toContain(
      'Only sites',
    );
    const narrowed = distanceTableNotes({ ...base, narrowedTo: ['Years 2018–2021'] });
    expect(narrowed[0]).toContain('Dataset version 2026-12-02-abcdef0.');
    expect(narrowed[1]).toBe('Only sites within: Years 2018–2021.');
    expect(narrowed.at(-1)).toBe('Data credits: A; B.');
  });
});

describe('export of the shown sites', () => {
  it('names the file by the years and writes notes with the link and credits', () => {
    expect(exportStem(null)).toBe('kg-cn-atlas-all-years');
    expect(exportStem([2018, 2021])).toBe('kg-cn-atlas-2018-2021');
    const notes = exportNotes({
      count: 3,
      date: '2026-12-02',
      view: ['All years'],
      link: 'http://localhost/?x',
      version: '2026-12-02-abcdef0',
      attribution: ['C'],
    });
    expect(notes[0]).toBe('Kyrgyz–China Atlas: 3 sites as shown on 2026-12-02. All years.');
    expect(notes).toContain(
      'Dataset version: 2026-12-02-abcdef0. Link to this view: http://localhost/?x',
    );
  });

  it('records carry each site’s years and region as given', () => {
    const records = siteRecords(
      sites.slice(0, 2),
      {},
      () => [2019, 2020],
      (id) => (id === sites[0]!.id ? 'Naryn' : null),
    );
    expect(records[0]).toMatchObject({ first_year: 2019, last_year: 2020, region: 'Naryn' });
    expect(records[1]).toMatchObject({ region: '' });
  });
});

describe('timeline model', () => {
  it('keeps the axis of every site while the bars follow the shown ones', () => {
    const protests = sites.filter((f) => f.properties.layer === 'protests');
    const all = timelineModel(sites, sites, null, yearsById);
    const some = timelineModel(sites, protests, null, yearsById);
    expect(some.years).toEqual(all.years);
    const total = (m: typeof all) =>
      [...m.counts.values()].reduce(
        (n, row) => n + Object.values(row).reduce((a, b) => a + b, 0),
        0,
      );
    expect(total(some)).toBeLessThan(total(all));
    expect(some.range).toEqual([all.first, all.last]);
  });

  it('counts undated sites hidden while a range is chosen', () => {
    const undated = sites.filter((f) => siteYearSpan(f) === null).length;
    expect(undated).toBeGreaterThan(0);
    const m = timelineModel(sites, sites, [2019, 2020], yearsById);
    expect(m.hiddenUndated).toBe(undated);
    expect(m.range).toEqual([2019, 2020]);
    expect(timelineModel(sites, sites, null, yearsById).hiddenUndated).toBe(0);
  });
});
