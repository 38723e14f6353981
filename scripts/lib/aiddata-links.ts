/**
 * Links a reader can open for AidData's per-project source URLs. AidData recorded some sources
 * through a university library proxy (Factiva via `global-factiva-com.proxy.wm.edu`), as short-lived
 * Dropbox preview renderings, or behind a Google redirect. {@link proposedLinkFix} derives, by
 * rule, the link to show instead and how to describe the source; the reviewed mapping
 * `geodata/curated/aiddata-links.json` (source key → kind, the URL AidData recorded, the link to
 * show) must agree with the rules, so no link changes unless a person has looked at it, and no
 * proxy or preview link slips through unreviewed.
 */
import * as v from 'valibot';
import type { Source } from '../../src/lib/data/schema.ts';

/** The reviewed mapping, relative to the repository root. */
export const AIDDATA_LINKS_FILE = 'geodata/curated/aiddata-links.json';

/** What was wrong with a recorded link. */
export const LINK_KINDS = ['factiva', 'dropbox', 'redirect'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const Url = v.pipe(v.string(), v.url());
export const LinkFixesSchema = v.record(
  v.pipe(v.string(), v.regex(/^aiddata-src-[0-9a-f]{10}$/, 'must be an AidData source key')),
  v.strictObject({
    kind: v.picklist(LINK_KINDS),
    /** The URL exactly as AidData recorded it. */
    from: Url,
    /** The link shown (the same as `from` when only the description changes). */
    url: Url,
  }),
);
/** The reviewed mapping. */
export type LinkFixes = v.InferOutput<typeof LinkFixesSchema>;

/** A derived fix: the link to show and how to describe the source. */
export interface LinkFix {
  kind: LinkKind;
  url: string;
  /** Fields that replace the generic ones of an AidData source. */
  source: Partial<Source>;
  /** Sentence put before the generic note. */
  note: string;
}

const FACTIVA_PROXY = 'global-factiva-com.proxy.wm.edu';
const FACTIVA = 'global.factiva.com';

/** Factiva's document number (accession number) in a Factiva link, or null. */
export function factivaDocument(url: URL): string | null {
  for (const [k, value] of url.searchParams) {
    if (k.toLowerCase() === 'an' || k.toLowerCase() === 'accessionno') return value;
  }
  return null;
}

/**
 * The source code and date a Factiva document number starts with: 8 characters of source code
 * padded with zeros, then YYYYMMDD (e.g. AKIPEN0020110407e7470002t → AKIPEN, 2011-04-07). The
 * date is what the number encodes, not a checked publication date.
 */
export function factivaParts(an: string): { code: string; date: string } | null {
  const m = /^([a-z0-9]{8})(\d{4})(\d{2})(\d{2})/i.exec(an);
  if (!m) return null;
  return { code: m[1]!.replace(/0+$/, '').toUpperCase(), date: `${m[2]}-${m[3]}-${m[4]}` };
}

function fileName(path: string): string {
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** The fix the rules give for a recorded URL, or null when it needs none. */
export function proposedLinkFix(recorded: string): LinkFix | null {
  const url = new URL(recorded);
  const host = url.hostname;
  if (host === FACTIVA_PROXY || host === FACTIVA) {
    const an = factivaDocument(url);
    if (!an) return null;
    const parts = factivaParts(an);
    const proxied = host === FACTIVA_PROXY;
    return {
      kind: 'factiva',
      // Factiva's own document link, in the form AidData recorded for its direct Factiva links.
      url: proxied
        ? `https://${FACTIVA}/redir/default.aspx?P=sa&an=${encodeURIComponent(an)}&cat=a&ep=ASE`
        : recorded,
      source: {
        publisher: 'Factiva (Dow Jones)',
        title: `Factiva document ${an}${parts ? ` (Factiva source code ${parts.code})` : ''}`,
        date: null,
        ...(parts
          ? { date_note: `${parts.date} (the date in the Factiva document number; not checked)` }
          : {}),
        citation: `Factiva, document ${an}.`,
        paywalled: true,
        access_note: 'Factiva (subscription)',
      },
      note: proxied
        ? `AidData recorded this document through a university library proxy (${FACTIVA_PROXY}); the link is Factiva's own document link, which needs a Factiva subscription. The original publication's name is not recorded.`
        : "The link is Factiva's own document link, which needs a Factiva subscription. The original publication's name is not recorded.",
    };
  }
  if (host.endsWith('.previews.dropboxusercontent.com') || host === 'www.dropbox.com') {
    let target = url;
    if (host !== 'www.dropbox.com') {
      const file = url.searchParams.get('file');
      if (!file) return null;
      target = new URL(file);
      target.search = '';
    }
    const shown = target.toString();
    return {
      kind: 'dropbox',
      url: shown,
      source: {
        publisher: 'AidData (copy on Dropbox)',
        title: `AidData's copy of a document: ${fileName(target.pathname)}`,
      },
      note:
        host === 'www.dropbox.com'
          ? "A copy of the document shared by AidData on Dropbox, not the issuer's own publication; the title shown is the file name."
          : "A copy of the document shared by AidData on Dropbox, not the issuer's own publication; the title shown is the file name. AidData recorded a short-lived Dropbox preview rendering; the link is the Dropbox share link inside it (the preview's own parameters dropped).",
    };
  }
  if (host === 'www.google.com' && url.pathname === '/url') {
    const target = url.searchParams.get('url');
    if (!target) return null;
    return {
      kind: 'redirect',
      url: target,
      source: { publisher: new URL(target).hostname.replace(/^www\./, '') },
      note: 'AidData recorded a Google redirect to this address; the link is the address itself.',
    };
  }
  return null;
}

/**
 * Applies the reviewed fixes to the AidData sources (key → source, each with its recorded URL).
 * Returns problems: a link the rules would change that the mapping lacks, a mapping entry whose
 * `from` or `url` disagrees with the recorded URL or the rules, or an entry for an unknown key.
 */
export function applyLinkFixes(sources: Record<string, Source>, fixes: LinkFixes): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(sources)) {
    const fix = proposedLinkFix(source.url);
    const entry = fixes[key];
    if (!fix && !entry) continue;
    if (!fix) {
      problems.push(`${AIDDATA_LINKS_FILE}: ${key}: the rules give no fix for ${source.url}`);
      continue;
    }
    if (!entry) {
      problems.push(
        `${AIDDATA_LINKS_FILE}: ${key}: not reviewed: ${fix.kind} link ${source.url} → ${fix.url}`,
      );
      continue;
    }
    if (entry.from !== source.url || entry.url !== fix.url || entry.kind !== fix.kind) {
      problems.push(
        `${AIDDATA_LINKS_FILE}: ${key}: disagrees with the rules (${fix.kind}: ${source.url} → ${fix.url})`,
      );
      continue;
    }
    const note = [fix.note, source.note].filter(Boolean).join(' ');
    sources[key] = { ...source, ...fix.source, url: fix.url, note };
  }
  for (const key of Object.keys(fixes)) {
    if (!sources[key]) problems.push(`${AIDDATA_LINKS_FILE}: ${key}: not an AidData source key`);
  }
  return problems;
}
