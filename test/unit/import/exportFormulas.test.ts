import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { csvTable, safeCell } from '../../../src/lib/export/distanceExport';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads';

/** Text that a spreadsheet would run as a formula if a cell started with it. */
const INJECTIONS = [
  '=HYPERLINK("http://evil","x")',
  'Kara-Balta;=1+1',
  'Kara-Balta; =cmd|" /C calc"!A0',
  'Naryn,-2+3',
  'a;+SUM(A1)',
  'a;@SUM(A1)',
  'a\t=1',
  'a\n=1',
  'a\r\n-1+1',
  '"quoted";=2',
  'x";"=3',
  '=;=;=',
  ';;;-',
  '\t=tab',
  '\r=cr',
  'ok, fine; normal',
];

/** The cells a spreadsheet splitting on `sep` would see, quote-aware (papaparse) and naively. */
function cellsOf(csv: string, sep: string): string[] {
  const lines = csv.split(/\r\n|\n|\r/);
  const naive = lines.flatMap((l) => l.split(sep));
  const quoted = (Papa.parse<string[]>(csv, { delimiter: sep }).data as string[][]).flat();
  return [...naive, ...quoted];
}

/** A cell that starts a formula: = + - @ after spaces or quotes, and not a plain number. */
const isFormula = (cell: string) => {
  const t = cell.replace(/^[\s"]+/, '');
  return /^[=+\-@]/.test(t) && !Number.isFinite(Number(t.replace(/"+$/, '')));
};

describe('CSV exports have no formula cell, whichever separator a spreadsheet splits on', () => {
  it('neutralises every injection, split on , ; and tab', async () => {
    const values = [...INJECTIONS, ...XSS_PAYLOADS];
    const records = values.map((v, i) => ({ name: v, note: `${i}`, other: v, n: -i }));
    const csv = await csvTable(['name', 'note', 'other', 'n'], records);
    for (const sep of [',', ';', '\t']) {
      const bad = cellsOf(csv, sep).filter(isFormula);
      expect(bad, `split on ${JSON.stringify(sep)}`).toEqual([]);
    }
    // Still reads back as the same table with the comma (the text kept, a quote added).
    const back = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(back.data.length).toBe(values.length);
    expect(back.data[0]!.name).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(back.data[1]!.name).toBe("Kara-Balta;'=1+1");
    expect(back.data[values.length - 1 - XSS_PAYLOADS.length]!.name).toBe('ok, fine; normal');
  });

  it('the same for 2,000 generated cells (property test)', async () => {
    const cell = fc.stringMatching(/^[a-z=+\-@;,"\t\r\n ]{0,12}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 20 }), async (cells) => {
        const csv = await csvTable(
          ['a'],
          cells.map((a) => ({ a })),
        );
        for (const sep of [',', ';', '\t']) expect(cellsOf(csv, sep).filter(isFormula)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves numbers and plain text alone', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell('Kara-Balta')).toBe('Kara-Balta');
    expect(safeCell('Ak-Suu, Issyk-Kul')).toBe('Ak-Suu, Issyk-Kul');
  });
});
