/** The curated files in geodata/curated/ and their schema (scripts/lib/curated*.ts). */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  SITES_DIR,
  checkCurated,
  formatCuratedIssue,
  loadCurated,
  type CuratedTexts,
} from '../../../scripts/lib/curated.ts';
import { loadShipped } from '../../../scripts/data-stats.ts';
import { siteFeatures } from '../../../src/lib/data/load.ts';
import { SITE_LAYERS } from '../../../src/lib/data/schema.ts';
import { fixtureSite, fixtureTexts } from './curated-fixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The formatted problems of a set of files (empty when they pass). */
function problems(texts: CuratedTexts): string[] {
  const r = checkCurated(texts);
  return r.ok ? [] : r.issues.map(formatCuratedIssue);
}

/** Problems of the fixture files with the site file's object changed by `change`. */
function siteProblems(change: (site: ReturnType<typeof fixtureSite>) => void): string[] {
  const site = fixtureSite();
  change(site);
  return problems(fixtureTexts(site));
}

const SITE = 'geodata/curated/sites/test-pass.json: test-pass';

describe('shipped curated files', () => {
  const curated = loadCurated(ROOT);

  it('every file passes the schema and the rules between files', () => {
    const files = readdirSync(join(ROOT, SITES_DIR));
    expect(files.every((f) => f.endsWith('.json'))).toBe(true);
    expect(curated.sites.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
    expect(Object.keys(curated.sources.articles)).toEqual([
      'gv-2025-backlash',
      'rferl-2021-china-in-eurasia',
    ]);
  });

  it('are the sites that ship: every site not from AidData, in the same order', () => {
    const shipped = siteFeatures(loadShipped(join(ROOT, 'geodata')));
    for (const layer of SITE_LAYERS) {
      const ids = shipped
        .filter((f) => f.properties.layer === layer)
        .filter((f) => f.properties.layer !== 'projects' || f.properties.aiddata_id === null)
        .map((f) => f.id);
      expect(curated.sites.filter((s) => s.layer === layer).map((s) => s.id)).toEqual(ids);
    }
  });
});

describe('curated schema and rules', () => {
  it('accepts the fixture', () => {
    expect(problems(fixtureTexts())).toEqual([]);
  });

  it('names file, id and field for an unknown source key', () => {
    expect(siteProblems((s) => (s.citations[1]!.source = 'x'))).toEqual([
      `${SITE}: citations[1].source: unknown source key "x" (not in geodata/curated/sources.json)`,
    ]);
  });

  it('rejects a file whose name differs from its id', () => {
    expect(siteProblems((s) => (s.id = 'other-pass'))).toEqual([
      'geodata/curated/sites/test-pass.json: other-pass: id: "other-pass" differs from the file name test-pass.json (a site\'s file is named <id>.json)',
    ]);
  });

  it.each([
    [
      'a web-page quote that is not in the record of checked quotes',
      (s: ReturnType<typeof fixtureSite>) => (s.citations[1]!.quote = 'closed'),
      'citations[1].quote: a quote of a web page that is not in geodata/curated/web-quotes.json (check it against the stored page, then record it there): "closed"',
    ],
    [
      'a quote on a dataset other than AidData (no text to check it against)',
      (s: ReturnType<typeof fixtureSite>) =>
        (s.citations[1] = { source: 'test-dataset', fact: 'A record.', quote: 'a row' }),
      'citations[1].quote: a quote on dataset "test-dataset", whose text the build cannot check (only aiddata-gcdf-3 quotes are checked, against its records)',
    ],
    [
      'a missing field',
      (s: ReturnType<typeof fixtureSite>) => delete s.precision_note,
      'precision_note: required field is missing',
    ],
    [
      'a field of another layer',
      (s: ReturnType<typeof fixtureSite>) => (s.targets = []),
      'targets: unknown field (not allowed on a crossings site)',
    ],
    [
      'a typed coordinate instead of a named point',
      (s: ReturnType<typeof fixtureSite>) => (s.point_from = { lon: 75.4, lat: 40.6 }),
      'point_from: must be {"research": record id}, {"candidate": record id}, {"community": community id}, {"aiddata": record number} or {"rayon": COD-AB rayon name}',
    ],
    [
      'an exact uncertainty on an approximate site',
      (s: ReturnType<typeof fixtureSite>) => (s.uncertainty = { exact: true }),
      'uncertainty: must be {"exact": true} exactly when precision is "exact"',
    ],
    [
      'a bad date',
      (s: ReturnType<typeof fixtureSite>) => (s.date_start = '2021-13'),
      'date_start: must be a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'a site without citations',
      (s: ReturnType<typeof fixtureSite>) => (s.citations = []),
      'citations: must have at least one citation (every site needs a source)',
    ],
    [
      'a bad id in related',
      (s: ReturnType<typeof fixtureSite>) => (s.related = ['Test Village']),
      'related[0]: must be a kebab-case id',
    ],
  ])('rejects %s', (_name, change, expected) => {
    expect(siteProblems(change)).toEqual([`${SITE}: ${expected}`]);
  });

  it('reports broken JSON by file', () => {
    const texts = fixtureTexts();
    texts.sites[0]!.text = '{"id": "test-pass",';
    expect(problems(texts)).toEqual([
      expect.stringMatching(/^geodata\/curated\/sites\/test-pass\.json: test-pass: not valid JSON/),
    ]);
  });

  it('checks the bibliography, the AidData additions and the community ids', () => {
    const texts = fixtureTexts();
    const sources = JSON.parse(texts.sources.text);
    sources.datasets['test-dataset'].url = 'javascript:alert(1)';
    sources.article_files = {};
    texts.sources.text = JSON.stringify(sources);
    texts.additions.text = JSON.stringify({
      '12345': { citations: [{ source: 'nope', fact: 'A record.' }] },
    });
    texts.communityIds.text = JSON.stringify({ kochkor: 'kochkor' });
    expect(problems(texts)).toEqual([
      'geodata/curated/sources.json: test-dataset: datasets.url: must be an absolute https: or http: URL',
      'geodata/curated/community-ids.json: kochkor: must be a record number',
    ]);
    sources.datasets['test-dataset'].url = 'https://example.org/d';
    texts.sources.text = JSON.stringify(sources);
    texts.communityIds = fixtureTexts().communityIds;
    expect(problems(texts)).toEqual([
      'geodata/curated/sources.json: test-article: article_files: article without a text file',
      'geodata/curated/aiddata-additions.json: 12345: citations[0].source: unknown source key "nope" (not in geodata/curated/sources.json)',
    ]);
  });

  it('reports a recorded web quote that is no longer quoted, and a key defined twice', () => {
    const texts = fixtureTexts();
    const record = JSON.parse(texts.webQuotes.text);
    record.quotes['test-page'].push({
      quote: 'gone',
      read: 'https://example.org/p',
      checked: '2026-12-02',
    });
    texts.webQuotes.text = JSON.stringify(record);
    expect(problems(texts)).toEqual([
      'geodata/curated/web-quotes.json: test-page: [1]: not quoted in the data (stale)',
    ]);
    const sources = JSON.parse(texts.sources.text);
    sources.web['test-web'] = { ...sources.web['test-page'] };
    texts.sources.text = JSON.stringify(sources);
    texts.webQuotes = fixtureTexts().webQuotes;
    expect(problems(texts)).toEqual([
      'geodata/curated/sources.json: test-web: web: also defined in "research"',
    ]);
  });

  it('orders the sites of order.json first, then the rest by id', () => {
    const texts = fixtureTexts();
    const other = (id: string) => ({
      file: `geodata/curated/sites/${id}.json`,
      text: JSON.stringify({ ...fixtureSite(), id }),
    });
    texts.sites.unshift(other('b-pass'), other('a-pass'), other('z-pass'));
    texts.order.text = JSON.stringify(['z-pass', 'test-pass']);
    const r = checkCurated(texts);
    expect(r.ok && r.value.sites.map((s) => s.id)).toEqual([
      'z-pass',
      'test-pass',
      'a-pass',
      'b-pass',
    ]);
    texts.order.text = JSON.stringify(['z-pass', 'gone-pass', 'z-pass']);
    expect(problems(texts)).toEqual([
      'geodata/curated/order.json: gone-pass: [1]: no site file geodata/curated/sites/gone-pass.json',
      'geodata/curated/order.json: z-pass: [2]: listed twice',
    ]);
  });
});
