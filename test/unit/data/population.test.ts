/**
 * The partial population figures (NSC via German Wikipedia): village figures may give a settlement
 * its own population; an aiyl-okmotu total never does (scripts/lib/population.ts, communities.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../../scripts/data-stats.ts';
import { populationFields, type RawCommunity } from '../../../scripts/lib/communities.ts';
import {
  populationIndex,
  type AoRow,
  type PopulationSources,
  type VillageRow,
} from '../../../scripts/lib/population.ts';
import { COMMUNITY_PRECISION } from '../../../src/lib/data/schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const communities = loadShipped(join(ROOT, 'geodata')).communities.features.map(
  (f) => f.properties,
);

const PAGE = 'https://de.m.wikipedia.org./wiki/Rajon_Test';
const VILLAGE_PAGE = 'https://de.m.wikipedia.org./wiki/Test_(Landgemeinde)';
const SOURCES: PopulationSources = {
  [PAGE]: { url: 'https://de.wikipedia.org/wiki/Rajon_Test', title: 'Rajon Test' },
  [VILLAGE_PAGE]: {
    url: 'https://de.wikipedia.org/wiki/Test_(Landgemeinde)',
    title: 'Test (Landgemeinde)',
    read: 'a mirror copy',
  },
};
const ao = (over: Partial<AoRow>): AoRow => ({
  rayon: 'Test',
  aiyl_okmotu_de: 'Test-AO',
  centre_de: 'Test',
  pop_2009_census: '5000',
  pop_2021_nsc: '6000',
  centre_wof_id: '1',
  centre_match: 'high',
  source_url: PAGE,
  ...over,
});
const village = (over: Partial<VillageRow>): VillageRow => ({
  village_de: 'Test',
  pop_2009_census: '700',
  pop_2021_nsc: '800',
  pop_2015: '',
  wof_id: '1',
  match: 'high',
  source_url: VILLAGE_PAGE,
  ...over,
});
const raw = (population?: number): RawCommunity => ({
  name: 'Test',
  oblast: 'Naryn',
  rayon: 'Test',
  wof_id: 1,
  ...(population ? { population, population_source: 'WOF' } : {}),
});

describe('population of the communities', () => {
  it('an aiyl-okmotu total goes into aiyl_okmotu, never into population', () => {
    const { byWof } = populationIndex([ao({})], [], SOURCES);
    const fields = populationFields(raw(), undefined, byWof.get(1));
    expect(fields.population).toBeNull();
    expect(fields.aiyl_okmotu).toMatchObject({
      name: 'Test-AO',
      population_2009: 5000,
      population_2021: 6000,
      url: 'https://de.wikipedia.org/wiki/Rajon_Test',
    });
  });

  it('a village figure fills an unknown population, with its year and page; the others stay as other figures', () => {
    const { byWof } = populationIndex([ao({})], [village({})], SOURCES);
    const fields = populationFields(raw(), undefined, byWof.get(1));
    expect(fields).toMatchObject({
      population: 700,
      population_year: 2009,
      population_url: 'https://de.wikipedia.org/wiki/Test_(Landgemeinde)',
      population_other: [{ population: 800, year: 2021 }],
      aiyl_okmotu: { population_2009: 5000 },
    });
    expect(fields.population_source).toMatch(/^2009 census .*read from a mirror copy/);
  });

  it('a known population is kept; new figures are listed beside it, not over it', () => {
    const { byWof } = populationIndex([], [village({})], SOURCES);
    const fields = populationFields(raw(1234), undefined, byWof.get(1));
    expect(fields.population).toBe(1234);
    expect(fields.population_source).toBe('WOF');
    expect(fields.population_year).toBeUndefined();
    expect(fields.population_other?.map((f) => f.population)).toEqual([700, 800]);
  });

  it('a town listed in a district table is the town’s own figure; weak matches and unmapped pages are not joined', () => {
    const rows = [
      ao({ aiyl_okmotu_de: 'Test (Stadt)', pop_2021_nsc: '' }),
      ao({ centre_wof_id: '2', centre_match: 'low' }),
    ];
    const { byWof, skipped, problems } = populationIndex(rows, [], SOURCES);
    expect(byWof.get(1)?.town).toMatchObject([{ population: 5000, year: 2009 }]);
    expect(byWof.get(1)?.aiylOkmotu).toBeUndefined();
    expect(byWof.has(2)).toBe(false);
    expect(skipped).toHaveLength(1);
    expect(populationIndex([ao({ source_url: 'elsewhere' })], [], SOURCES).problems).toEqual([
      'geodata/curated/population-sources.json: no entry for the page "elsewhere"',
    ]);
    expect(problems).toEqual([]);
  });

  it('in the shipped layer: every community is a settlement point, and no village shows an okmotu total as its own', () => {
    for (const p of communities) expect(p.precision).toBe(COMMUNITY_PRECISION);
    const centres = communities.filter((p) => p.aiyl_okmotu);
    expect(centres.length).toBeGreaterThanOrEqual(90);
    for (const p of centres) {
      const a = p.aiyl_okmotu!;
      expect(a.url, p.id).toMatch(/^https:\/\/de\.wikipedia\.org\/wiki\//);
      if (p.population !== null) {
        expect([a.population_2009, a.population_2021], p.id).not.toContain(p.population);
        expect(p.population_url ?? '', p.id).not.toMatch(/Rajon_/);
      }
    }
    const dated = communities.filter((p) => p.population_year !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const p of dated) {
      expect(p.population, p.id).not.toBeNull();
      expect(p.population_url, p.id).toMatch(/^https:\/\/de\.wikipedia\.org\/wiki\//);
    }
  });

  it('keeps disagreeing figures visible: Cholpon-Ata and At-Bashi', () => {
    const byId = new Map(communities.map((p) => [p.id, p]));
    const cholponAta = byId.get('cholpon-ata-ysyk-kol');
    expect(cholponAta?.population).toBe(18595);
    expect(cholponAta?.population_other).toMatchObject([{ population: 10525, year: 2009 }]);
    expect(byId.get('at-bashi')?.population_other).toMatchObject([
      { population: 13690, year: 2015 },
    ]);
  });
});
