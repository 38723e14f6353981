/**
 * Chinese labels in one script: converts every `name_zh` in the basemap files to simplified
 * characters (OpenCC's traditional → mainland tables), so labels never mix 吐爾尕特 and 吐尔尕特.
 * Run by `npm run data:basemap`, or alone: `npx tsx scripts/zh-simplified.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js/t2cn';

const BASEMAP = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'geodata', 'basemap');
const toSimplified = Converter({ from: 't', to: 'cn' });

/** Converts `name_zh` of every feature in place; returns how many changed. */
export function simplifyNames(fc: { features: { properties: Record<string, unknown> | null }[] }) {
  let changed = 0;
  for (const f of fc.features) {
    const zh = f.properties?.name_zh;
    if (typeof zh !== 'string') continue;
    const simplified = toSimplified(zh);
    if (simplified !== zh) {
      f.properties!.name_zh = simplified;
      changed++;
    }
  }
  return changed;
}

/** Every basemap file, with `name_zh` in simplified characters. */
export function simplifyBasemap(dir = BASEMAP): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.geojson'))) {
    const path = join(dir, name);
    const fc = JSON.parse(readFileSync(path, 'utf8'));
    const changed = simplifyNames(fc);
    if (changed) {
      writeFileSync(path, JSON.stringify(fc) + '\n');
      console.log(`${name}: ${changed} Chinese names in simplified characters`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) simplifyBasemap();
