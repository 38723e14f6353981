import MiniSearch from 'minisearch';

/** What the search needs to know about a site or community. */
export interface SearchEntry {
  id: string;
  layer: string;
  /** Main (Latin) name. */
  name: string;
  /** Every other name: Cyrillic, Chinese, spelling variants, old names. */
  otherNames: readonly string[];
}

export interface SearchHit {
  id: string;
  layer: string;
  name: string;
  /** The name that matched, when it is not the main one (e.g. "Кочкор" for Kochkorka). */
  matched: string | null;
  score: number;
}

/**
 * Folds case and diacritics so "Kochkör", "KOCHKOR" and "kochkor" meet; Cyrillic and Chinese pass
 * through (ё → е, й → и on both sides). Han text is split into single characters so a name with
 * no spaces can be found by any part of it.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ʻʼ'’`]/g, '');
}

function tokenize(text: string): string[] {
  return normalise(text)
    .replace(/(\p{Script=Han})/gu, ' $1 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A search index over names in Latin, Cyrillic and Chinese, tolerant of small typos. */
export class SiteSearch {
  private readonly index: MiniSearch<SearchEntry & { names: string }>;
  private readonly entries = new Map<string, SearchEntry>();

  constructor(entries: Iterable<SearchEntry>) {
    this.index = new MiniSearch({
      idField: 'id',
      fields: ['name', 'names'],
      storeFields: [],
      tokenize,
      processTerm: (term) => term,
      searchOptions: {
        boost: { name: 2 },
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : 0),
        combineWith: 'AND',
        tokenize,
        processTerm: (term) => term,
      },
    });
    const docs = [];
    for (const e of entries) {
      this.entries.set(e.id, e);
      // Also index each hyphenated or spaced name written solid, so "Karabalta" finds Kara-Balta.
      const solid = [e.name, ...e.otherNames]
        .filter((n) => /[\s-]/.test(n))
        .map((n) => n.replace(/[\s-]+/g, ''));
      docs.push({ ...e, names: [...e.otherNames, ...solid].join(' · ') });
    }
    this.index.addAll(docs);
  }

  /** The best matches for `query`, sites before communities when scores tie, at most `limit`. */
  search(query: string, limit = 10): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const terms = tokenize(q);
    const whole = terms.join(' ');
    // A name typed in full ("Kochkor") beats names that merely start with it ("Kochkor-Ata").
    const exact = (e: SearchEntry) =>
      [e.name, ...e.otherNames].some((n) => tokenize(n).join(' ') === whole) ? 1 : 0;
    return this.index
      .search(q)
      .map((r) => {
        const e = this.entries.get(String(r.id))!;
        return { e, score: r.score, exact: exact(e) };
      })
      .sort((a, b) => b.exact - a.exact || b.score - a.score)
      .slice(0, limit)
      .map(({ e, score }) => ({
        id: e.id,
        layer: e.layer,
        name: e.name,
        matched: matchedName(e, terms),
        score,
      }));
  }
}

/** The alternative name that best explains the match, if the main name does not. */
function matchedName(entry: SearchEntry, terms: string[]): string | null {
  const hits = (name: string) => {
    const tokens = tokenize(name);
    return terms.filter((t) => tokens.some((k) => k.startsWith(t))).length;
  };
  const main = hits(entry.name);
  let best: string | null = null;
  let bestHits = main;
  for (const n of entry.otherNames) {
    const h = hits(n);
    if (h > bestHits) {
      best = n;
      bestHits = h;
    }
  }
  return best;
}
