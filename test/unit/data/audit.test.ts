/**
 * The data audit over every shipped feature (scripts/audit/, `npm run data:audit`): fails on any
 * finding that geodata/audit-allowlist.json does not explain, on an allow-list entry that no
 * longer matches anything, and on a malformed allow-list. Run `npm run data:audit` for the report.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  auditFeature,
  checkAidDataDistricts,
  DEFAULT_OPTIONS,
} from '../../../scripts/audit/checks.ts';
import { findingLine, formatReport, runAudit } from '../../../scripts/audit/run.ts';

const GEODATA = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'geodata');
const result = runAudit(GEODATA);

describe('data audit (npm run data:audit)', () => {
  it('reads every shipped layer and the COD-AB districts', () => {
    const layers = new Set(result.features.map((f) => f.layer));
    expect([...layers].sort()).toEqual([
      'communities',
      'crossings',
      'mines',
      'projects',
      'protests',
    ]);
    expect(result.gazetteer.districts.filter((d) => d.level === 'rayon').length).toBeGreaterThan(
      40,
    );
    expect(result.gazetteer.districts.filter((d) => d.level === 'oblast').length).toBeGreaterThan(
      7,
    );
  });

  it('the allow-list is well formed, with a specific reason per entry', () => {
    expect(result.problems).toEqual([]);
  });

  it('every finding is explained in the allow-list (fix the data, or add an entry)', () => {
    expect(result.unexpected.map(findingLine)).toEqual([]);
  });

  it('every allow-list entry still matches a finding (remove entries for fixed problems)', () => {
    expect(result.stale.map((s) => `${s.entry.check} ${s.entry.ids.join(', ')}: ${s.why}`)).toEqual(
      [],
    );
  });

  it('prints a readable report', () => {
    const report = formatReport(result);
    expect(report).toMatch(/^Data audit: \d+ features/);
    for (const check of ['district', 'duplicate', 'transliteration', 'aiddata-district']) {
      expect(report).toContain(`(${check}): `);
    }
    expect(report).toMatch(/\n(OK|FAILED): [^\n]+$/);
  });

  it('finds a record placed on a namesake on the real basemap (the aiddata-40300 case)', () => {
    // AidData 40300's text names Sogot in Uzgen district; its OSM geometry is Seget in Manas.
    const record = auditFeature({
      geometry: { type: 'Point', coordinates: [71.78586, 42.72834] },
      properties: {
        id: 'fixture-40300',
        layer: 'projects',
        aiddata_id: 40300,
        name: 'China donates 5000 USD to Kyrgyz Republic for Landslide Relief',
        description: 'to the 300 families of Sogot village, Uzgen region of Osh Oblast.',
      },
    });
    const found = checkAidDataDistricts([record], result.gazetteer, DEFAULT_OPTIONS);
    expect(found.map((f) => f.subject)).toEqual(['Uzgen district', 'Osh oblast']);
    expect(found[0]?.message).toMatch(
      /2\d\d km from Uzgen district \(its point is in Manas district\)/,
    );
  });
});
