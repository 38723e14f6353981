/**
 * "Do no harm" (About, and geodata/README.md): the data names no private individual and gives no
 * one's home. No record may carry a field for a private person, and the loader refuses one that
 * tries (every schema is strict: unknown fields are errors).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/data/load';
import { validRaw } from './data/fixtures';

/** Field names that would describe a private person or where someone lives. */
const PERSON_FIELD =
  /(^|_)(person|people|participants?|residents?|individuals?|victims?|activists?|protesters?|detainees?|full_?name|first_?name|last_?name|surname|home|address|phone|email|passport|birth|age|gender)(_|$)/i;

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

describe('do no harm', () => {
  it.each(['projects', 'crossings', 'protests', 'mines', 'communities'])(
    'no record in %s.geojson has a field for a private person',
    (layer) => {
      const fc = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as {
        features: { properties: unknown }[];
      };
      const keys = keysOf(fc.features.map((f) => f.properties));
      expect(keys.size).toBeGreaterThan(5);
      expect([...keys].filter((k) => PERSON_FIELD.test(k))).toEqual([]);
    },
  );

  it('the pattern catches such fields', () => {
    for (const k of ['participant_name', 'home_address', 'phone', 'victims', 'activist_email']) {
      expect(PERSON_FIELD.test(k), k).toBe(true);
    }
    for (const k of ['operator', 'funders', 'population', 'name_ru', 'precision_note', 'size']) {
      expect(PERSON_FIELD.test(k), k).toBe(false);
    }
  });

  it('the loader refuses a record with a field the schema does not have', () => {
    const raw = validRaw();
    Object.assign(raw.protests.features[0]!.properties, { participant_name: 'A. Person' });
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('participant_name');
  });
});
