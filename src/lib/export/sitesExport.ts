/**
 * Export of the sites on show (issue #6): one flat record per site, its citations flattened into
 * numbered columns (fact, publisher, title, date, URL, quote), as CSV or GeoJSON.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { SiteFeature, Sources } from '../data/schema';
import { csvTable } from './distanceExport';

/** Columns every site has, before its citations. */
export const SITE_COLUMNS = [
  'id',
  'name',
  'name_ru',
  'layer',
  /** The physical site the record belongs to: the same value on every record of one place. */
  'place',
  'kind',
  'status',
  'operator',
  'funders',
  'sector',
  'date_start',
  'date_end',
  'first_year',
  'last_year',
  'region',
  'lon',
  'lat',
  'precision',
  'uncertainty_km',
  'precision_note',
  'description',
  'disputes',
] as const;

/** The columns of one citation, numbered from 1: `citation_1_title`… */
export const CITATION_FIELDS = ['fact', 'publisher', 'title', 'date', 'url', 'quote'] as const;

export type SiteRecord = Record<string, string | number>;

/** What the record needs besides the site: its years and region, worked out by the atlas. */
export interface SiteContext {
  years: [number, number] | null;
  region: string | null;
}

/** One site as a flat record; citations as `citation_N_*`, empty where a source lacks a field. */
export function siteRecord(site: SiteFeature, sources: Sources, ctx: SiteContext): SiteRecord {
  const p = site.properties;
  const record: SiteRecord = {
    id: site.id,
    name: p.name,
    name_ru: p.name_ru ?? '',
    layer: p.layer,
    place: p.place ?? site.id,
    kind: p.kind,
    status: p.status ?? '',
    operator: p.operator ?? '',
    funders: p.layer === 'projects' ? p.funders.join('; ') : '',
    sector: p.layer === 'projects' ? (p.sector ?? '') : '',
    date_start: p.date_start ?? '',
    date_end: p.date_end ?? '',
    first_year: ctx.years?.[0] ?? '',
    last_year: ctx.years?.[1] ?? '',
    region: ctx.region ?? '',
    lon: p.point[0],
    lat: p.point[1],
    precision: p.precision,
    uncertainty_km: p.uncertainty_km,
    precision_note: p.precision_note,
    description: p.description,
    disputes: (p.disputes ?? []).map((d) => `${d.field}: ${d.note}`).join(' | '),
  };
  p.citations.forEach((c, i) => {
    const source = sources[c.source];
    const values: Record<(typeof CITATION_FIELDS)[number], string> = {
      fact: c.fact,
      publisher: source?.publisher ?? '',
      title: source?.title ?? c.source,
      date: source?.date ?? '',
      url: source?.url ?? '',
      quote: c.quote ?? '',
    };
    for (const field of CITATION_FIELDS) record[`citation_${i + 1}_${field}`] = values[field];
  });
  return record;
}

/** The column names for records with up to `citations` citations each. */
export function columnsFor(citations: number): string[] {
  const out: string[] = [...SITE_COLUMNS];
  for (let i = 1; i <= citations; i++) {
    for (const field of CITATION_FIELDS) out.push(`citation_${i}_${field}`);
  }
  return out;
}

const mostCitations = (sites: readonly SiteFeature[]) =>
  Math.max(0, ...sites.map((s) => s.properties.citations.length));

/**
 * The sites as CSV (see {@link csvTable}: byte order mark, header first, formulas neutralised);
 * what was exported and the credits go in the README beside it.
 */
export async function sitesCsv(
  sites: readonly SiteFeature[],
  records: readonly SiteRecord[],
): Promise<string> {
  return csvTable(columnsFor(mostCitations(sites)), records);
}

/** The sites as GeoJSON with their own geometry (a line stays a line) and the flat records. */
export function sitesGeoJson(
  sites: readonly SiteFeature[],
  records: readonly SiteRecord[],
  notes: readonly string[],
): FeatureCollection<Geometry, SiteRecord> & { metadata: { notes: readonly string[] } } {
  const features: Feature<Geometry, SiteRecord>[] = sites.map((site, i) => ({
    type: 'Feature',
    id: site.id,
    geometry: site.geometry,
    properties: records[i]!,
  }));
  return { type: 'FeatureCollection', metadata: { notes }, features };
}

/** The file name of an export of the shown sites, without extension: `kg-cn-atlas-2018-2021`. */
export function exportStem(years: readonly [number, number] | null): string {
  return `kg-cn-atlas-${years ? `${years[0]}-${years[1]}` : 'all-years'}`;
}

/** The `#` lines (CSV) or metadata notes (GeoJSON) of an export of the shown sites. */
export function exportNotes({
  count,
  date,
  view,
  link,
  version,
  attribution,
}: {
  count: number;
  /** The dataset version (see version.config.ts). */
  version: string;
  /** ISO date of the export. */
  date: string;
  /** The view in words (layers, years, filters). */
  view: readonly string[];
  link: string;
  attribution: readonly string[];
}): string[] {
  return [
    `Kyrgyz–China Atlas: ${count} sites as shown on ${date}. ${view.join('. ')}.`,
    `Dataset version: ${version}. Link to this view: ${link}`,
    'place: the physical site a record belongs to; a mine and its loans, a project and its reschedulings share one place (the id of its main record), and a site alone is its own place. Count places, not rows, to count sites on the ground.',
    'Each citation_N_* group is one source for the site: the fact it supports, the publisher, title, date and URL, and, where the source’s text was read, the verbatim quote.',
    'region: the oblasts the site lies in, on simplified boundaries: where its line or area runs, or the district, city or circle it is located to (“A or B (uncertain)” when that area spans several). lon/lat: the site’s point; precision and uncertainty_km say how far the real site may be from it.',
    `Data credits: ${attribution.join('; ')}.`,
  ];
}

/** A record per shown site, with its years and the English name of its region. */
export function siteRecords(
  sites: readonly SiteFeature[],
  sources: Sources,
  yearsOf: (id: string) => [number, number] | null,
  regionOf: (id: string) => string | null,
): SiteRecord[] {
  return sites.map((f) => siteRecord(f, sources, { years: yearsOf(f.id), region: regionOf(f.id) }));
}
