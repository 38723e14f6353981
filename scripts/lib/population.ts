/**
 * The partial population figures of `../shared/data/population/population_wikipedia_ao/`
 * (National Statistical Committee figures as transcribed from German Wikipedia): village figures
 * and aiyl-okmotu (rural municipality) totals, joined to the communities by Who's On First id.
 *
 * The rule: an aiyl-okmotu total is the population of several villages. It goes into the
 * community's `aiyl_okmotu` field, never into its `population`. Only village-level rows may give
 * a settlement its own population, and only where it has none from Who's On First or GeoNames;
 * otherwise they are kept as other figures with their year. Only `high` and `medium` matches are
 * joined. The pages' addresses (often mirrors) are mapped to the canonical German Wikipedia
 * articles by the reviewed file `geodata/curated/population-sources.json`.
 */
import * as v from 'valibot';
import type { AiylOkmotu, PopulationFigure } from '../../src/lib/data/schema.ts';

/** The reviewed mapping of the population pages, relative to the repository root. */
export const POPULATION_SOURCES_FILE = 'geodata/curated/population-sources.json';

/** One row of `kg_aiyl_okmotu_population_dewiki.csv` (fields used here). */
export interface AoRow {
  rayon: string;
  aiyl_okmotu_de: string;
  centre_de: string;
  pop_2009_census: string;
  pop_2021_nsc: string;
  centre_wof_id: string;
  centre_match: string;
  source_url: string;
}

/** One row of `kg_village_population_dewiki.csv` (fields used here). */
export interface VillageRow {
  village_de: string;
  pop_2009_census: string;
  pop_2021_nsc: string;
  pop_2015: string;
  wof_id: string;
  match: string;
  source_url: string;
}

export const PopulationSourcesSchema = v.record(
  v.pipe(v.string(), v.minLength(1)),
  v.strictObject({
    /** The canonical German Wikipedia article. */
    url: v.pipe(v.string(), v.url()),
    /** The article's title. */
    title: v.pipe(v.string(), v.minLength(1)),
    /** What was read, when it was a mirror or the address was not recorded. */
    read: v.optional(v.pipe(v.string(), v.minLength(1))),
    /** A caveat that applies to every figure from this page. */
    note: v.optional(v.pipe(v.string(), v.minLength(1))),
  }),
);
/** Raw `source_url` of the population files → canonical article. */
export type PopulationSources = v.InferOutput<typeof PopulationSourcesSchema>;

/** Matches good enough to join (the files' own confidence levels). */
export const JOINED_MATCHES = new Set(['high', 'medium']);

/** What the population files add to one community. */
export interface PopulationAddition {
  /** Village-level figures, oldest first: may become `population` where it is unknown. */
  village: PopulationFigure[];
  /** The aiyl okmotu the community is the centre of. */
  aiylOkmotu?: AiylOkmotu;
  /** Figures of the town itself listed in a rayon table (Cholpon-Ata). */
  town: PopulationFigure[];
}

function count(text: string): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
}

type Page = PopulationSources[string];

/** `German Wikipedia, "Rajon Naryn" (read from a mirror copy, …)`. */
function via(s: Page): string {
  return `German Wikipedia, "${s.title}"${s.read ? ` (read from ${s.read})` : ''}`;
}
const source2009 = (s: Page) => `2009 census (National Statistical Committee), via ${via(s)}`;
const source2021 = (s: Page) =>
  `2021 table of the National Statistical Committee (a local register count, not a census), via ${via(s)}`;
const source2015 = (s: Page) => `2015 figure, via ${via(s)}`;

/**
 * Joins the rows by WOF id. Returns the additions per WOF id and problems (an unmapped source
 * page). Rows with a weaker match than {@link JOINED_MATCHES} are left out.
 */
export function populationIndex(
  ao: AoRow[],
  villages: VillageRow[],
  sources: PopulationSources,
): { byWof: Map<number, PopulationAddition>; problems: string[]; skipped: string[] } {
  const byWof = new Map<number, PopulationAddition>();
  const problems: string[] = [];
  const skipped: string[] = [];
  const entry = (wof: number): PopulationAddition => {
    const e = byWof.get(wof) ?? { village: [], town: [] };
    byWof.set(wof, e);
    return e;
  };
  const page = (raw: string) => {
    const s = sources[raw];
    if (!s) problems.push(`${POPULATION_SOURCES_FILE}: no entry for the page "${raw}"`);
    return s;
  };
  for (const r of ao) {
    const s = page(r.source_url);
    if (!JOINED_MATCHES.has(r.centre_match) || !r.centre_wof_id) {
      skipped.push(
        `${r.aiyl_okmotu_de} (${r.rayon}): centre ${r.centre_de}, match ${r.centre_match}`,
      );
      continue;
    }
    if (!s) continue;
    const p2009 = count(r.pop_2009_census);
    const p2021 = count(r.pop_2021_nsc);
    const wof = Number(r.centre_wof_id);
    const town = /^(.*) \(Stadt\)$/.exec(r.aiyl_okmotu_de);
    if (town) {
      // A town listed in the rayon table: the figure is the town's own, not an okmotu's.
      const note = `The town's own figure, listed in the page's district table (${town[1]}); not an aiyl-okmotu total.`;
      if (p2009)
        entry(wof).town.push({
          population: p2009,
          year: 2009,
          source: source2009(s),
          url: s.url,
          note,
        });
      if (p2021)
        entry(wof).town.push({
          population: p2021,
          year: 2021,
          source: source2021(s),
          url: s.url,
          note,
        });
      continue;
    }
    if (p2009 === null && p2021 === null) continue;
    entry(wof).aiylOkmotu = {
      name: r.aiyl_okmotu_de,
      population_2009: p2009,
      population_2021: p2021,
      source: `${via(s)}; figures of the National Statistical Committee (2009: census; 2021: local register count)`,
      url: s.url,
      ...(s.note ? { note: s.note } : {}),
    };
  }
  for (const r of villages) {
    const s = page(r.source_url);
    if (!JOINED_MATCHES.has(r.match) || !r.wof_id) {
      skipped.push(`village ${r.village_de}: match ${r.match}`);
      continue;
    }
    if (!s) continue;
    const e = entry(Number(r.wof_id));
    const figures: [string, number, string][] = [
      [r.pop_2009_census, 2009, source2009(s)],
      [r.pop_2015, 2015, source2015(s)],
      [r.pop_2021_nsc, 2021, source2021(s)],
    ];
    for (const [text, year, source] of figures) {
      const n = count(text);
      if (n) e.village.push({ population: n, year, source, url: s.url });
    }
  }
  return { byWof, problems, skipped };
}
