/**
 * The reviewed allow-list of the data audit (`geodata/audit-allowlist.json`): known, explained
 * exceptions. Each entry names a check, the feature ids it covers, optionally the exact subject,
 * and a specific reason. An entry that no longer matches a finding is itself reported, so the
 * list cannot silently outlive what it explains.
 */
import { CHECKS, type CheckName, type Finding } from './checks.ts';

export interface AllowEntry {
  check: CheckName;
  /**
   * The features covered. A finding is covered when all its ids are listed: one entry can cover
   * a cluster of same-named features, or several features with the same explained cause.
   */
  ids: string[];
  /** When given, only the finding with exactly this subject (district, name, `field: name`). */
  subject?: string;
  reason: string;
}

/** A reason shorter than this cannot say what is specific to the case ("known", "expected"). */
const MIN_REASON = 25;

/** Reads and checks the allow-list; returns the entries and every problem with it. */
export function parseAllowList(raw: unknown): { entries: AllowEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: AllowEntry[] = [];
  const list = (raw as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list))
    return { entries, problems: ['the allow-list must be {"entries": [...]}'] };
  const reasons = new Map<string, number>();
  list.forEach((e: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (typeof e !== 'object' || e === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const { check, ids, subject, reason, ...rest } = e as Record<string, unknown>;
    const bad = (msg: string): void => void problems.push(`${where}: ${msg}`);
    if (Object.keys(rest).length > 0) bad(`unknown field(s) ${Object.keys(rest).join(', ')}`);
    if (!CHECKS.includes(check as CheckName)) bad(`check must be one of ${CHECKS.join(', ')}`);
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((x) => typeof x === 'string' && x)) {
      bad('ids must be a non-empty array of feature ids');
    } else if (new Set(ids).size !== ids.length) bad('ids repeat');
    if (subject !== undefined && (typeof subject !== 'string' || !subject)) {
      bad('subject, when given, must be a non-empty string');
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON) {
      bad(`reason must say specifically why (at least ${MIN_REASON} characters)`);
    } else {
      const first = reasons.get(reason.trim());
      if (first !== undefined) bad(`same reason as entry ${first}: say what is specific to each`);
      else reasons.set(reason.trim(), i + 1);
    }
    if (problems.some((p) => p.startsWith(`${where}:`))) return;
    entries.push({
      check: check as CheckName,
      ids: ids as string[],
      ...(subject !== undefined ? { subject: subject as string } : {}),
      reason: (reason as string).trim(),
    });
  });
  return { entries, problems };
}

/** Whether an entry covers a finding. */
export function covers(entry: AllowEntry, f: Finding): boolean {
  return (
    entry.check === f.check &&
    f.ids.every((id) => entry.ids.includes(id)) &&
    (entry.subject === undefined || entry.subject === f.subject)
  );
}

export interface Stale {
  entry: AllowEntry;
  /** Why it is stale: it matches nothing, or some of its ids have no finding any more. */
  why: string;
}

export interface Reviewed {
  /** Findings no entry covers: the test fails on these. */
  unexpected: Finding[];
  /** Findings covered, with the most specific entry that covers each. */
  allowed: { finding: Finding; entry: AllowEntry }[];
  /** Entries that no longer match (all or part of) what they list: the test fails on these too. */
  stale: Stale[];
}

/** Sorts findings into allowed and unexpected, and finds the stale entries. */
export function review(findings: readonly Finding[], entries: readonly AllowEntry[]): Reviewed {
  const unexpected: Finding[] = [];
  const allowed: Reviewed['allowed'] = [];
  const used = new Map<AllowEntry, Set<string>>();
  // The most specific entry explains a finding: one naming its subject, then one with fewer ids.
  const specific = [...entries].sort(
    (a, b) =>
      Number(a.subject === undefined) - Number(b.subject === undefined) ||
      a.ids.length - b.ids.length,
  );
  for (const f of findings) {
    const entry = specific.find((e) => covers(e, f));
    if (!entry) {
      unexpected.push(f);
      continue;
    }
    allowed.push({ finding: f, entry });
    const ids = used.get(entry) ?? new Set<string>();
    f.ids.forEach((id) => ids.add(id));
    used.set(entry, ids);
  }
  const stale: Stale[] = [];
  for (const entry of entries) {
    const ids = used.get(entry);
    if (!ids) {
      stale.push({ entry, why: 'matches no finding any more: remove it' });
      continue;
    }
    const idle = entry.ids.filter((id) => !ids.has(id));
    if (idle.length > 0) {
      stale.push({ entry, why: `no finding any more for ${idle.join(', ')}: remove them` });
    }
  }
  return { unexpected, allowed, stale };
}

/** Entries waiting for an issue-13 data fix (their reason starts "pending issue 13"). */
export const isPending = (e: AllowEntry): boolean => /^pending issue 13\b/i.test(e.reason);
