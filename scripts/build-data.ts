/**
 * Builds the committed data layers in geodata/ from the prepared material in ../shared/data
 * (override with SHARED_DATA) and the hand-curated files in geodata/curated/ (sites, sources,
 * AidData additions, community ids), and writes the quote manifest geodata/curated/quotes.json.
 *
 *   npx tsx scripts/build-data.ts      (npm run data:build)
 *
 * Fails loudly when a curated file breaks its schema, a quote is not a verbatim substring of its
 * article, a cited source key is unknown, a research record or rayon is missing, or the result
 * does not pass the app's loader.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as v from 'valibot';
import * as prettier from 'prettier';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, MultiPolygon } from 'geojson';
import type { Citation, LayerName, Source, SiteLayerName } from '../src/lib/data/schema.ts';
import { LAYER_FILES, SOURCES_FILE, loadDataset, type RawDataset } from '../src/lib/data/load.ts';
import {
  AIDDATA_SOURCE,
  CURATED_FILES,
  CuratedError,
  loadCurated,
  type Curated,
} from './lib/curated.ts';
import type {
  AidDataLocation,
  CuratedSite,
  PointFrom,
  ResearchSource as CuratedResearchSource,
  UncertaintyFrom,
} from './lib/curated-schema.ts';
import {
  aiddataQuotes,
  articleQuotes,
  buildQuoteManifest,
  checkAidDataQuotes,
  checkQuotes,
  curatedQuotes,
  type ArticleText,
} from './lib/quotes.ts';
import {
  aiddataFeature,
  aiddataSources,
  type AidDataRecord,
  type AidDataSourceRow,
} from './lib/aiddata.ts';
import { AIDDATA_LINKS_FILE, LinkFixesSchema, applyLinkFixes } from './lib/aiddata-links.ts';
import { communityFeatures, type RawCommunity } from './lib/communities.ts';
import {
  POPULATION_SOURCES_FILE,
  PopulationSourcesSchema,
  populationIndex,
  type AoRow,
  type VillageRow,
} from './lib/population.ts';
import { distanceKm, farthestKm, representativePoint, round, roundUpKm } from './lib/geometry.ts';
import { cityLabel, districtLabel } from './lib/names.ts';
import { areaOf, markerInside, type AreaOut, type CodAbUnit } from './lib/areas.ts';
import { PLACES_FILE, PlacesSchema, groupPlaces, type PlaceInput } from './lib/places.ts';

type PlaceInputPrecision = PlaceInput['precision'];
import type { AreaRef } from '../src/lib/data/schema.ts';
import { AREAS_FILE } from '../src/lib/data/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, process.env.SHARED_DATA ?? '../shared/data');
const ARTICLES_DIR = resolve(process.env.SHARED_SOURCES ?? join(SHARED, '..', 'sources'));
const OUT = join(ROOT, 'geodata');
/** Douglas–Peucker tolerance for AidData geometry, degrees (~5.5 m). */
const SIMPLIFY_DEG = 0.00005;
const SIZE_TARGETS: Partial<Record<string, number>> = {
  'projects.geojson': 400_000,
  'communities.geojson': 700_000,
  'areas.geojson': 60_000,
};

type AnyFeature = Feature<Geometry, Record<string, unknown>> & { id: string };

interface ResearchSource {
  publisher: string;
  title: string;
  date: string;
  url: string;
}
interface ResearchRecord {
  id: string;
  lat: number | null;
  lon: number | null;
  sources: ResearchSource[];
}
/** A record of `candidates-2026-12.json` (fields used here). */
interface CandidateRecord {
  id: string;
  lat: number | null;
  lon: number | null;
  location_basis: string;
}

function fail(message: string): never {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

function readJson<T>(path: string): T {
  if (!existsSync(path)) fail(`missing input ${path} (set SHARED_DATA to the shared data folder)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readCsv<T>(path: string): T[] {
  if (!existsSync(path)) fail(`missing input ${path}`);
  const r = Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (r.errors.length) fail(`${path}: ${r.errors[0]?.message}`);
  return r.data;
}

/** Normalises a research date ("2019-08-07", "unverified (Feb 2020)") to a partial ISO date. */
function researchDate(raw: string): { date: string | null; date_note?: string } {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(raw.trim());
  const date = m?.[1] ?? null;
  return date === raw.trim() ? { date } : { date, date_note: raw.trim() };
}

function researchSources(records: ResearchRecord[]): Map<string, ResearchSource> {
  const byUrl = new Map<string, ResearchSource>();
  for (const r of records) for (const s of r.sources) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  return byUrl;
}

function researchSourceEntry(
  key: string,
  entry: CuratedResearchSource,
  byUrl: Map<string, ResearchSource>,
): Source {
  const read = typeof entry === 'string' ? entry : entry.read;
  const s = byUrl.get(read) ?? fail(`source "${key}": URL ${read} is not in research-sites.json`);
  const unverified = /unverified/i.test(s.title)
    ? ' (title marked unverified in the research notes)'
    : '';
  return {
    kind: 'web',
    publisher: s.publisher,
    title: s.title.replace(/\s*\(unverified\)\s*$/i, '') + unverified,
    author: null,
    ...researchDate(s.date),
    url: typeof entry === 'string' ? s.url : entry.url,
    ...(typeof entry === 'string' ? {} : { read_url: read, note: entry.note }),
  };
}

/** Every citation of a feature, including those inside disputes. */
function allCitations(p: Record<string, unknown>): Citation[] {
  const own = (p.citations as Citation[] | undefined) ?? [];
  const disputes = (p.disputes as { citations: Citation[] }[] | undefined) ?? [];
  return [...own, ...disputes.flatMap((d) => d.citations)];
}

/**
 * Checks every quote of the curated files against the article texts and writes the quote
 * manifest (geodata/curated/quotes.json) that lets the tests check them without the texts.
 */
async function writeQuoteManifest(curated: Curated): Promise<void> {
  if (!existsSync(ARTICLES_DIR)) {
    fail(`cannot verify quotes: article folder ${ARTICLES_DIR} not found (set SHARED_SOURCES)`);
  }
  const articles: Record<string, ArticleText> = {};
  for (const [key, file] of Object.entries(curated.sources.article_files)) {
    const path = join(ARTICLES_DIR, file);
    if (!existsSync(path)) fail(`cannot verify quotes: ${path} not found`);
    articles[key] = { file, text: readFileSync(path, 'utf8') };
  }
  const quotes = articleQuotes(
    curatedQuotes(curated, CURATED_FILES.additions),
    Object.keys(curated.sources.articles),
  );
  const { manifest, problems } = buildQuoteManifest(quotes, articles);
  if (problems.length) fail(problems.join('\n'));
  // The same check the tests run without the texts, here with them: the manifest must pass it.
  const texts = Object.fromEntries(Object.entries(articles).map(([k, a]) => [k, a.text]));
  const inconsistent = checkQuotes(quotes, manifest, texts, CURATED_FILES.quotes);
  if (inconsistent.length) fail(inconsistent.join('\n'));
  const path = join(ROOT, CURATED_FILES.quotes);
  const options = (await prettier.resolveConfig(path)) ?? {};
  const text = await prettier.format(JSON.stringify(manifest, null, 2), {
    ...options,
    filepath: path,
  });
  writeFileSync(path, text);
  const count = Object.values(manifest.articles).reduce((n, a) => n + a.quotes.length, 0);
  console.log(`${CURATED_FILES.quotes}: ${count} quotes, each verbatim in its article`);
}

interface Geo {
  research: Map<string, ResearchRecord>;
  candidates: Map<string, CandidateRecord>;
  communities: Map<string, [number, number]>;
  rayons: Map<string, CodAbUnit>;
  oblasts: Map<string, CodAbUnit>;
  projects: Map<number, AnyFeature>;
  /** The areas sites use, by id (filled as they are named). */
  areas: Map<string, AreaOut>;
}

function unitOf(map: Map<string, CodAbUnit>, name: string, what: string): CodAbUnit {
  return map.get(name) ?? fail(`unknown ${what} "${name}" (names as in the COD-AB basemap files)`);
}

function polygonOf(map: Map<string, CodAbUnit>, name: string, what: string) {
  return unitOf(map, name, what).geometry;
}

/** The area of a COD-AB unit, kept for areas.geojson; its reference for a site. */
function useArea(geo: Geo, unit: CodAbUnit): AreaRef {
  const area = areaOf(unit);
  geo.areas.set(area.id, area);
  return { kind: 'shape', id: area.id };
}

function researchPoint(geo: Geo, id: string): [number, number] {
  const r = geo.research.get(id) ?? fail(`unknown research record "${id}"`);
  if (r.lon === null || r.lat === null) fail(`research record "${id}" has no coordinates`);
  return [round(r.lon), round(r.lat)];
}

/** The point a `point_from` names (`who` is for messages). */
function pointOf(geo: Geo, from: PointFrom, who: string): [number, number] {
  if ('research' in from) return researchPoint(geo, from.research);
  if ('candidate' in from) {
    const c =
      geo.candidates.get(from.candidate) ?? fail(`${who}: unknown candidate "${from.candidate}"`);
    if (c.lon === null || c.lat === null) fail(`candidate "${from.candidate}" has no coordinates`);
    return [round(c.lon), round(c.lat)];
  }
  if ('community' in from)
    return (
      geo.communities.get(from.community) ?? fail(`${who}: unknown community "${from.community}"`)
    );
  if ('rayon' in from) return representativePoint(polygonOf(geo.rayons, from.rayon, 'rayon'));
  const p = geo.projects.get(from.aiddata) ?? fail(`${who}: unknown AidData id ${from.aiddata}`);
  return p.properties.point as [number, number];
}

/**
 * `uncertainty_km`, the sentence saying how it was found (empty for exact sites), and the area the
 * site may be in: the COD-AB polygon it is located to, or a circle of that radius.
 */
function uncertaintyOf(
  geo: Geo,
  u: UncertaintyFrom,
  point: [number, number],
): [number, string, AreaRef] {
  if ('exact' in u) return [0, '', null];
  if ('km' in u) return [u.km, `Uncertainty ${u.km} km: ${u.basis}.`, { kind: 'circle' }];
  if ('rayon' in u) {
    const unit = unitOf(geo.rayons, u.rayon, 'rayon');
    const km = roundUpKm(farthestKm(point, unit.geometry));
    return [
      km,
      `Uncertainty ${km} km: distance from the point to the farthest edge of ${districtLabel(u.rayon)} (COD-AB); distances are measured over that outline.`,
      useArea(geo, unit),
    ];
  }
  if ('oblast' in u) {
    const unit = unitOf(geo.oblasts, u.oblast, 'oblast');
    const km = roundUpKm(farthestKm(point, unit.geometry));
    return [
      km,
      `Uncertainty ${km} km: distance from the point to the farthest edge of ${cityLabel(u.oblast) ?? `${u.oblast} region`} (COD-AB); distances are measured over that outline.`,
      useArea(geo, unit),
    ];
  }
  const km = roundUpKm(
    Math.max(...u.farthest.map((id) => distanceKm(point, researchPoint(geo, id)))),
  );
  return [
    km,
    `Uncertainty ${km} km: distance from the point to the far end of the line (${u.farthest.join(', ')}).`,
    { kind: 'circle' },
  ];
}

const KEY_ORDER = [
  'id',
  'layer',
  'name',
  'name_ru',
  'name_ky',
  'name_zh',
  'alt_names',
  'kind',
  'description',
  'operator',
  'status',
  'date_start',
  'date_end',
  'date_precision',
  'date_note',
  'precision',
  'precision_note',
  'uncertainty_km',
  'point',
  'area',
  'marker',
  'place',
  'citations',
  'related',
  'disputes',
  'targets',
  'size',
  'aiddata_id',
  'sector',
  'amount_usd_2021',
  'funders',
  'commitment_year',
  'completion_year',
  'flow_type',
  'aiddata_precision',
  'geometry_kind',
  'osm_links',
];

/** Same key order in every feature, so the files diff well and read the same. */
function orderKeys(p: Record<string, unknown>): Record<string, unknown> {
  const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);
  return Object.fromEntries(Object.entries(p).sort(([a], [b]) => rank(a) - rank(b)));
}

function curatedFeature(geo: Geo, site: CuratedSite): AnyFeature {
  const point = pointOf(geo, site.point_from, site.id);
  const [uncertainty, basis, area] = uncertaintyOf(geo, site.uncertainty, point);
  const rest: Record<string, unknown> = { ...site };
  for (const key of ['point_from', 'uncertainty', 'precision_note', 'targets', 'size']) {
    delete rest[key];
  }
  const { precision_note } = site;
  const date = site.date_start;
  const properties: Record<string, unknown> = {
    ...rest,
    alt_names: site.alt_names ?? [],
    ...(date
      ? { date_precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' }
      : {}),
    precision_note: basis ? `${precision_note} ${basis}` : precision_note,
    uncertainty_km: uncertainty,
    point,
    area,
    related: site.related ?? [],
  };
  if (site.layer === 'protests')
    Object.assign(properties, { targets: site.targets ?? [], size: site.size ?? null });
  if (site.layer === 'projects') {
    Object.assign(properties, {
      aiddata_id: null,
      sector: site.sector ?? null,
      amount_usd_2021: null,
      funders: site.funders ?? [],
      commitment_year: null,
      completion_year: null,
      flow_type: null,
      aiddata_precision: null,
      geometry_kind: 'point',
      osm_links: [],
    });
  }
  const geometry: Point = { type: 'Point', coordinates: point };
  return { type: 'Feature', id: site.id, properties: orderKeys(properties), geometry };
}

/** Validates a reviewed JSON file with its schema, or fails naming the file and field. */
function parseWith<S extends v.GenericSchema>(schema: S, json: unknown, file: string) {
  const r = v.safeParse(schema, json);
  if (r.success) return r.output as v.InferOutput<S>;
  const issue = r.issues[0];
  const where = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return fail(`${file}: ${where}: ${issue.message}`);
}

/**
 * Moves an AidData project whose geometry is wrong (a namesake) to a point from a named record,
 * with its precision and uncertainty. AidData's own links stay in `osm_links`.
 */
function relocate(geo: Geo, f: AnyFeature, location: AidDataLocation): void {
  const point = pointOf(geo, location.point_from, f.id);
  const [km, basis, area] = uncertaintyOf(geo, location.uncertainty, point);
  Object.assign(f.properties, {
    precision: location.precision,
    precision_note: basis ? `${location.precision_note} ${basis}` : location.precision_note,
    uncertainty_km: km,
    point,
    area,
    geometry_kind: 'point',
  });
  f.geometry = { type: 'Point', coordinates: point };
}

/** Makes `related` symmetric across site layers and links protest targets back to the protest. */
function linkBothWays(features: AnyFeature[]): void {
  const byId = new Map(features.map((f) => [f.id, f]));
  const add = (from: string, to: string) => {
    const f = byId.get(from);
    const rel = f?.properties.related as string[] | undefined;
    if (rel && from !== to && !rel.includes(to)) rel.push(to);
  };
  for (const f of features) {
    const p = f.properties;
    for (const r of (p.related as string[]) ?? []) add(r, f.id);
    for (const t of (p.targets as string[] | undefined) ?? []) add(t, f.id);
  }
}

/** The areas sites use, as features, by id. */
function areaFeatures(geo: Geo): AnyFeature[] {
  return [...geo.areas.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => ({
      type: 'Feature',
      id: a.id,
      properties: { ...a.properties },
      geometry: a.geometry,
    }));
}

/**
 * Where each site's symbol is drawn, and which records are one place:
 * - a site located only to a district or region is drawn at a point inside that area as far as
 *   possible from its edge and from every settlement (`marker`), never on a town's point;
 * - records of one place (places.json, and AidData records on identical geometry) get the place's
 *   id (`place`) and are drawn at the point of its best-located record.
 */
function placeSites(geo: Geo, sites: AnyFeature[], communities: AnyFeature[]): void {
  const settlements = communities.map((c) => (c.geometry as Point).coordinates);
  const markers = new Map<string, [number, number]>();
  for (const f of sites) {
    const p = f.properties;
    const area = p.area as AreaRef;
    if (area?.kind !== 'shape' || (p.precision !== 'district' && p.precision !== 'region'))
      continue;
    const shape = geo.areas.get(area.id)!.geometry;
    if (!markers.has(area.id)) markers.set(area.id, markerInside(shape, settlements));
    p.marker = markers.get(area.id);
  }
  const curated = parseWith(PlacesSchema, readJson(join(ROOT, PLACES_FILE)), PLACES_FILE);
  const { places, problems } = groupPlaces(
    sites.map((f) => {
      const p = f.properties;
      return {
        id: f.id,
        aiddataId: (p.aiddata_id as number | null | undefined) ?? null,
        precision: p.precision as PlaceInputPrecision,
        point: (p.marker ?? p.point) as [number, number],
        geometry: f.geometry,
        cityBoundary: (p.area as AreaRef)?.kind === 'geometry',
      };
    }),
    curated,
  );
  if (problems.length) fail(problems.join('\n'));
  const byId = new Map(sites.map((f) => [f.id, f]));
  for (const place of places) {
    for (const id of place.records) {
      const p = byId.get(id)!.properties;
      p.place = place.id;
      const at = (p.marker ?? p.point) as [number, number];
      if (at[0] !== place.marker[0] || at[1] !== place.marker[1]) p.marker = place.marker;
    }
  }
  for (const f of sites) f.properties = orderKeys(f.properties);
  console.log(
    `places: ${places.length} of two or more records (${places.reduce((n, p) => n + p.records.length, 0)} records); ${markers.size} district or region markers`,
  );
}

function writeLayer(file: string, features: AnyFeature[]): number {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const text = `${JSON.stringify(fc)}\n`;
  writeFileSync(join(OUT, file), text);
  return Buffer.byteLength(text);
}

async function main(): Promise<void> {
  let curated: Curated;
  try {
    curated = loadCurated(ROOT);
  } catch (e) {
    if (e instanceof CuratedError) fail(e.message);
    throw e;
  }
  const research = readJson<ResearchRecord[]>(join(SHARED, 'sites/research-sites.json'));
  const candidates = readJson<CandidateRecord[]>(join(SHARED, 'sites/candidates-2026-12.json'));
  const rayonFc = readJson<
    FeatureCollection<
      Polygon | MultiPolygon,
      { ADM2_EN: string; ADM2_RU?: string; ADM2_KY?: string }
    >
  >(join(SHARED, 'basemap/admin/kgz_adm2_rayons_cod_ab_2018.geojson'));
  const oblastFc = readJson<
    FeatureCollection<
      Polygon | MultiPolygon,
      { name_en: string; name_ru?: string; name_ky?: string }
    >
  >(join(SHARED, 'basemap/admin/kgz_adm1_oblasts_cod_ab_2018_derived.geojson'));
  const aid = readJson<FeatureCollection<Geometry, AidDataRecord>>(
    join(SHARED, 'aiddata/kyrgyzstan_projects_simplified.geojson'),
  );
  const aidRows = readCsv<AidDataSourceRow>(join(SHARED, 'aiddata/kyrgyzstan_sources.csv'));
  const communities = readJson<FeatureCollection<Point, RawCommunity>>(
    join(SHARED, 'communities/kg_communities.geojson'),
  );
  const popRows = readCsv<{ geonameid: string; population: string }>(
    join(SHARED, 'population/kg_geonames_cities500_population.csv'),
  );
  const POP_DIR = join(SHARED, 'population/population_wikipedia_ao');
  const aoRows = readCsv<AoRow>(join(POP_DIR, 'kg_aiyl_okmotu_population_dewiki.csv'));
  const villageRows = readCsv<VillageRow>(join(POP_DIR, 'kg_village_population_dewiki.csv'));
  const popSources = parseWith(
    PopulationSourcesSchema,
    readJson(join(ROOT, POPULATION_SOURCES_FILE)),
    POPULATION_SOURCES_FILE,
  );
  const linkFixes = parseWith(
    LinkFixesSchema,
    readJson(join(ROOT, AIDDATA_LINKS_FILE)),
    AIDDATA_LINKS_FILE,
  );

  // Communities (first: sites may take their point from a community)
  const population = new Map(
    popRows.map((r) => [Number(r.geonameid), Number(r.population)] as [number, number]),
  );
  const pop = populationIndex(aoRows, villageRows, popSources);
  if (pop.problems.length) fail(pop.problems.join('\n'));
  const communityLayer = communityFeatures(
    communities.features,
    population,
    curated.communityIds,
    pop.byWof,
  ) as unknown as AnyFeature[];
  for (const [geonamesId, id] of Object.entries(curated.communityIds)) {
    const f = communityLayer.find((c) => c.id === id);
    if (!f || f.properties.geonames_id !== Number(geonamesId))
      fail(
        `${CURATED_FILES.communityIds}: ${geonamesId}: no community "${id}" with that GeoNames id`,
      );
  }

  // AidData projects
  const { sources: aidSources, citations: aidCitations } = aiddataSources(aidRows);
  const linkProblems = applyLinkFixes(aidSources, linkFixes);
  if (linkProblems.length) fail(linkProblems.join('\n'));
  const aidIds = new Set(aid.features.map((f) => f.properties.id));
  const projects = aid.features
    .map((f) => aiddataFeature(f, aidIds, aidCitations.get(f.properties.id) ?? [], SIMPLIFY_DEG))
    .sort(
      (a, b) => (a.properties.aiddata_id ?? 0) - (b.properties.aiddata_id ?? 0),
    ) as unknown as AnyFeature[];
  const geo: Geo = {
    research: new Map(research.map((r) => [r.id, r])),
    candidates: new Map(candidates.map((c) => [c.id, c])),
    communities: new Map(
      communityLayer.map((c) => [c.id, (c.geometry as Point).coordinates as [number, number]]),
    ),
    rayons: new Map(
      rayonFc.features.map((f) => [
        f.properties.ADM2_EN,
        {
          name: f.properties.ADM2_EN,
          name_ru: f.properties.ADM2_RU ?? null,
          name_ky: f.properties.ADM2_KY ?? null,
          level: 'rayon',
          geometry: f.geometry,
        },
      ]),
    ),
    oblasts: new Map(
      oblastFc.features.map((f) => [
        f.properties.name_en,
        {
          name: f.properties.name_en,
          name_ru: f.properties.name_ru ?? null,
          name_ky: f.properties.name_ky ?? null,
          level: 'oblast',
          geometry: f.geometry,
        },
      ]),
    ),
    projects: new Map(projects.map((f) => [f.properties.aiddata_id as number, f])),
    areas: new Map(),
  };
  const aidQuoteProblems = checkAidDataQuotes(
    aiddataQuotes(curated, CURATED_FILES.additions, AIDDATA_SOURCE),
    new Map(aid.features.map((f) => [f.properties.id, f.properties])),
  );
  if (aidQuoteProblems.length) fail(aidQuoteProblems.join('\n'));
  for (const [idText, extra] of Object.entries(curated.additions)) {
    const f =
      geo.projects.get(Number(idText)) ??
      fail(`${CURATED_FILES.additions}: ${idText}: unknown AidData id`);
    const p = f.properties as { citations: Citation[]; related: string[]; disputes?: unknown[] };
    p.citations.push(...(extra.citations ?? []));
    p.related.push(...(extra.related ?? []).filter((r) => !p.related.includes(r)));
    if (extra.disputes) p.disputes = [...(p.disputes ?? []), ...extra.disputes];
    if (extra.location) relocate(geo, f, extra.location);
  }

  // Curated sites
  const layers: Record<LayerName, AnyFeature[]> = {
    projects,
    crossings: [],
    protests: [],
    mines: [],
    communities: communityLayer,
  };
  for (const site of curated.sites) layers[site.layer].push(curatedFeature(geo, site));
  const sites = (['projects', 'crossings', 'protests', 'mines'] as SiteLayerName[]).flatMap(
    (l) => layers[l],
  );
  linkBothWays(sites);
  placeSites(geo, sites, communityLayer);

  // Sources: every cited key, once
  const byUrl = researchSources(research);
  const { articles, datasets, research: researchUrls, web } = curated.sources;
  const known: Record<string, Source> = { ...datasets, ...aidSources, ...articles, ...web };
  const sources: Record<string, Source> = {};
  for (const f of sites) {
    for (const c of allCitations(f.properties)) {
      if (sources[c.source]) continue;
      const entry = researchUrls[c.source];
      if (known[c.source]) sources[c.source] = known[c.source] as Source;
      else if (entry) sources[c.source] = researchSourceEntry(c.source, entry, byUrl);
      else fail(`feature "${f.id}": unknown source key "${c.source}"`);
    }
  }
  for (const [key, source] of Object.entries(datasets)) sources[key] ??= source;
  const sortedSources = Object.fromEntries(
    Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)),
  );

  // Validate through the app's loader before writing anything
  const raw = {
    sources: sortedSources,
    areas: { type: 'FeatureCollection', features: areaFeatures(geo) },
    ...Object.fromEntries(
      Object.entries(layers).map(([l, features]) => [l, { type: 'FeatureCollection', features }]),
    ),
  } as unknown as RawDataset;
  const data = loadDataset(JSON.parse(JSON.stringify(raw)) as RawDataset);
  await writeQuoteManifest(curated);

  mkdirSync(OUT, { recursive: true });
  for (const [layer, features] of Object.entries(layers) as [LayerName, AnyFeature[]][]) {
    const file = LAYER_FILES[layer];
    const bytes = writeLayer(file, features);
    const target = SIZE_TARGETS[file];
    const warn = target && bytes > target ? ` (over the ${target / 1000} kB target!)` : '';
    console.log(
      `${file}: ${data[layer].features.length} features, ${(bytes / 1000).toFixed(1)} kB${warn}`,
    );
  }
  const areasBytes = writeLayer(AREAS_FILE, areaFeatures(geo));
  console.log(
    `${AREAS_FILE}: ${geo.areas.size} areas, ${(areasBytes / 1000).toFixed(1)} kB${areasBytes > SIZE_TARGETS[AREAS_FILE]! ? ' (over the target!)' : ''}`,
  );
  const sourcesText = `${JSON.stringify(sortedSources, null, 2)}\n`;
  writeFileSync(join(OUT, SOURCES_FILE), sourcesText);
  console.log(
    `${SOURCES_FILE}: ${Object.keys(sortedSources).length} sources, ${(Buffer.byteLength(sourcesText) / 1000).toFixed(1)} kB`,
  );
}

await main();
