/** Small curated files for the tests of scripts/lib/curated.ts and quotes.ts. */
import type { CuratedTexts } from '../../../scripts/lib/curated.ts';

/** A valid site file's contents; each call returns a fresh copy to mutate. */
export function fixtureSite(): Record<string, unknown> & {
  citations: Record<string, unknown>[];
} {
  return {
    id: 'test-pass',
    layer: 'crossings',
    name: 'Test Pass',
    kind: 'border crossing',
    description: 'A pass.',
    operator: null,
    status: null,
    date_start: '2021-11',
    date_end: null,
    precision: 'approximate',
    precision_note: 'Point of the pass from a research record.',
    point_from: { research: 'test_pass' },
    uncertainty: { km: 5, basis: 'a stated radius' },
    citations: [
      { source: 'test-article', fact: 'A fact.', quote: 'the pass is closed' },
      { source: 'test-web', fact: 'Another fact.' },
      { source: 'test-page', fact: 'It opened.', quote: 'the pass opened' },
    ],
    related: ['test-village'],
  };
}

/** The text of the fixture article. */
export const FIXTURE_TEXT = 'In winter the pass is closed to trucks. In summer it is open.';

/** A valid set of curated files around {@link fixtureSite} (the site file's object is `site`). */
export function fixtureTexts(site: unknown = fixtureSite()): CuratedTexts {
  const file = (name: string, value: unknown) => ({
    file: `geodata/curated/${name}`,
    text: JSON.stringify(value),
  });
  return {
    sources: file('sources.json', {
      articles: {
        'test-article': {
          kind: 'article',
          publisher: 'Test News',
          title: 'A test article',
          date: '2021-11-15',
          url: 'https://example.org/a',
        },
      },
      article_files: { 'test-article': 'test-article.txt' },
      datasets: {
        'test-dataset': {
          kind: 'dataset',
          publisher: 'Test Data',
          title: 'A test dataset',
          date: '2023',
          url: 'https://example.org/d',
        },
      },
      research: { 'test-web': 'http://example.org/b' },
      web: {
        'test-page': {
          kind: 'web',
          publisher: 'Test Page',
          title: 'A test page',
          date: '2024-05-16',
          url: 'https://example.org/p',
        },
      },
    }),
    additions: file('aiddata-additions.json', {
      '12345': {
        citations: [{ source: 'test-dataset', fact: 'A record.' }],
        related: ['test-pass'],
      },
    }),
    communityIds: file('community-ids.json', { '1528182': 'test-village' }),
    order: file('order.json', ['test-pass']),
    webQuotes: file('web-quotes.json', {
      about: 'Test record.',
      quotes: {
        'test-page': [
          { quote: 'the pass opened', read: 'https://example.org/p', checked: '2026-12-02' },
        ],
      },
    }),
    sites: [file('sites/test-pass.json', site)],
  };
}
