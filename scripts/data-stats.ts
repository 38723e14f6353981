/**
 * Prints counts per layer (and per precision) of the shipped files in geodata/, loaded through
 * the same loader the app uses.   npx tsx scripts/data-stats.ts   (npm run data:stats)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS, PRECISIONS, SITE_LAYERS, type SiteFeature } from '../src/lib/data/schema.ts';
import {
  LAYER_FILES,
  SOURCES_FILE,
  loadDataset,
  type Dataset,
  type RawDataset,
} from '../src/lib/data/load.ts';

const GEODATA = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'geodata');

/** Reads and validates every shipped file (throws a DataError listing any issue). */
export function loadShipped(dir = GEODATA): Dataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const raw = { sources: read(SOURCES_FILE) } as Partial<RawDataset>;
  for (const layer of LAYERS) raw[layer] = read(LAYER_FILES[layer]);
  return loadDataset(raw as RawDataset);
}

/** Markdown table of feature counts per layer and precision, plus source counts. */
export function statsTable(data: Dataset): string {
  const rows = ['| layer | features | ' + PRECISIONS.join(' | ') + ' |'];
  rows.push('|---|---:|' + PRECISIONS.map(() => '---:').join('|') + '|');
  for (const layer of SITE_LAYERS) {
    const features: SiteFeature[] = data[layer].features;
    const counts = PRECISIONS.map(
      (p) => features.filter((f) => f.properties.precision === p).length,
    );
    rows.push(`| ${layer} | ${features.length} | ${counts.join(' | ')} |`);
  }
  const c = data.communities.features;
  const withPop = c.filter((f) => f.properties.population !== null).length;
  rows.push(`| communities | ${c.length} | ${PRECISIONS.map(() => '–').join(' | ')} |`);
  const aid = data.projects.features.filter((f) => f.properties.aiddata_id !== null).length;
  const sources = Object.values(data.sources);
  const kinds = ['article', 'dataset', 'paper', 'web'].map(
    (k) => `${sources.filter((s) => s.kind === k).length} ${k}`,
  );
  return [
    ...rows,
    '',
    `projects: ${aid} from AidData, ${data.projects.features.length - aid} curated.`,
    `communities: ${withPop} with a known population, ${c.length - withPop} unknown (null).`,
    `sources.json: ${sources.length} sources (${kinds.join(', ')}); ` +
      `${sources.filter((s) => s.paywalled).length} paywalled, ` +
      `${sources.filter((s) => s.url.startsWith('http:')).length} with http: URLs.`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(statsTable(loadShipped()));
}
