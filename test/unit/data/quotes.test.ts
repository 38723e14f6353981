/**
 * Every quote is verbatim in its article: checked against the quote manifest
 * geodata/curated/quotes.json, which ships in the repository, so this runs on a clean clone.
 * Where the article texts are at hand (../shared/sources, or SHARED_SOURCES), the manifest is
 * checked against them too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AIDDATA_SOURCE,
  CURATED_FILES,
  checkCurated,
  loadCurated,
} from '../../../scripts/lib/curated.ts';
import {
  aiddataQuotes,
  articleQuotes,
  buildQuoteManifest,
  checkAidDataQuotes,
  checkQuotes,
  contextHash,
  curatedQuotes,
  quotesOf,
  sha256,
  type AidDataText,
  type CitedQuote,
  type QuoteManifest,
} from '../../../scripts/lib/quotes.ts';
import { loadShipped } from '../../../scripts/data-stats.ts';
import { siteFeatures } from '../../../src/lib/data/load.ts';
import { FIXTURE_TEXT, fixtureSite, fixtureTexts } from './curated-fixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const curated = loadCurated(ROOT);
const allQuotes = curatedQuotes(curated, CURATED_FILES.additions);
/** The quotes of the two article texts, which the manifest covers. */
const quotes = articleQuotes(allQuotes, Object.keys(curated.sources.articles));
const readManifest = (): QuoteManifest =>
  JSON.parse(readFileSync(join(ROOT, CURATED_FILES.quotes), 'utf8'));

/** The article texts when ../shared/sources is here (not on a clean clone): key → text. */
function articleTexts(): Record<string, string> {
  const dir = resolve(ROOT, process.env.SHARED_SOURCES ?? '../shared/sources');
  const texts: Record<string, string> = {};
  for (const [key, file] of Object.entries(curated.sources.article_files)) {
    if (existsSync(join(dir, file))) texts[key] = readFileSync(join(dir, file), 'utf8');
  }
  return texts;
}

describe('quotes of the shipped data', () => {
  it('number at least 50, and each is checked one of three ways', () => {
    expect(allQuotes.length).toBeGreaterThanOrEqual(50);
    const articles = new Set(Object.keys(curated.sources.articles));
    const web = new Set([
      ...Object.keys(curated.sources.research),
      ...Object.keys(curated.sources.web),
    ]);
    const unchecked = allQuotes.filter(
      (q) => !articles.has(q.source) && !web.has(q.source) && q.source !== AIDDATA_SOURCE,
    );
    expect(unchecked).toEqual([]);
    // Web-page quotes are each in the record of checked quotes (curated.ts refuses the rest).
    const recorded = new Set(
      Object.entries(curated.webQuotes.quotes).flatMap(([k, list]) =>
        list.map((e) => `${k}: ${e.quote}`),
      ),
    );
    for (const q of allQuotes.filter((x) => web.has(x.source)))
      expect(recorded.has(`${q.source}: ${q.quote}`), q.where).toBe(true);
  });

  it('of the two articles are all in the quote manifest, which is consistent (and matches the texts if here)', () => {
    expect(quotes.length).toBeGreaterThan(20);
    expect(checkQuotes(quotes, readManifest(), articleTexts())).toEqual([]);
  });

  it('of AidData records are verbatim in the named record (where ../shared is here)', () => {
    const aid = aiddataQuotes(curated, CURATED_FILES.additions, AIDDATA_SOURCE);
    expect(aid.length).toBeGreaterThan(0);
    for (const q of aid) expect(q.record, q.where).not.toBeNull();
    const file = resolve(
      ROOT,
      process.env.SHARED_DATA ?? '../shared/data',
      'aiddata/kyrgyzstan_projects_simplified.geojson',
    );
    if (!existsSync(file)) return;
    const records = new Map(
      (
        JSON.parse(readFileSync(file, 'utf8')) as {
          features: { properties: { id: number } & AidDataText }[];
        }
      ).features.map((f) => [f.properties.id, f.properties]),
    );
    expect(checkAidDataQuotes(aid, records)).toEqual([]);
    const changed = aid.map((q, i) => (i === 0 ? { ...q, quote: `${q.quote} (changed)` } : q));
    expect(checkAidDataQuotes(changed, records)).toHaveLength(1);
  });

  it('in the shipped layers are exactly those of the curated files', () => {
    const shipped = siteFeatures(loadShipped(join(ROOT, 'geodata'))).flatMap((f) =>
      quotesOf(`${f.properties.layer}.geojson: ${f.id}`, f.properties),
    );
    const key = (q: CitedQuote) => `${q.source}: ${q.quote}`;
    expect(new Set(shipped.map(key))).toEqual(new Set(allQuotes.map(key)));
    const articleKeys = Object.keys(curated.sources.articles);
    expect(checkQuotes(articleQuotes(shipped, articleKeys), readManifest(), {})).toEqual([]);
  });

  it('a changed quote is caught', () => {
    const where = 'geodata/curated/sites/torugart-pass.json: torugart-pass: citations[0].quote';
    const changed = quotes.map((q) =>
      q.where === where ? { ...q, quote: q.quote.replace('the bottleneck', 'a jam') } : q,
    );
    expect(changed).not.toEqual(quotes);
    expect(checkQuotes(changed, readManifest(), {})).toEqual([
      `${where}: not in quotes.json under rferl-2021-china-in-eurasia (a changed or new quote: run npm run data:build, which checks it against the article): "Kyrgyz truck drivers complain about a jam at the Torugart border crossing with China."`,
      // …and the quote it was is no longer used.
      expect.stringMatching(
        /^quotes\.json: rferl-2021-china-in-eurasia: quotes\[\d+\]: not quoted in the data \(stale\)$/,
      ),
    ]);
  });

  it('a manifest edited by hand is caught', () => {
    const m = readManifest();
    const rferl = m.articles['rferl-2021-china-in-eurasia']!;
    const [first, second] = rferl.quotes;
    first!.offset = rferl.length; // past the end
    expect(checkQuotes(quotes, m, {})).toEqual([
      expect.stringMatching(/quotes\[0\]: ends at \d+, past the article's length/),
      'quotes.json: rferl-2021-china-in-eurasia: quotes[1]: not in offset order, or repeated',
    ]);
    // Moved onto the next quote: the two overlap and disagree on the text they share.
    first!.offset = second!.offset;
    expect(checkQuotes(quotes, m, {})).toEqual([
      'quotes.json: rferl-2021-china-in-eurasia: quotes[1]: disagrees with the quote at ' +
        `${second!.offset} on the text they share`,
    ]);
    expect(checkQuotes(quotes, { ...m, articles: 'none' }, {})).toEqual([
      expect.stringMatching(/^quotes\.json: articles: /),
    ]);
  });
});

describe('quote manifest from a text', () => {
  const r = checkCurated(fixtureTexts());
  if (!r.ok) throw new Error('fixture does not pass');
  const fixtureQuotes = articleQuotes(curatedQuotes(r.value, CURATED_FILES.additions), [
    'test-article',
  ]);
  const articles = { 'test-article': { file: 'test-article.txt', text: FIXTURE_TEXT } };
  const texts = { 'test-article': FIXTURE_TEXT };

  it('records the text hash, each quote at its offset and a context hash', () => {
    const { manifest, problems } = buildQuoteManifest(fixtureQuotes, articles);
    expect(problems).toEqual([]);
    const offset = FIXTURE_TEXT.indexOf('the pass is closed');
    expect(manifest.articles['test-article']).toEqual({
      file: 'test-article.txt',
      sha256: sha256(FIXTURE_TEXT),
      length: FIXTURE_TEXT.length,
      quotes: [
        {
          offset,
          quote: 'the pass is closed',
          context_sha256: contextHash(FIXTURE_TEXT, offset, 18, manifest.context_chars),
        },
      ],
    });
    expect(checkQuotes(fixtureQuotes, manifest, texts)).toEqual([]);
    expect(checkQuotes(fixtureQuotes, manifest, {})).toEqual([]);
  });

  it('refuses a quote that is not verbatim', () => {
    const site = fixtureSite();
    site.citations[0]!.quote = 'the pass is shut';
    const s = checkCurated(fixtureTexts(site));
    if (!s.ok) throw new Error('fixture does not pass');
    const { problems } = buildQuoteManifest(
      articleQuotes(curatedQuotes(s.value, 'x'), ['test-article']),
      articles,
    );
    expect(problems).toEqual([
      'geodata/curated/sites/test-pass.json: test-pass: citations[0].quote: not verbatim in test-article (test-article.txt): "the pass is shut"',
    ]);
  });

  it('with the text, catches a changed text, a wrong offset and a wrong context hash', () => {
    const { manifest } = buildQuoteManifest(fixtureQuotes, articles);
    const changedText = FIXTURE_TEXT.replace('winter', 'spring');
    expect(checkQuotes(fixtureQuotes, manifest, { 'test-article': changedText })).toEqual([
      'quotes.json: test-article: the article text differs from the one the manifest was made from',
    ]);
    const moved = structuredClone(manifest);
    moved.articles['test-article']!.quotes[0]!.offset += 1;
    expect(checkQuotes(fixtureQuotes, moved, texts)).toEqual([
      'quotes.json: test-article: quotes[0]: not in the article at offset 11: "the pass is closed"',
    ]);
    const rehashed = structuredClone(manifest);
    rehashed.articles['test-article']!.quotes[0]!.context_sha256 = sha256('x');
    expect(checkQuotes(fixtureQuotes, rehashed, texts)).toHaveLength(1);
  });
});
