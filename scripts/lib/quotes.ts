/**
 * The quote manifest `geodata/curated/quotes.json`: the data build's record, kept in the
 * repository, that every quote in the data is verbatim in its article, so that machines without
 * the article texts (`../shared/sources/`, not in the repository; see geodata/README.md) can
 * still check the quotes.
 *
 * The data build makes the manifest from the texts ({@link buildQuoteManifest}). For each article
 * it records the sha256 of the text file and its length; for each distinct quote, its offset in
 * the text and the sha256 of the quote with up to `context_chars` characters either side.
 * Offsets and lengths count UTF-16 code units (JavaScript string indices).
 *
 * {@link checkQuotes} then checks, with or without the texts, that every quote in the data is in
 * the manifest under its source and that the manifest is consistent (no stale quote, offsets in
 * range and sorted, overlapping quotes agree on the text they share); given a text, it also checks
 * the text's hash and each quote at its offset with its context hash.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import type { Citation } from '../../src/lib/data/schema.ts';
import { citationGroups, type Curated } from './curated.ts';

/** Characters either side of a quote covered by its context hash. */
export const CONTEXT_CHARS = 40;

const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex'));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const QuoteManifestSchema = v.strictObject({
  about: v.string(),
  context_chars: Count,
  articles: v.record(
    v.string(),
    v.strictObject({
      /** The text's file name in `../shared/sources/`. */
      file: v.string(),
      sha256: Sha256,
      length: Count,
      quotes: v.array(
        v.strictObject({
          offset: Count,
          quote: v.pipe(v.string(), v.minLength(1)),
          context_sha256: Sha256,
        }),
      ),
    }),
  ),
});
/** The contents of quotes.json. */
export type QuoteManifest = v.InferOutput<typeof QuoteManifestSchema>;

/** One quote in the data; `where` is `file: id: field` for messages. */
export interface CitedQuote {
  where: string;
  source: string;
  quote: string;
}

/** An article's text file name (in `../shared/sources/`) and, when available, its text. */
export interface ArticleText {
  file: string;
  text: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The sha256 of a quote at `offset` with up to `chars` characters of context either side. */
export function contextHash(text: string, offset: number, length: number, chars: number): string {
  return sha256(text.slice(Math.max(0, offset - chars), offset + length + chars));
}

/** Every quote of the citations of a record and of its disputes. */
export function quotesOf(
  where: string,
  record: { citations?: Citation[]; disputes?: { citations: Citation[] }[] },
): CitedQuote[] {
  return citationGroups(record).flatMap(([field, list]) =>
    list.flatMap((c, i) =>
      c.quote === undefined
        ? []
        : [{ where: `${where}: ${field}[${i}].quote`, source: c.source, quote: c.quote }],
    ),
  );
}

/** The quotes on the article sources, the only ones the manifest covers. */
export function articleQuotes(quotes: CitedQuote[], articleKeys: Iterable<string>): CitedQuote[] {
  const keys = new Set(articleKeys);
  return quotes.filter((q) => keys.has(q.source));
}

/** Collapses whitespace runs to one space and trims (as the AidData texts are compared). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text fields of an AidData record that a quote may come from. */
export interface AidDataText {
  description?: string | null;
  staff_comments?: string | null;
  location_narrative?: string | null;
}

/** The AidData record a quoted citation names: "AidData record 96105: …" in its fact. */
export function aiddataRecordOf(fact: string): number | null {
  const m = /^AidData record (\d+)\b/.exec(fact);
  return m ? Number(m[1]) : null;
}

/**
 * Checks quotes on the AidData dataset against the named record's description, staff comments
 * and location narrative (whitespace collapsed). `records` maps record id → its text fields.
 * Each quote's record is `recordOf(quote)` (the addition's key, or the record its fact names).
 */
export function checkAidDataQuotes(
  quotes: (CitedQuote & { record: number | null })[],
  records: Map<number, AidDataText>,
): string[] {
  const problems: string[] = [];
  for (const q of quotes) {
    if (q.record === null) {
      problems.push(
        `${q.where}: a quote on the AidData dataset must name its record (a fact starting "AidData record <id>")`,
      );
      continue;
    }
    const r = records.get(q.record);
    const text = r
      ? normaliseSpace([r.description, r.staff_comments, r.location_narrative].join(' '))
      : '';
    if (!r) problems.push(`${q.where}: AidData record ${q.record} not found`);
    else if (!text.includes(normaliseSpace(q.quote)))
      problems.push(`${q.where}: not verbatim in AidData record ${q.record}: "${q.quote}"`);
  }
  return problems;
}

/**
 * The quotes on the AidData dataset in the curated files, each with the record it must be in:
 * an addition's record id, or the record its fact names ("AidData record 96105: …").
 */
export function aiddataQuotes(
  curated: Curated,
  additionsFile: string,
  source: string,
): (CitedQuote & { record: number | null })[] {
  const collect = (
    where: string,
    record: { citations?: Citation[]; disputes?: { citations: Citation[] }[] },
    own: number | null,
  ) =>
    citationGroups(record).flatMap(([field, list]) =>
      list.flatMap((c, i) =>
        c.quote === undefined || c.source !== source
          ? []
          : [
              {
                where: `${where}: ${field}[${i}].quote`,
                source: c.source,
                quote: c.quote,
                record: aiddataRecordOf(c.fact) ?? own,
              },
            ],
      ),
    );
  return [
    ...curated.sites.flatMap((s) => collect(`${curated.siteFiles.get(s.id)}: ${s.id}`, s, null)),
    ...Object.entries(curated.additions).flatMap(([id, a]) =>
      collect(`${additionsFile}: ${id}`, a, Number(id)),
    ),
  ];
}

/** Every quote in the curated files (sites and AidData additions). */
export function curatedQuotes(curated: Curated, additionsFile: string): CitedQuote[] {
  return [
    ...curated.sites.flatMap((s) => quotesOf(`${curated.siteFiles.get(s.id)}: ${s.id}`, s)),
    ...Object.entries(curated.additions).flatMap(([id, a]) =>
      quotesOf(`${additionsFile}: ${id}`, a),
    ),
  ];
}

/**
 * Makes the manifest from the article texts (key → file and text). Problems: a quote that is not
 * verbatim in its article, or on a source that is not an article.
 */
export function buildQuoteManifest(
  quotes: CitedQuote[],
  articles: Record<string, ArticleText>,
): { manifest: QuoteManifest; problems: string[] } {
  const problems: string[] = [];
  const manifest: QuoteManifest = {
    about:
      'Generated by `npm run data:build` from the article texts in ../shared/sources; do not edit. See geodata/README.md.',
    context_chars: CONTEXT_CHARS,
    articles: {},
  };
  const found = new Map<string, Map<string, number>>();
  for (const q of quotes) {
    const a = articles[q.source];
    if (!a) {
      problems.push(`${q.where}: quote on "${q.source}", which is not an article`);
      continue;
    }
    const offset = a.text.indexOf(q.quote);
    if (offset < 0)
      problems.push(`${q.where}: not verbatim in ${q.source} (${a.file}): "${q.quote}"`);
    else found.set(q.source, (found.get(q.source) ?? new Map()).set(q.quote, offset));
  }
  for (const [key, { file, text }] of Object.entries(articles)) {
    const entries = [...(found.get(key) ?? new Map<string, number>())].map(([quote, offset]) => ({
      offset,
      quote,
      context_sha256: contextHash(text, offset, quote.length, CONTEXT_CHARS),
    }));
    entries.sort(byPosition);
    manifest.articles[key] = { file, sha256: sha256(text), length: text.length, quotes: entries };
  }
  return { manifest, problems };
}

function byPosition(a: { offset: number; quote: string }, b: { offset: number; quote: string }) {
  return a.offset - b.offset || a.quote.length - b.quote.length || (a.quote < b.quote ? -1 : 1);
}

/**
 * Checks the data's quotes against the manifest, the manifest's consistency and, for each article
 * whose text is given (key → text), the manifest against the text. Returns the problems.
 */
export function checkQuotes(
  quotes: CitedQuote[],
  manifestJson: unknown,
  texts: Record<string, string>,
  manifestFile = 'quotes.json',
): string[] {
  const parsed = v.safeParse(QuoteManifestSchema, manifestJson);
  if (!parsed.success) {
    return parsed.issues.map(
      (i) => `${manifestFile}: ${(i.path ?? []).map((p) => String(p.key)).join('.')}: ${i.message}`,
    );
  }
  const manifest = parsed.output;
  const problems: string[] = [];
  const used = new Set<string>();
  for (const q of quotes) {
    const article = manifest.articles[q.source];
    if (!article) {
      problems.push(
        `${q.where}: quote on "${q.source}", which is not an article in ${manifestFile}`,
      );
    } else if (!article.quotes.some((e) => e.quote === q.quote)) {
      problems.push(
        `${q.where}: not in ${manifestFile} under ${q.source} (a changed or new quote: run npm run data:build, which checks it against the article): "${q.quote}"`,
      );
    } else used.add(`${q.source}\n${q.quote}`);
  }
  for (const [key, article] of Object.entries(manifest.articles)) {
    const at = `${manifestFile}: ${key}`;
    article.quotes.forEach((e, i) => {
      const where = `${at}: quotes[${i}]`;
      const end = e.offset + e.quote.length;
      if (!used.has(`${key}\n${e.quote}`))
        problems.push(`${where}: not quoted in the data (stale)`);
      if (end > article.length) {
        problems.push(`${where}: ends at ${end}, past the article's length ${article.length}`);
      }
      const prev = article.quotes[i - 1];
      if (prev && byPosition(prev, e) >= 0) {
        problems.push(`${where}: not in offset order, or repeated`);
      }
      // Two quotes of one text that overlap must agree on the characters they share.
      for (const other of article.quotes.slice(0, i)) {
        const from = Math.max(other.offset, e.offset);
        const to = Math.min(other.offset + other.quote.length, end);
        if (
          from < to &&
          other.quote.slice(from - other.offset, to - other.offset) !==
            e.quote.slice(from - e.offset, to - e.offset)
        ) {
          problems.push(
            `${where}: disagrees with the quote at ${other.offset} on the text they share`,
          );
        }
      }
    });
    const text = texts[key];
    if (text === undefined) continue;
    if (sha256(text) !== article.sha256 || text.length !== article.length) {
      problems.push(`${at}: the article text differs from the one the manifest was made from`);
      continue;
    }
    article.quotes.forEach((e, i) => {
      const hash = contextHash(text, e.offset, e.quote.length, manifest.context_chars);
      if (
        text.slice(e.offset, e.offset + e.quote.length) !== e.quote ||
        hash !== e.context_sha256
      ) {
        problems.push(
          `${at}: quotes[${i}]: not in the article at offset ${e.offset}: "${e.quote}"`,
        );
      }
    });
  }
  return problems;
}
