/** Tests on the shipped files in geodata/, loaded through the app's loader. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYERS, isWebUrl, type SiteFeature } from '../../../src/lib/data/schema.ts';
import {
  allFeatures,
  eachPosition,
  inRegion,
  siteFeatures,
  type Dataset,
} from '../../../src/lib/data/load.ts';
import { loadShipped } from '../../../scripts/data-stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const data: Dataset = loadShipped(join(ROOT, 'geodata'));
const sites: SiteFeature[] = siteFeatures(data);
const byId = new Map(allFeatures(data).map((f) => [f.id, f] as const));
const site = (id: string): SiteFeature => {
  const f = sites.find((s) => s.id === id);
  if (!f) throw new Error(`no site ${id}`);
  return f;
};
const allCitations = (f: SiteFeature) => [
  ...f.properties.citations,
  ...(f.properties.disputes ?? []).flatMap((d) => d.citations),
];

describe('shipped geodata', () => {
  it('every file parses through the loader', () => {
    for (const layer of LAYERS) expect(data[layer].type).toBe('FeatureCollection');
    expect(Object.keys(data.sources).length).toBeGreaterThan(0);
  });

  it('has no duplicate ids across layers', () => {
    const ids = allFeatures(data).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every feature has top-level id = properties.id and the right layer', () => {
    for (const layer of LAYERS) {
      for (const f of data[layer].features as {
        id: string;
        properties: { id: string; layer: string };
      }[]) {
        expect(f.id).toBe(f.properties.id);
        expect(f.properties.layer).toBe(layer);
      }
    }
  });

  it('all citation source keys resolve in sources.json', () => {
    const missing = sites.flatMap((f) =>
      allCitations(f)
        .filter((c) => !data.sources[c.source])
        .map((c) => `${f.id}: ${c.source}`),
    );
    expect(missing).toEqual([]);
  });

  it('every source URL is http: or https:', () => {
    const bad = Object.entries(data.sources).filter(([, s]) => !isWebUrl(s.url));
    expect(bad).toEqual([]);
    for (const f of data.projects.features) {
      for (const url of f.properties.osm_links) expect(isWebUrl(url)).toBe(true);
    }
  });

  it('every coordinate and point lies in the region', () => {
    const outside: string[] = [];
    for (const f of allFeatures(data)) {
      {
        eachPosition('coordinates' in f.geometry ? f.geometry.coordinates : [], (p) => {
          if (!inRegion(p)) outside.push(`${f.id} ${p.join(',')}`);
        });
      }
    }
    for (const f of sites) if (!inRegion(f.properties.point)) outside.push(`${f.id} point`);
    expect(outside).toEqual([]);
  });

  it('coordinates are rounded to at most 5 decimals', () => {
    const tooFine: string[] = [];
    for (const f of allFeatures(data)) {
      {
        eachPosition('coordinates' in f.geometry ? f.geometry.coordinates : [], (p) => {
          if (p.some((n) => Math.abs(n * 1e5 - Math.round(n * 1e5)) > 1e-6)) tooFine.push(f.id);
        });
      }
    }
    expect([...new Set(tooFine)]).toEqual([]);
  });

  it('every non-community feature has at least one citation with a fact', () => {
    for (const f of sites) {
      expect(f.properties.citations.length, f.id).toBeGreaterThan(0);
      for (const c of allCitations(f)) expect(c.fact.trim().length, f.id).toBeGreaterThan(0);
    }
  });

  it('ships at least 50 quotes, on the two articles, AidData and web pages', () => {
    const articleKeys = Object.entries(data.sources)
      .filter(([, s]) => s.kind === 'article')
      .map(([k]) => k);
    expect(articleKeys.sort()).toEqual(['gv-2025-backlash', 'rferl-2021-china-in-eurasia']);
    const quoted = sites.flatMap((f) => allCitations(f).filter((c) => c.quote !== undefined));
    expect(new Set(quoted.map((c) => `${c.source}: ${c.quote}`)).size).toBeGreaterThanOrEqual(50);
    const kinds = new Set(quoted.map((c) => data.sources[c.source]?.kind));
    expect([...kinds].sort()).toEqual(['article', 'dataset', 'web']);
    for (const c of quoted) {
      if (data.sources[c.source]?.kind === 'dataset') expect(c.source).toBe('aiddata-gcdf-3');
    }
  });

  it('links publishers, not proxies, previews or redirects', () => {
    const bad = Object.entries(data.sources).filter(([, s]) =>
      /proxy\.|previews\.dropboxusercontent\.com|google\.com\/url|__twitter_impression|piglix\.com|frwiki\.wiki|zxc\.wiki|wikiwand\.com/.test(
        s.url,
      ),
    );
    expect(bad.map(([k]) => k)).toEqual([]);
    for (const s of Object.values(data.sources).filter((x) => /factiva/i.test(x.url))) {
      expect(s.paywalled).toBe(true);
      expect(s.access_note).toBe('Factiva (subscription)');
    }
    for (const s of Object.values(data.sources).filter((x) => /dropbox\.com/.test(x.url))) {
      expect(s.publisher).toBe('AidData (copy on Dropbox)');
    }
    // A Wikipedia article read from a mirror links the article and names the copy it was read in.
    const torugart = data.sources['wikipedia-en-torugart-pass'];
    expect(torugart?.url).toBe('https://en.wikipedia.org/wiki/Torugart_Pass');
    expect(torugart?.read_url).toBe('http://piglix.com/piglix/Torugart_Pass');
  });

  it('non-exact sites say how far off they may be', () => {
    for (const f of sites) {
      const p = f.properties;
      expect(p.precision_note.length, f.id).toBeGreaterThan(10);
      if (p.precision !== 'exact') expect(p.uncertainty_km, f.id).toBeGreaterThan(0);
    }
  });

  it('related and targets point at existing features', () => {
    for (const f of sites) {
      const refs = [
        ...f.properties.related,
        ...(f.properties.layer === 'protests' ? f.properties.targets : []),
      ];
      for (const r of refs) expect(byId.has(r), `${f.id} → ${r}`).toBe(true);
    }
  });
});

describe('fixed ids and key records', () => {
  it('has the ids that links rely on', () => {
    for (const id of [
      'torugart-pass',
      'irkeshtam-pass',
      'junda-refinery',
      'solton-sary-mine',
      'at-bashy-logistics-centre',
      'kochkor-truckers-protest-2021',
      'kara-balta',
      'naryn',
      'at-bashi',
      'kochkor',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('torugart-pass')?.properties.layer).toBe('crossings');
    expect(byId.get('solton-sary-mine')?.properties.layer).toBe('mines');
    expect(byId.get('kochkor-truckers-protest-2021')?.properties.layer).toBe('protests');
  });

  it('fixed community ids are the right settlements', () => {
    const c = (id: string) => data.communities.features.find((f) => f.id === id)?.properties;
    expect(c('kochkor')?.name).toBe('Kochkorka');
    expect(c('naryn')?.oblast).toBe('Naryn');
    expect(c('naryn')?.geonames_id).toBe(1527592);
    expect(c('at-bashi')?.oblast).toBe('Naryn');
    expect(c('kara-balta')?.geonames_id).toBe(1528182);
  });

  it('the Kara-Balta refinery is located to the town, linked to AidData 54405', () => {
    const junda = site('junda-refinery');
    expect(junda.properties.precision).toBe('town');
    expect(junda.properties.uncertainty_km).toBeGreaterThan(0);
    expect(junda.properties.related).toContain('aiddata-54405');
    expect(site('aiddata-54405').properties.related).toContain('junda-refinery');
  });

  it('the truckers protest has its date, size and targets', () => {
    const p = site('kochkor-truckers-protest-2021').properties;
    if (p.layer !== 'protests') throw new Error('not a protest');
    expect(p.date_start).toBe('2021-11-08');
    expect(p.size).toBe('about 400 drivers');
    expect(p.targets).toContain('torugart-pass');
    expect(p.precision).toBe('district');
  });

  it('records disagreements on Silk Way, Solton-Sary and the At-Bashy terminal', () => {
    const fields = (id: string) => (site(id).properties.disputes ?? []).map((d) => d.field);
    expect(fields('silk-way-centre')).toContain('location');
    expect(fields('solton-sary-mine')).toContain('operator');
    expect(fields('at-bashy-logistics-centre')).toContain('amount');
    for (const d of site('at-bashy-logistics-centre').properties.disputes ?? []) {
      expect(d.citations.length).toBeGreaterThan(1);
    }
  });
});

describe('AidData projects', () => {
  const aid = data.projects.features.filter((f) => f.properties.aiddata_id !== null);

  it('includes all 57 Kyrgyz records with their record id', () => {
    expect(aid).toHaveLength(57);
    for (const f of aid) expect(f.id).toBe(`aiddata-${f.properties.aiddata_id}`);
  });

  it('cites the dataset on every record, and per-project URLs on 28 of them', () => {
    for (const f of aid) expect(f.properties.citations[0]?.source).toBe('aiddata-gcdf-3');
    const withUrls = aid.filter((f) =>
      f.properties.citations.some((c) => c.source.startsWith('aiddata-src-')),
    );
    expect(withUrls).toHaveLength(28);
    expect(data.sources['aiddata-gcdf-3']?.kind).toBe('dataset');
  });

  it('flags Factiva sources as paywalled and keeps http: URLs as recorded', () => {
    const factiva = Object.values(data.sources).filter((s) => /factiva/i.test(s.url));
    expect(factiva.length).toBeGreaterThan(0);
    for (const s of factiva) expect(s.paywalled).toBe(true);
    expect(Object.values(data.sources).some((s) => s.url.startsWith('http:'))).toBe(true);
  });

  it('keeps real lines and polygons and a representative point', () => {
    const types = new Set(aid.map((f) => f.geometry.type));
    expect(types.has('MultiLineString')).toBe(true);
    expect([...types].some((t) => t.includes('Polygon'))).toBe(true);
    for (const f of aid) expect(f.properties.point).toHaveLength(2);
  });

  it('stays small', () => {
    const bytes = readFileSync(join(ROOT, 'geodata/projects.geojson')).length;
    expect(bytes).toBeLessThan(400_000);
  });
});

describe('communities', () => {
  const c = data.communities.features;

  it('has the 2,454 Kyrgyz settlements as points', () => {
    expect(c).toHaveLength(2454);
    for (const f of c) expect(f.geometry.type).toBe('Point');
  });

  it('unknown population is null, never 0', () => {
    for (const f of c) {
      const pop = f.properties.population;
      if (pop !== null) expect(pop).toBeGreaterThan(0);
    }
    expect(c.filter((f) => f.properties.population === null).length).toBeGreaterThan(2000);
    expect(c.filter((f) => f.properties.population !== null).length).toBeGreaterThan(37);
  });

  it('keeps Kyrgyz and Russian names and spelling variants', () => {
    const kochkor = c.find((f) => f.id === 'kochkor')?.properties;
    expect(kochkor?.name_ky).toBe('Кочкор');
    expect(kochkor?.alt_names).toContain('Kochkor');
  });
});
