/** Turns the AidData GeoGCDF v3 extract into projects.geojson features and their sources. */
import { createHash } from 'node:crypto';
import type { Feature, Geometry, Polygon, MultiPolygon } from 'geojson';
import type { Citation, ProjectProperties, Source } from '../../src/lib/data/schema.ts';
import {
  farthestKm,
  outlines,
  representativePoint,
  roundGeometry,
  roundUpKm,
  simplifyGeometry,
} from './geometry.ts';

/** Properties of one record in `kyrgyzstan_projects_simplified.geojson` (fields used here). */
export interface AidDataRecord {
  id: number;
  title: string;
  description: string | null;
  status: string | null;
  sector: string | null;
  commitment_year: number | null;
  commitment_date: string | null;
  implementation_start_date: string | null;
  completion_year: number | null;
  completion_date: string | null;
  amount_usd_2021: number | null;
  flow_type: string | null;
  flow_type_simplified?: string | null;
  funding_agencies: string[];
  implementing_agencies: string[];
  osm_links: string[];
  osm_feature_type: 'Point' | 'Line' | 'Polygon' | 'Mixed';
  precision: 'precise' | 'approximate' | 'adm';
  precision_coarsest: string;
  geometry_source: string;
}

/** One row of `kyrgyzstan_sources.csv`. */
export interface AidDataSourceRow {
  id: string;
  source_url: string;
  source_type: string;
  found_in: string;
  access_note: string;
  parse_note: string;
}

/** Key of the AidData dataset in sources.json. */
export const AIDDATA_KEY = 'aiddata-gcdf-3';
const RELEASE_KEYS: Record<string, string> = {
  sca2020: 'aiddata-sca-2020',
  v1_2017: 'aiddata-gcofd-2017',
};
const RELEASE_NAMES: Record<string, string> = {
  sca2020: "China's Public Diplomacy in South and Central Asia v1.0 (2020)",
  v1_2017: 'Global Chinese Official Finance Dataset v1.0 (2017)',
};

const CITY_RELATIONS: Record<string, string> = {
  'https://www.openstreetmap.org/relation/8493930': 'Bishkek',
  'https://www.openstreetmap.org/relation/8496351': 'Osh',
};

const SECTOR_KINDS: Record<string, string> = {
  'TRANSPORT AND STORAGE': 'transport',
  ENERGY: 'energy',
  EDUCATION: 'education',
  'INDUSTRY, MINING, CONSTRUCTION': 'industry and mining',
  COMMUNICATIONS: 'communications',
  'EMERGENCY RESPONSE': 'emergency aid',
  HEALTH: 'health',
  'OTHER SOCIAL INFRASTRUCTURE AND SERVICES': 'social infrastructure',
  'AGRICULTURE, FORESTRY, FISHING': 'agriculture',
  'OTHER MULTISECTOR': 'multisector',
};

/** Feature id of an AidData record. */
export function aiddataFeatureId(id: number): string {
  return `aiddata-${id}`;
}

/** Stable sources.json key for a per-project AidData source URL. */
export function aiddataSourceKey(url: string): string {
  return `aiddata-src-${createHash('sha1').update(url).digest('hex').slice(0, 10)}`;
}

/** AidData dates: `YYYY-01-01` is usually a placeholder for "some time in YYYY". */
export function aiddataDate(date: string | null): string | null {
  if (!date) return null;
  return date.endsWith('-01-01') ? date.slice(0, 4) : date;
}

function datePrecision(date: string | null): 'day' | 'month' | 'year' | undefined {
  if (!date) return undefined;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Converts the per-project source rows into sources.json entries and per-id citations. */
export function aiddataSources(rows: AidDataSourceRow[]): {
  sources: Record<string, Source>;
  citations: Map<number, Citation[]>;
} {
  const sources: Record<string, Source> = {};
  const citations = new Map<number, Citation[]>();
  for (const row of rows) {
    const key = aiddataSourceKey(row.source_url);
    const releases = row.found_in.split('|').filter(Boolean);
    const paywalled =
      /factiva/i.test(row.source_url) || /factiva|subscription/i.test(row.access_note);
    sources[key] ??= {
      kind: 'web',
      publisher: hostname(row.source_url),
      title: `Source listed by AidData (${row.source_type || 'type not recorded'})`,
      author: null,
      date: null,
      url: row.source_url,
      ...(paywalled ? { paywalled: true } : {}),
      ...(row.access_note ? { access_note: row.access_note } : {}),
      note: [
        `Listed in AidData's ${releases.map((r) => RELEASE_NAMES[r] ?? r).join(' and ')}; the title was not recorded.`,
        row.parse_note,
      ]
        .filter(Boolean)
        .join(' '),
    };
    const id = Number(row.id);
    const list = citations.get(id) ?? [];
    for (const r of releases) {
      const source = RELEASE_KEYS[r];
      if (source && !list.some((c) => c.source === source)) {
        list.push({
          source,
          fact: `Source URLs for AidData record ${id} come from this release, which shares AidData's project ids.`,
        });
      }
    }
    list.push({
      source: key,
      fact: `Listed by AidData as a source for record ${id} (${row.source_type || 'source'}).`,
    });
    citations.set(id, list);
  }
  return { sources, citations };
}

function precisionOf(r: AidDataRecord): {
  precision: ProjectProperties['precision'];
  note: string;
} {
  const cities = r.osm_links.map((l) => CITY_RELATIONS[l]).filter((c): c is string => !!c);
  if (r.precision === 'adm' || (cities.length && cities.length === r.osm_links.length)) {
    const where = cities.length ? cities.join(' and ') : 'an administrative unit';
    const level =
      r.precision === 'adm'
        ? `AidData level ${r.precision_coarsest}`
        : 'AidData codes it PRECISE, but its only link is the city boundary';
    return {
      precision: r.precision_coarsest === 'ADM4' || cities.length ? 'town' : 'region',
      note: `Located only to the city boundary of ${where} (${level}); the geometry is that boundary and the point stands in for the whole city.`,
    };
  }
  if (r.precision === 'approximate') {
    const fallback = r.geometry_source.startsWith('osm_url_coordinates_fallback')
      ? ' The geometry is the waypoints of an OpenStreetMap directions link, not the line itself.'
      : '';
    return {
      precision: 'approximate',
      note: `AidData locates this project only approximately ("approximate, 5 km buffer").${fallback} The point is a representative point of the geometry.`,
    };
  }
  return {
    precision: 'exact',
    note: 'AidData locates this project precisely: the geometry is the OpenStreetMap feature(s) it links (simplified); the point is a representative point on that geometry.',
  };
}

/**
 * Farther than this from its point, an approximately located geometry is no single site: the
 * waypoints of a long line (fibre-optic networks) or several places far apart, km.
 */
export const WIDE_SPREAD_KM = 25;

/**
 * An approximate record whose geometry spreads farther than WIDE_SPREAD_KM from its point is
 * classed `region` (as the README defines it: a long or regional feature represented by one point).
 */
export function widelySpread(
  coded: { precision: ProjectProperties['precision']; note: string },
  spreadKm: number,
): { precision: ProjectProperties['precision']; note: string } {
  if (coded.precision !== 'approximate' || spreadKm <= WIDE_SPREAD_KM) return coded;
  return {
    precision: 'region',
    note: `${coded.note} Its geometry reaches ${Math.round(spreadKm)} km from the point (a long line or places far apart), so it is classed as located only to a region.`,
  };
}

function geometryKind(r: AidDataRecord, g: Geometry): ProjectProperties['geometry_kind'] {
  if (g.type === 'Point' || g.type === 'MultiPoint') return 'point';
  if (r.osm_feature_type === 'Line') return 'line';
  return r.osm_feature_type === 'Mixed' ? 'mixed' : 'polygon';
}

/** Largest JSON size of one project geometry; bigger ones are simplified further. */
export const MAX_GEOMETRY_BYTES = 8_000;
/** Largest JSON size of a city boundary that stands in for an ADM-level (city) location. */
export const MAX_BOUNDARY_BYTES = 2_500;

/**
 * Simplifies with `toleranceDeg`, doubling the tolerance until the rounded geometry's JSON is at
 * most `maxBytes` (so small sites keep their detail and a few huge ones stop dominating the file).
 */
export function simplifyToBudget<G extends Geometry>(
  g: G,
  toleranceDeg: number,
  maxBytes: number,
): G {
  let tolerance = toleranceDeg;
  let out = roundGeometry(simplifyGeometry(g, tolerance));
  while (JSON.stringify(out).length > maxBytes && tolerance < 0.01) {
    tolerance *= 2;
    out = roundGeometry(simplifyGeometry(g, tolerance));
  }
  return out;
}

/** Linked record ids named in an AidData title, e.g. "(Linked to Project ID#40431, #96098)". */
export function linkedIds(title: string): number[] {
  const m = /linked to[^)]*/i.exec(title);
  return m ? [...m[0].matchAll(/#\s*(\d{4,6})/g)].map((x) => Number(x[1])) : [];
}

/**
 * One projects.geojson feature per AidData record: thin buffered road/line polygons become their
 * outlines (MultiLineString), geometry is simplified with `toleranceDeg` and rounded to 5 decimals.
 */
export function aiddataFeature(
  f: Feature<Geometry, AidDataRecord>,
  allIds: Set<number>,
  citations: Citation[],
  toleranceDeg: number,
): Feature<Geometry, ProjectProperties> & { id: string } {
  const r = f.properties;
  const original = f.geometry;
  const point = representativePoint(original);
  const kind = geometryKind(r, original);
  const asLines =
    kind === 'line' && (original.type === 'Polygon' || original.type === 'MultiPolygon')
      ? outlines(original as Polygon | MultiPolygon)
      : original;
  const coded = precisionOf(r);
  // A city boundary only stands in for "somewhere in the city": keep it coarse.
  const budget = coded.precision === 'town' ? MAX_BOUNDARY_BYTES : MAX_GEOMETRY_BYTES;
  const geometry = simplifyToBudget(asLines, toleranceDeg, budget);
  const spread = farthestKm(point, original);
  const { precision, note } = widelySpread(coded, spread);
  const uncertainty =
    precision === 'exact'
      ? 0
      : roundUpKm(coded.precision === 'approximate' ? Math.max(5, spread) : spread);
  // A city boundary stands in for the city: the site may be anywhere in it. Otherwise a circle
  // of the radius around the point.
  const area: ProjectProperties['area'] =
    precision === 'exact'
      ? null
      : coded.precision === 'town' &&
          (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
        ? { kind: 'geometry' }
        : { kind: 'circle' };
  const id = aiddataFeatureId(r.id);
  const dateStart = aiddataDate(r.implementation_start_date ?? r.commitment_date);
  const precisionOfDate = datePrecision(dateStart);
  const properties: ProjectProperties = {
    id,
    layer: 'projects',
    name: r.title.trim(),
    alt_names: [],
    kind: SECTOR_KINDS[r.sector ?? ''] ?? (r.sector ?? 'project').toLowerCase(),
    description: (r.description ?? '').replace(/\s+/g, ' ').trim(),
    operator: r.implementing_agencies.length ? r.implementing_agencies.join('; ') : null,
    status: r.status,
    date_start: dateStart,
    date_end: aiddataDate(r.completion_date),
    ...(precisionOfDate ? { date_precision: precisionOfDate } : {}),
    precision,
    precision_note: note,
    uncertainty_km: uncertainty,
    point,
    area,
    citations: [
      { source: AIDDATA_KEY, fact: `AidData record ${r.id}: ${r.title.trim()}` },
      ...citations,
    ],
    related: linkedIds(r.title)
      .filter((x) => x !== r.id && allIds.has(x))
      .map(aiddataFeatureId),
    aiddata_id: r.id,
    sector: r.sector,
    amount_usd_2021: r.amount_usd_2021 === null ? null : Math.round(r.amount_usd_2021),
    funders: r.funding_agencies,
    commitment_year: r.commitment_year,
    completion_year: r.completion_year,
    flow_type: r.flow_type ?? r.flow_type_simplified ?? null,
    aiddata_precision: r.precision,
    geometry_kind: kind,
    osm_links: r.osm_links,
  };
  return { type: 'Feature', id, properties, geometry };
}
