import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

describe('Chinese map labels', () => {
  it('are all in simplified characters (labels never mix the two scripts)', () => {
    const traditional: string[] = [];
    for (const name of readdirSync('geodata/basemap').filter((n) => n.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(`geodata/basemap/${name}`, 'utf8')) as {
        features: { properties: { name_zh?: unknown } | null }[];
      };
      for (const f of fc.features) {
        const zh = f.properties?.name_zh;
        if (typeof zh === 'string' && toSimplified(zh) !== zh) traditional.push(`${name}: ${zh}`);
      }
    }
    expect(traditional).toEqual([]);
  });
});
