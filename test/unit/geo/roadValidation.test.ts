/**
 * The validation of distances by road (README, "Roads and relief"): every stated distance is
 * reached on the shipped network, and the differences stay inside the range the README and the
 * app's methodology give (from 18 % shorter to 17 % longer).
 */
import { describe, expect, it } from 'vitest';
import { validationRows } from '../../../scripts/roads/validation';

describe('distances by road against distances the sources state', () => {
  const rows = validationRows();

  it('routes every case', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const r of rows) expect(r.networkKm, r.route).not.toBeNull();
  });

  it('stays within the stated range of error', () => {
    for (const r of rows) {
      expect(r.error!, `${r.route}: ${r.reference}`).toBeGreaterThanOrEqual(-0.185);
      expect(r.error!, `${r.route}: ${r.reference}`).toBeLessThanOrEqual(0.175);
    }
  });

  it('reproduces the road data README’s Bishkek → Naryn within 2 %', () => {
    const row = rows.find((r) => r.route === 'Bishkek – Naryn')!;
    expect(Math.abs(row.error!)).toBeLessThan(0.02);
  });
});
