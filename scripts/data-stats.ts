/**
 * Prints counts per layer (and per precision) of the shipped files in geodata/, loaded through
 * the same loader the app uses.   npx tsx scripts/data-stats.ts   (npm run data:stats)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS, PRECISIONS, SITE_LAYERS, type SiteFeature } from '../src/lib/data/schema.ts';
import {
  AREAS_FILE,
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
  const raw = { sources: read(SOURCES_FILE), areas: read(AREAS_FILE) } as Partial<RawDataset>;
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
  const withYear = c.filter((f) => f.properties.population_year !== undefined).length;
  const centres = c.filter((f) => f.properties.aiyl_okmotu).length;
  const quotes = new Map<string, string>();
  for (const layer of SITE_LAYERS) {
    for (const f of data[layer].features as SiteFeature[]) {
      const p = f.properties;
      for (const q of [...p.citations, ...(p.disputes ?? []).flatMap((d) => d.citations)]) {
        if (q.quote !== undefined)
          quotes.set(`${q.source}\n${q.quote}`, data.sources[q.source]?.kind ?? '?');
      }
    }
  }
  const quoteKinds = (['article', 'dataset', 'web'] as const).map(
    (k) => `${[...quotes.values()].filter((v) => v === k).length} ${k}`,
  );
  rows.push(`| communities | ${c.length} | ${PRECISIONS.map(() => '–').join(' | ')} |`);
  const aid = data.projects.features.filter((f) => f.properties.aiddata_id !== null).length;
  const sources = Object.values(data.sources);
  const kinds = ['article', 'dataset', 'paper', 'web'].map(
    (k) => `${sources.filter((s) => s.kind === k).length} ${k}`,
  );
  const sites = SITE_LAYERS.flatMap((l) => data[l].features as SiteFeature[]);
  const places = new Set(sites.map((f) => f.properties.place ?? f.id));
  const grouped = new Set(sites.flatMap((f) => (f.properties.place ? [f.properties.place] : [])));
  const areaKinds = ['circle', 'geometry', 'shape'].map(
    (k) => `${sites.filter((f) => f.properties.area?.kind === k).length} ${k}`,
  );
  return [
    ...rows,
    '',
    `projects: ${aid} from AidData, ${data.projects.features.length - aid} curated.`,
    `places: ${sites.length} site records are ${places.size} places (${grouped.size} places of two or more records).`,
    `areas: ${areaKinds.join(', ')} (of ${data.areas.features.length} in areas.geojson); ${sites.filter((f) => f.properties.marker).length} sites drawn at a marker, not their point.`,
    `communities: all ${c.length} are settlement points (precision "settlement point"); ${withPop} with a known population (${withYear} of them with its year, from the NSC via German Wikipedia), ${c.length - withPop} unknown (null); ${centres} are the centre of an aiyl okmotu whose total is given separately (never as the village's own population).`,
    `quotes: ${quotes.size} distinct verbatim quotes (${quoteKinds.join(', ')}).`,
    `sources.json: ${sources.length} sources (${kinds.join(', ')}); ` +
      `${sources.filter((s) => s.paywalled).length} paywalled, ` +
      `${sources.filter((s) => s.url.startsWith('http:')).length} with http: URLs, ` +
      `${sources.filter((s) => s.read_url).length} read from a copy (named in read_url).`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(statsTable(loadShipped()));
}
