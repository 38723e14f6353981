import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

describe('Chinese map labels', () => {
  it('are all in simplified characters, basemap and sites (labels never mix the two scripts)', () => {
    const traditional: string[] = [];
    const files = [
      ...readdirSync('geodata/basemap')
        .filter((n) => n.endsWith('.geojson'))
        .map((n) => `basemap/${n}`),
      ...['projects', 'crossings', 'protests', 'mines', 'communities'].map((l) => `${l}.geojson`),
    ];
    for (const name of files) {
      const fc = JSON.parse(readFileSync(`geodata/${name}`, 'utf8')) as {
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
