import MiniSearch from 'minisearch';
import { Converter } from 'opencc-js/t2cn';
import { toLatin } from './translit';

/** What the search needs to know about a site or community. */
export interface SearchEntry {
  id: string;
  layer: string;
  /** Main (Latin) name. */
  name: string;
  /** Every other name: Cyrillic, Chinese, spelling variants, old names. */
  otherNames: readonly string[];
  /** Where it is, to tell namesakes apart (a community's district and region). */
  where?: string;
}

export interface SearchHit {
  id: string;
  layer: string;
  name: string;
  /** The name that matched, when it is not the main one (e.g. "Кочкор" for Kochkorka). */
  matched: string | null;
  /** Where it is, when another hit has the same name (namesakes). */
  where: string | null;
  score: number;
}

/** Traditional → simplified Chinese (OpenCC's tables): 吐爾尕特 and 吐尔尕特 meet. */
const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * Folds case and diacritics so "Kochkör", "KOCHKOR" and "kochkor" meet; Cyrillic and Chinese pass
 * through (ё → е, й → и on both sides).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ʻʼ'’`]/g, '');
}

/** Folded, with Chinese in simplified characters. */
function fold(text: string): string {
  const folded = normalise(text);
  return /\p{Script=Han}/u.test(folded) ? toSimplified(folded) : folded;
}

/**
 * A spelling-independent key: Cyrillic written in Latin (the audit's table, `translit.ts`), then
 * diacritics and the usual variants folded (dzh/zh/j → j, kh → h, y → i), so Иркештам meets
 * Irkeshtam, Кочкор meets Kochkor and At-Bashy meets At-Bashi.
 */
export function latinKey(text: string): string {
  return normalise(toLatin(text.normalize('NFC').toLowerCase()))
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i');
}

function tokenize(text: string): string[] {
  return fold(text)
    .replace(/(\p{Script=Han})/gu, ' $1 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const CYRILLIC_TEXT = /\p{Script=Cyrillic}/u;

/** A search index over names in Latin, Cyrillic and Chinese, tolerant of small typos. */
export class SiteSearch {
  private readonly index: MiniSearch<{ id: string; name: string; names: string; keys: string }>;
  private readonly entries = new Map<string, SearchEntry>();
  /** How many entries share each folded main name (namesakes). */
  private readonly nameCount = new Map<string, number>();

  constructor(entries: Iterable<SearchEntry>) {
    this.index = new MiniSearch({
      idField: 'id',
      fields: ['name', 'names', 'keys'],
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
      const folded = fold(e.name);
      this.nameCount.set(folded, (this.nameCount.get(folded) ?? 0) + 1);
      const all = [e.name, ...e.otherNames];
      // Also index each hyphenated or spaced name written solid, so "Karabalta" finds Kara-Balta.
      const solid = all.filter((n) => /[\s-]/.test(n)).map((n) => n.replace(/[\s-]+/g, ''));
      docs.push({
        id: e.id,
        name: e.name,
        names: [...e.otherNames, ...solid].join(' · '),
        keys: [...new Set(all.map(latinKey))].join(' · '),
      });
    }
    this.index.addAll(docs);
  }

  /**
   * The best matches for `query`, at most `limit`. The atlas's sites come before communities of
   * the same name ("Torugart": the pass before the hamlet), a name typed in full before names
   * that merely start with it, then MiniSearch's score.
   */
  search(query: string, limit = 10): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const terms = tokenize(q);
    const keyTerms = tokenize(latinKey(q));
    const scores = new Map<string, number>();
    const add = (results: { id: unknown; score: number }[]) => {
      for (const r of results) {
        const id = String(r.id);
        scores.set(id, Math.max(scores.get(id) ?? 0, r.score));
      }
    };
    add(this.index.search(q, { fields: ['name', 'names'] }));
    // Spelled another way: Cyrillic for a Latin-only name, or a variant spelling.
    if (CYRILLIC_TEXT.test(q) || keyTerms.join(' ') !== terms.join(' ')) {
      add(this.index.search(keyTerms.join(' '), { fields: ['keys'] }));
    }
    const whole = (names: string[], wanted: string[], split: (n: string) => string[]) =>
      names.some((n) => split(n).join(' ') === wanted.join(' '));
    const words = (names: string[], wanted: string[], split: (n: string) => string[]) =>
      names.some((n) => {
        const tokens = split(n);
        return wanted.every((w) => tokens.includes(w));
      });
    const keyTokens = (n: string) => tokenize(latinKey(n));
    return [...scores]
      .map(([id, score]) => {
        const e = this.entries.get(id)!;
        const names = [e.name, ...e.otherNames];
        const exact = whole(names, terms, tokenize) || whole(names, keyTerms, keyTokens);
        const word = words(names, terms, tokenize) || words(names, keyTerms, keyTokens);
        const site = e.layer !== 'communities' && e.layer !== 'imported';
        return { e, score, rank: [site && word ? 1 : 0, exact ? 1 : 0, word ? 1 : 0] };
      })
      .sort((a, b) => {
        for (let i = 0; i < a.rank.length; i++) {
          if (a.rank[i] !== b.rank[i]) return b.rank[i]! - a.rank[i]!;
        }
        return b.score - a.score;
      })
      .slice(0, limit)
      .map(({ e, score }) => ({
        id: e.id,
        layer: e.layer,
        name: e.name,
        matched: matchedName(e, terms, keyTerms),
        where: (this.nameCount.get(fold(e.name)) ?? 0) > 1 ? (e.where ?? null) : null,
        score,
      }));
  }
}

/**
 * The alternative name that best explains the match, if the main name does not: a name matched
 * as typed first, else one matched by its Latin key (Иркештам → Irkeshtam matches the main name).
 */
function matchedName(entry: SearchEntry, terms: string[], keyTerms: string[]): string | null {
  const count = (wanted: string[], split: (n: string) => string[]) => (name: string) => {
    const tokens = split(name);
    return wanted.filter((t) => tokens.some((k) => k.startsWith(t))).length;
  };
  const direct = count(terms, tokenize);
  const byKey = count(keyTerms, (n) => tokenize(latinKey(n)));
  const names = [entry.name, ...entry.otherNames];
  const hits = names.some((n) => direct(n) > 0) ? direct : byKey;
  let best: string | null = null;
  let bestHits = hits(entry.name);
  for (const n of entry.otherNames) {
    const h = hits(n);
    if (h > bestHits) {
      best = n;
      bestHits = h;
    }
  }
  return best;
}
