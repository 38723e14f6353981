/**
 * `npm run data:audit`: runs the data audit over every shipped feature and prints a report
 * (`npm run data:audit -- --brief` leaves out the allow-listed findings, keeping their entries).
 * Exits with 1 when a finding is not in the allow-list, an allow-list entry is stale, or the
 * allow-list itself is malformed (the same conditions fail `test/unit/data/audit.test.ts`).
 *
 * Reads geodata/{projects,crossings,protests,mines,communities}.geojson, the COD-AB rayons and
 * oblasts in geodata/basemap/, and geodata/audit-allowlist.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry } from 'geojson';
import { isPending, parseAllowList, review, type AllowEntry, type Reviewed } from './allowlist.ts';
import {
  CHECKS,
  CHECK_TITLES,
  DEFAULT_OPTIONS,
  audit,
  auditFeature,
  type AuditFeature,
  type AuditOptions,
  type Finding,
} from './checks.ts';
import { buildGazetteer, type BoundaryFeature, type Gazetteer } from './districts.ts';

export const AUDITED_LAYERS = [
  'projects',
  'crossings',
  'protests',
  'mines',
  'communities',
] as const;
export const ALLOWLIST_FILE = 'audit-allowlist.json';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface Collection {
  features: { id?: unknown; properties: Record<string, unknown>; geometry: Geometry }[];
}

/** The shipped features and the district gazetteer, read from a `geodata/` folder. */
export function loadAuditData(geodata: string): { features: AuditFeature[]; gazetteer: Gazetteer } {
  const features = AUDITED_LAYERS.flatMap((layer) =>
    (readJson(join(geodata, `${layer}.geojson`)) as Collection).features.map(auditFeature),
  );
  const boundaries = (name: string): BoundaryFeature[] =>
    (readJson(join(geodata, 'basemap', `${name}.geojson`)) as { features: BoundaryFeature[] })
      .features;
  return { features, gazetteer: buildGazetteer(boundaries('rayons'), boundaries('oblasts')) };
}

export interface AuditResult extends Reviewed {
  findings: Finding[];
  /** Problems with the allow-list file itself. */
  problems: string[];
  features: AuditFeature[];
  gazetteer: Gazetteer;
  entries: ReturnType<typeof parseAllowList>['entries'];
}

/** Runs the audit on a `geodata/` folder with its allow-list. */
export function runAudit(geodata: string, opts: AuditOptions = DEFAULT_OPTIONS): AuditResult {
  const { features, gazetteer } = loadAuditData(geodata);
  const findings = audit(features, gazetteer, opts);
  const { entries, problems } = parseAllowList(readJson(join(geodata, ALLOWLIST_FILE)));
  return { findings, problems, features, gazetteer, entries, ...review(findings, entries) };
}

/** One line per finding: ids, subject and message. */
export const findingLine = (f: Finding): string =>
  `${f.ids.join(' ~ ')} [${f.subject}]: ${f.message}`;

/** How an allow-list entry is named in the report. */
const entryLabel = (e: AllowEntry): string =>
  `${e.check} ${e.ids.length > 4 ? `${e.ids.length} features` : e.ids.join(', ')}` +
  (e.subject ? ` [${e.subject}]` : '');

/** Whether the audit failed: a new finding, a stale entry or a malformed allow-list. */
export const failed = (r: AuditResult): boolean =>
  r.unexpected.length + r.stale.length + r.problems.length > 0;

export interface ReportOptions {
  /** Leave out the allow-listed findings themselves (their entries and counts stay). */
  brief?: boolean;
}

/**
 * The readable report `npm run data:audit` prints: per check, the new findings, then the
 * allow-listed ones under the entry (and reason) that explains them; then the allow-list's state.
 */
export function formatReport(
  r: AuditResult,
  opts: AuditOptions = DEFAULT_OPTIONS,
  report: ReportOptions = {},
): string {
  const out: string[] = [];
  const byLayer = new Map<string, number>();
  for (const f of r.features) byLayer.set(f.layer, (byLayer.get(f.layer) ?? 0) + 1);
  const layers = [...byLayer].map(([l, n]) => `${n} ${l}`).join(', ');
  out.push(
    `Data audit: ${r.features.length} features (${layers}), ` +
      `${r.gazetteer.districts.length} COD-AB units.`,
    `Settings: a site's point may be ${opts.edgeToleranceKm} km outside the unit it names ` +
      `(not inside a town unit), a community's ${opts.communityToleranceKm} km; AidData text "far" ` +
      `> ${opts.farKm} km; same names within ${opts.withinKm} km.`,
    '',
  );
  const allowedBy = new Map(r.allowed.map((a) => [a.finding, a.entry] as const));
  CHECKS.forEach((check, i) => {
    const fs = r.findings.filter((f) => f.check === check);
    const fresh = fs.filter((f) => !allowedBy.has(f));
    out.push(
      `${i + 1}. ${CHECK_TITLES[check]} (${check}): ${fs.length} finding(s), ` +
        `${fs.length - fresh.length} allow-listed, ${fresh.length} new`,
    );
    for (const f of fresh) out.push(`   NEW      ${findingLine(f)}`);
    const groups = new Map<AllowEntry, Finding[]>();
    for (const f of fs.filter((x) => allowedBy.has(x))) {
      const e = allowedBy.get(f)!;
      groups.set(e, [...(groups.get(e) ?? []), f]);
    }
    for (const [e, group] of groups) {
      const tag = isPending(e) ? 'PENDING' : 'allowed';
      out.push(`   ${tag}  ${entryLabel(e)} (${group.length}): ${e.reason}`);
      if (!report.brief) for (const f of group) out.push(`              ${findingLine(f)}`);
    }
    out.push('');
  });
  const pending = r.entries.filter(isPending);
  out.push(
    `Allow-list (geodata/${ALLOWLIST_FILE}): ${r.entries.length} entries, ` +
      `${pending.length} pending an issue-13 data fix.`,
  );
  for (const p of r.problems) out.push(`   INVALID  ${p}`);
  for (const s of r.stale) out.push(`   STALE    ${entryLabel(s.entry)}: ${s.why}`);
  out.push(
    '',
    failed(r)
      ? `FAILED: ${r.unexpected.length} new finding(s), ${r.stale.length} stale entries, ` +
          `${r.problems.length} allow-list problem(s). Fix the data, or explain the finding ` +
          `with a specific reason in geodata/${ALLOWLIST_FILE}; remove entries for fixed problems.`
      : 'OK: every finding is allow-listed with a reason, and every entry still matches.',
  );
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const geodata = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'geodata');
  const result = runAudit(geodata);
  console.log(formatReport(result, DEFAULT_OPTIONS, { brief: process.argv.includes('--brief') }));
  process.exitCode = failed(result) ? 1 : 0;
}
