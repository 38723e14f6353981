import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ATTRIBUTION } from '../../../src/lib/map/attribution';

describe('attribution', () => {
  it('credits every dataset listed in geodata/LICENSES.md, word for word', () => {
    const licences = readFileSync('geodata/LICENSES.md', 'utf8');
    const credits = [...licences.matchAll(/^Credit: (.+)$/gm)].map((m) => m[1]!.trim());
    expect(credits.length).toBeGreaterThanOrEqual(5);
    for (const credit of credits) expect(ATTRIBUTION).toContain(credit);
  });
});
