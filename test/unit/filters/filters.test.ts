import { describe, expect, it } from 'vitest';
import { shippedSites } from '../shipped';
import { readFileSync } from 'node:fs';
import {
  NO_FILTERS,
  dropUnknown,
  facetCounts,
  filterCount,
  hasFilters,
  matches,
  organisations,
  possibleCounts,
  sectorLabel,
  siteFacets,
  statusGroup,
  toggleValue,
  valueId,
  type Filters,
} from '../../../src/lib/filters/filters';
import { regionsOf, type RegionShape } from '../../../src/lib/geo/regions';
import { areaShape } from '../../../src/lib/geo/area';
import { areaOf } from '../../../src/lib/state/features';
import { shippedDataset } from '../state/helpers';
import type { LonLat } from '../../../src/lib/geo/geodesic';

const sites = shippedSites();
const byId = new Map(sites.map((f) => [f.id, f]));
const site = (id: string) => byId.get(id)!;
const oblasts = JSON.parse(readFileSync('geodata/basemap/oblasts.geojson', 'utf8')) as Parameters<
  typeof regionsOf
>[0];

describe('value ids', () => {
  it('are lower-case words joined by dashes, stable for the same name', () => {
    expect(valueId('Export-Import Bank of China')).toBe('export-import-bank-of-china');
    expect(valueId('INDUSTRY, MINING, CONSTRUCTION')).toBe('industry-mining-construction');
    expect(valueId('Bishkek (city)')).toBe('bishkek-city');
    expect(valueId("ЗАО 'Южно-Кыргызский Цемент'")).toBe('зао-южно-кыргызский-цемент');
    expect(valueId('  ')).toBe('none');
  });
});

describe('status groups', () => {
  it.each([
    ['Completion', 'completed'],
    ['Pipeline: Commitment', 'pipeline'],
    ['Implementation', 'underway'],
    ['under construction', 'underway'],
    ['operating (relaunched 2024; modernisation under way)', 'operating'],
    ['open', 'operating'],
    ['producing (trial production from October 2024)', 'operating'],
    ['cancelled', 'cancelled'],
    ['in force (repeatedly extended)', 'other'],
    [null, 'none'],
  ] as const)('%s → %s', (status, group) => {
    expect(statusGroup(status)).toBe(group);
  });

  it('every status in the shipped data falls in a named group, not "other", except the protest ban', () => {
    const other = sites.filter((f) => statusGroup(f.properties.status) === 'other');
    expect(other.map((f) => f.id)).toEqual(['bishkek-protest-ban-2022']);
  });
});

describe('facets of a site', () => {
  it('a project: sector, status group, funders and operators, precision', () => {
    const f = sites.find(
      (s) =>
        s.properties.layer === 'projects' &&
        s.properties.funders.includes('Export-Import Bank of China'),
    )!;
    const { values, names } = siteFacets(f, 'naryn');
    expect(values.region).toEqual(['naryn']);
    expect(values.org).toContain('export-import-bank-of-china');
    expect(names.org?.['export-import-bank-of-china']).toBe('Export-Import Bank of China');
    expect(values.precision).toEqual([f.properties.precision]);
    expect(values.sector[0]).not.toBe('none');
  });

  it('a protest has no sector and, without an operator, no organisation', () => {
    const { values } = siteFacets(site('kochkor-truckers-protest-2021'), null);
    expect(values).toMatchObject({ sector: ['none'], org: ['none'], region: ['none'] });
  });

  it('operators separated by semicolons are separate organisations, de-duplicated', () => {
    const f = sites.find((s) => s.properties.operator?.includes(';'))!;
    const orgs = organisations(f);
    expect(orgs.length).toBeGreaterThan(1);
    expect(new Set(orgs).size).toBe(orgs.length);
    expect(orgs.every((o) => o === o.trim() && !o.includes(';'))).toBe(true);
  });

  it('sector names read in sentence case', () => {
    expect(sectorLabel('TRANSPORT AND STORAGE')).toBe('Transport and storage');
  });
});

describe('matching and counts', () => {
  const rows = [
    {
      id: 'a',
      values: {
        region: ['naryn'],
        sector: ['energy'],
        status: ['completed'],
        org: ['x', 'y'],
        precision: ['exact'],
      },
    },
    {
      id: 'b',
      values: {
        region: ['naryn'],
        sector: ['transport'],
        status: ['completed'],
        org: ['x'],
        precision: ['town'],
      },
    },
    {
      id: 'c',
      values: {
        region: ['chui'],
        sector: ['energy'],
        status: ['cancelled'],
        org: ['none'],
        precision: ['exact'],
      },
    },
  ];
  const pick = (f: Filters) => rows.filter((r) => matches(r.values, f)).map((r) => r.id);

  it('no filter keeps everything', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(pick(NO_FILTERS)).toEqual(['a', 'b', 'c']);
  });

  it('OR within a facet, AND across facets', () => {
    const f = { ...NO_FILTERS, sector: ['energy', 'transport'], region: ['naryn'] };
    expect(pick(f)).toEqual(['a', 'b']);
    expect(pick({ ...f, precision: ['town'] })).toEqual(['b']);
    expect(filterCount(f)).toBe(3);
  });

  it('a site with several organisations matches any of them', () => {
    expect(pick({ ...NO_FILTERS, org: ['y'] })).toEqual(['a']);
  });

  it('counts a facet with the other facets applied, and shows chosen values even at 0', () => {
    const f = { ...NO_FILTERS, region: ['naryn'], status: ['pipeline'] };
    const counts = facetCounts(rows, f);
    // Region counts ignore the region choice but keep the status choice: nothing is in the pipeline.
    expect(counts.region.get('naryn')).toBe(0);
    expect(counts.status.get('completed')).toBe(2);
    expect(counts.status.get('cancelled')).toBeUndefined();
    expect(counts.status.get('pipeline')).toBe(0);
    expect(counts.sector.size).toBe(0);
  });

  it('toggling adds and removes a value, keeping the list sorted', () => {
    let f = toggleValue(NO_FILTERS, 'sector', 'transport', true);
    f = toggleValue(f, 'sector', 'energy', true);
    expect(f.sector).toEqual(['energy', 'transport']);
    expect(toggleValue(f, 'sector', 'energy', false).sector).toEqual(['transport']);
    expect(NO_FILTERS.sector).toEqual([]);
  });

  it('drops values no site has and says which', () => {
    const known = {
      region: new Set(['naryn']),
      sector: new Set(['energy']),
      status: new Set(['completed']),
      org: new Set<string>(),
      precision: new Set(['exact']),
    };
    const out = dropUnknown(
      { ...NO_FILTERS, sector: ['energy', 'spaceflight'], region: ['mars'] },
      known,
      ['sector'],
    );
    expect(out.filters.sector).toEqual(['energy']);
    expect(out.filters.region).toEqual(['mars']); // not checked: only `sector` was asked for
    expect(out.dropped).toEqual(['sector:spaceflight']);
  });
});

describe('regions of the shipped sites', () => {
  const points = Object.fromEntries(sites.map((f) => [f.id, f.properties.point as LonLat]));
  const { names, bySite } = regionsOf(oblasts, points);

  it('names the seven oblasts and two cities', () => {
    expect(Object.keys(names).sort()).toEqual([
      'batken',
      'bishkek-city',
      'chui',
      'issyk-kul',
      'jalal-abad',
      'naryn',
      'osh',
      'osh-city',
      'talas',
    ]);
    expect(names['naryn']).toEqual({ name: 'Naryn', name_ru: 'Нарынская', name_ky: 'Нарын' });
  });

  it('puts the Kochkor protest in Naryn and the Chinese side of Torugart outside Kyrgyzstan', () => {
    expect(bySite['kochkor-truckers-protest-2021']).toBe('naryn');
    const outside = Object.entries(bySite)
      .filter(([, r]) => r === 'outside')
      .map(([id]) => id);
    expect(outside.length).toBeGreaterThan(0);
    for (const id of outside) {
      const [lon, lat] = points[id]!;
      // Outside points lie east of 73.5°E near the Chinese border, or beyond the data's oblasts.
      expect(lon > 73.5 || lat < 39.5 || lat > 43.3).toBe(true);
    }
  });

  it('a point in no polygon is outside', () => {
    expect(regionsOf(oblasts, { p: [0, 0] }).bySite['p']).toBe('outside');
  });
});

describe('regions of the shipped sites by shape', () => {
  const data = shippedDataset();
  const areas = new Map(data.areas.features.map((a) => [a.properties.id, a.geometry]));
  const shapes = Object.fromEntries(
    sites.map((f): [string, RegionShape] => {
      const area = areaOf(f, areas);
      return [
        f.id,
        area
          ? { geometry: areaShape(area), uncertain: true }
          : { geometry: f.geometry, uncertain: false },
      ];
    }),
  );
  const points = Object.fromEntries(sites.map((f) => [f.id, f.properties.point as LonLat]));
  const { byShape } = regionsOf(oblasts, points, shapes);
  const where = (id: string) => byShape![id]!;

  it('a site in a district counts in its oblast, certainly', () => {
    expect(where('kochkor-truckers-protest-2021')).toEqual({ regions: ['naryn'], possible: false });
    expect(where('solton-sary-mine')).toEqual({ regions: ['naryn'], possible: false });
    expect(where('ishtamberdy-mine')).toEqual({ regions: ['jalal-abad'], possible: false });
    expect(where('luban-workshop-bishkek')).toEqual({ regions: ['bishkek-city'], possible: false });
    // AidData's boundaries of Osh and Bishkek (OpenStreetMap's) reach past COD-AB's cities into
    // the regions around them: possibly in either.
    expect(where('aiddata-40411')).toEqual({ regions: ['osh', 'osh-city'], possible: true });
    expect(where('aiddata-40273').regions).toContain('bishkek-city');
  });

  it('one whose area spans several oblasts is possibly in each; an exact line is in each', () => {
    const fibre = where('aiddata-70886');
    expect(fibre.possible).toBe(true);
    expect(fibre.regions.length).toBeGreaterThan(2);
    expect(where('torugart-pass')).toEqual({ regions: ['naryn', 'outside'], possible: true });
    const line = where('aiddata-39619'); // the Datka–Kemin 500 kV line
    expect(line.possible).toBe(false);
    expect(line.regions).toEqual(expect.arrayContaining(['jalal-abad', 'chui']));
  });

  it('the facet says so: possibly-in values are counted apart, and a filter keeps them', () => {
    const facets = sites.map((f) => siteFacets(f, byShape![f.id]!));
    const counts = facetCounts(facets, NO_FILTERS);
    const possible = possibleCounts(facets, NO_FILTERS);
    expect(possible.region!.get('naryn')).toBeGreaterThan(0);
    expect(counts.region.get('naryn')!).toBeGreaterThan(possible.region!.get('naryn')!);
    const torugart = facets[sites.findIndex((f) => f.id === 'torugart-pass')]!;
    expect(matches(torugart.values, { ...NO_FILTERS, region: ['naryn'] })).toBe(true);
    expect(torugart.possible).toEqual({ region: ['naryn', 'outside'] });
    // Nothing is only possibly in a facet other than region.
    expect(Object.keys(possible)).toEqual(['region']);
  });
});
