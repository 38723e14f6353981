/**
 * The data audit's checks: pure functions from features and the district gazetteer to findings.
 * `run.ts` reads the shipped files and applies the allow-list; the tests feed them fixtures.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Geometry } from 'geojson';
import { distanceToGeometry } from '../../src/lib/geo/distanceToGeometry.ts';
import { geodesicDistanceKm, type LonLat } from '../../src/lib/geo/geodesic.ts';
import { positions } from '../lib/geometry.ts';
import {
  districtLabel,
  districtMentions,
  resolveDistrict,
  type District,
  type DistrictLevel,
  type Gazetteer,
} from './districts.ts';
import {
  hasCyrillic,
  nameVariants,
  nameWords,
  namesAgree,
  toLatin,
} from '../../src/lib/search/translit.ts';

export const CHECKS = ['district', 'duplicate', 'transliteration', 'aiddata-district'] as const;
export type CheckName = (typeof CHECKS)[number];

export const CHECK_TITLES: Record<CheckName, string> = {
  district: 'A feature said to be in a district lies in it',
  duplicate: 'Features of the same name within a few km (possible duplicates)',
  transliteration: 'Latin and Cyrillic names agree under transliteration',
  'aiddata-district': "AidData text names a district far from the record's geometry",
};

/** One problem the audit found. */
export interface Finding {
  check: CheckName;
  /** The feature(s) concerned, sorted (two for a possible duplicate). */
  ids: string[];
  /** What exactly: the district, the shared name, or `field: Cyrillic name`. */
  subject: string;
  /** The finding in plain words, with the numbers. */
  message: string;
}

/** What the audit needs of a shipped feature, whatever its layer. */
export interface AuditFeature {
  id: string;
  layer: string;
  name: string;
  name_ru: string | null;
  name_ky: string | null;
  alt_names: string[];
  /** Site layers: how well the point is known, and our note on it. */
  precision: string | null;
  precision_note: string | null;
  description: string | null;
  /** Projects from AidData: the record id (their name and description are AidData's text). */
  aiddata_id: number | null;
  /** Ids this feature links (`related` and a protest's `targets`). */
  links: string[];
  /** Communities: the district and region Who's On First gives. */
  rayon: string | null;
  oblast: string | null;
  point: LonLat;
  geometry: Geometry;
}

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** An AuditFeature from a shipped GeoJSON feature (tolerant of fields a layer does not have). */
export function auditFeature(f: {
  id?: unknown;
  properties: Props;
  geometry: Geometry;
}): AuditFeature {
  const p = f.properties;
  const point =
    Array.isArray(p.point) && p.point.length === 2
      ? (p.point as LonLat)
      : f.geometry.type === 'Point'
        ? (f.geometry.coordinates as LonLat)
        : null;
  if (!point) throw new Error(`${String(p.id)}: no point`);
  return {
    id: String(p.id ?? f.id),
    layer: String(p.layer),
    name: String(p.name),
    name_ru: str(p.name_ru),
    name_ky: str(p.name_ky),
    alt_names: strs(p.alt_names),
    precision: str(p.precision),
    precision_note: str(p.precision_note),
    description: str(p.description),
    aiddata_id: typeof p.aiddata_id === 'number' ? p.aiddata_id : null,
    links: [...strs(p.related), ...strs(p.targets)],
    rayon: str(p.rayon),
    oblast: str(p.oblast),
    point,
    geometry: f.geometry,
  };
}

const isCommunity = (f: AuditFeature): boolean => f.layer === 'communities';
const isAidData = (f: AuditFeature): boolean => f.aiddata_id !== null;
const km = (n: number): string => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
const sortedIds = (...ids: string[]): string[] => [...ids].sort();

function contains(d: District, at: LonLat): boolean {
  return booleanPointInPolygon(at, d.geometry);
}

/** The unit of a level that contains a point (city units before the rayon around them). */
export function districtAt(gaz: Gazetteer, at: LonLat, level: DistrictLevel): District | null {
  const hits = gaz.districts.filter((d) => d.level === level && contains(d, at));
  return hits.find((d) => d.city) ?? hits[0] ?? null;
}

/** Distance from a geometry to a district polygon, km (0 when any vertex lies inside). */
export function distanceToDistrictKm(d: District, geometry: Geometry): number {
  const vertices = positions(geometry) as LonLat[];
  if (vertices.some((v) => contains(d, v))) return 0;
  return Math.min(...vertices.map((v) => distanceToGeometry(d.geometry, v).distanceKm));
}

export interface DistrictOptions {
  /**
   * Sites: a point this close to the named unit's edge counts as inside (the basemap's boundaries
   * are simplified; border points sit on the line), unless it lies in a town that is its own
   * COD-AB unit (of district or oblast rank): Naryn (city) is not part of Naryn district, nor
   * Bishkek (city) of Alamudun district or Chui oblast, however close, and a site's point is
   * chosen to stand for the district it names.
   */
  edgeToleranceKm: number;
  /**
   * Communities: a point this close to the unit Who's On First gives counts as inside, whichever
   * unit it falls in: their points are "usually within 1–2 km" and WOF's district boundaries are
   * not COD-AB's (nor simplified like the basemap's).
   */
  communityToleranceKm: number;
}

/** The town unit (COD-AB "… (city)", of district or oblast rank) a point lies in, if any. */
function townAt(gaz: Gazetteer, at: LonLat): District | null {
  return gaz.districts.find((d) => d.city && contains(d, at)) ?? null;
}

/** Where a point is, for a message: "in Naryn (city), 0.6 km outside Naryn district". */
function whereInstead(gaz: Gazetteer, d: District, at: LonLat): string {
  const actual = (d.city ? null : townAt(gaz, at)) ?? districtAt(gaz, at, d.level);
  const dist = km(distanceToGeometry(d.geometry, at).distanceKm);
  const where = actual ? `in ${districtLabel(actual)}` : 'outside every COD-AB unit';
  return `the point lies ${where}, ${dist} km outside ${districtLabel(d)}`;
}

/** Whether a site's point is in a unit, allowing for the edge tolerance (see DistrictOptions). */
function siteInDistrict(gaz: Gazetteer, d: District, at: LonLat, opts: DistrictOptions): boolean {
  if (contains(d, at)) return true;
  if (!d.city && townAt(gaz, at)) return false;
  return distanceToGeometry(d.geometry, at).distanceKm <= opts.edgeToleranceKm;
}

/** The texts of a feature that are our own words about where it is (not AidData's). */
function ownTexts(f: AuditFeature): string[] {
  return isAidData(f)
    ? [f.precision_note ?? '']
    : [f.name, f.precision_note ?? '', f.description ?? ''];
}

/**
 * Check 1: a feature said to be in a district lies in that district's polygon.
 *
 * - Sites: every COD-AB rayon, city or oblast named in the name, precision note or description
 *   (for AidData records only our precision note; their own text is check 4) must contain the
 *   site's point. A site of `district` precision must name its district.
 * - Communities: the rayon and oblast Who's On First gives must contain the point.
 */
export function checkDistricts(
  features: readonly AuditFeature[],
  gaz: Gazetteer,
  opts: DistrictOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const f of features) {
    if (isCommunity(f)) {
      const seen = new Set<District>();
      for (const [named, kind] of [
        [f.rayon, 'district'],
        [f.oblast, 'oblast'],
      ] as const) {
        if (!named) continue;
        const d = communityDistrict(gaz, named, kind);
        if (d && seen.has(d)) continue;
        if (d) seen.add(d);
        if (!d) {
          findings.push({
            check: 'district',
            ids: [f.id],
            subject: named,
            message: `its ${kind} "${named}" is not a COD-AB unit`,
          });
        } else if (
          !contains(d, f.point) &&
          distanceToGeometry(d.geometry, f.point).distanceKm > opts.communityToleranceKm
        ) {
          findings.push({
            check: 'district',
            ids: [f.id],
            subject: districtLabel(d),
            message: `said to be in ${named} (Who's On First): ${whereInstead(gaz, d, f.point)}`,
          });
        }
      }
      continue;
    }
    const mentions = ownTexts(f).flatMap((t) => districtMentions(gaz, t));
    const seen = new Set<District>();
    for (const m of mentions) {
      if (seen.has(m.district)) continue;
      seen.add(m.district);
      if (!siteInDistrict(gaz, m.district, f.point, opts)) {
        findings.push({
          check: 'district',
          ids: [f.id],
          subject: districtLabel(m.district),
          message: `the text says "${m.text}": ${whereInstead(gaz, m.district, f.point)}`,
        });
      }
    }
    if (f.precision === 'district' && ![...seen].some((d) => d.level === 'rayon')) {
      findings.push({
        check: 'district',
        ids: [f.id],
        subject: '(no district named)',
        message: 'precision is "district" but no text names a COD-AB district',
      });
    }
  }
  return findings;
}

/** A community's rayon or oblast as Who's On First writes it ("Kök-Jangak (town)", "Osh City"). */
function communityDistrict(
  gaz: Gazetteer,
  name: string,
  kind: 'district' | 'oblast',
): District | null {
  const city = /\s*\((?:city|town)\)$|\s+city$/i;
  if (city.test(name)) return resolveDistrict(gaz, name.replace(city, ''), 'city');
  // Bishkek's and Osh's oblast is the city itself.
  return resolveDistrict(gaz, name, kind) ?? resolveDistrict(gaz, name, 'city');
}

export interface AidDataOptions {
  /** A named district farther than this from the record's geometry is flagged. */
  farKm: number;
}

/**
 * Check 4: an AidData record whose own text (title and description) names a COD-AB district,
 * city or oblast farther than `farKm` from every part of its geometry.
 */
export function checkAidDataDistricts(
  features: readonly AuditFeature[],
  gaz: Gazetteer,
  opts: AidDataOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const f of features.filter(isAidData)) {
    const mentions = [f.name, f.description ?? ''].flatMap((t) => districtMentions(gaz, t));
    const seen = new Set<District>();
    for (const m of mentions) {
      if (seen.has(m.district)) continue;
      seen.add(m.district);
      const dist = distanceToDistrictKm(m.district, f.geometry);
      if (dist > opts.farKm) {
        const actual = districtAt(gaz, f.point, 'rayon');
        findings.push({
          check: 'aiddata-district',
          ids: [f.id],
          subject: districtLabel(m.district),
          message:
            `AidData ${f.aiddata_id}'s text says "${m.text}", but its geometry is ${km(dist)} km` +
            ` from ${districtLabel(m.district)}` +
            (actual ? ` (its point is in ${districtLabel(actual)})` : ''),
        });
      }
    }
  }
  return findings;
}

/**
 * Words that say what a site is, not which place it is: dropped to get the place name in a
 * site's name ("Irkeshtam Pass" → Irkeshtam) for comparing with other features' names.
 */
const SITE_TYPE_WORDS = new Set(
  [
    'pass',
    'border',
    'crossing',
    'checkpoint',
    'port',
    'post',
    'mine',
    'deposit',
    'field',
    'gold',
    'copper',
    'coal',
    'oil',
    'refinery',
    'plant',
    'centre',
    'center',
    'village',
    'town',
    'city',
    'district',
    'region',
    'the',
    'of',
    'and',
    'in',
    'at',
    'side',
    'chinese',
    'kyrgyz',
  ].map((w) => w.toLowerCase()),
);

/** The comparable keys of a feature's names (and, for a site, the place named in its name). */
export function nameKeys(f: AuditFeature): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (name: string): void => {
    for (const k of nameVariants(name)) if (k.length >= 3 && !keys.has(k)) keys.set(k, name);
  };
  for (const n of [f.name, ...f.alt_names, f.name_ru, f.name_ky]) if (n) add(n);
  if (!isCommunity(f) && !isAidData(f)) {
    for (const n of [f.name, ...f.alt_names]) {
      const words = nameWords(n.replace(/\([^)]*\)/g, ' '));
      const place = words.filter((w) => !SITE_TYPE_WORDS.has(w.toLowerCase()));
      if (place.length > 0 && place.length < words.length) add(place.join(' '));
    }
  }
  return keys;
}

export interface DuplicateOptions {
  /** Features of the same name closer than this are reported. */
  withinKm: number;
}

/**
 * Check 2: features (any layers) that share a name, as compared under transliteration, within
 * `withinKm` of each other: possible duplicates. Features that link each other (`related`,
 * `targets`) are known to be distinct and are not reported.
 */
export function checkDuplicates(
  features: readonly AuditFeature[],
  opts: DuplicateOptions,
): Finding[] {
  const findings: Finding[] = [];
  const keyed = features.map((f) => ({ f, keys: nameKeys(f) }));
  // Sweep by latitude: one degree of latitude is ~111 km.
  keyed.sort((a, b) => a.f.point[1] - b.f.point[1]);
  const dLat = opts.withinKm / 110;
  for (let i = 0; i < keyed.length; i++) {
    const a = keyed[i]!;
    for (let j = i + 1; j < keyed.length; j++) {
      const b = keyed[j]!;
      if (b.f.point[1] - a.f.point[1] > dLat) break;
      if (a.f.links.includes(b.f.id) || b.f.links.includes(a.f.id)) continue;
      const shared = [...a.keys.keys()].find((k) => b.keys.has(k));
      if (shared === undefined) continue;
      const d = geodesicDistanceKm(a.f.point, b.f.point);
      if (d > opts.withinKm) continue;
      const nameA = a.keys.get(shared)!;
      const nameB = b.keys.get(shared)!;
      findings.push({
        check: 'duplicate',
        ids: sortedIds(a.f.id, b.f.id),
        subject: nameA,
        message:
          `${a.f.id} (${a.f.layer}, "${nameA}") and ${b.f.id} (${b.f.layer}, "${nameB}") ` +
          `are ${km(d)} km apart`,
      });
    }
  }
  return findings.sort((x, y) => x.ids.join().localeCompare(y.ids.join()));
}

const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');

/** An abbreviation such as НПЗ or КПП, not a name. */
const isAbbreviation = (w: string): boolean => w.length <= 5 && w === w.toUpperCase();

/**
 * Check 3: each Cyrillic name (`name_ru`, `name_ky`) agrees with one of the feature's Latin names
 * (`name`, `alt_names`) under transliteration (`namesAgree`). A community's name must
 * agree as a whole; a site's descriptive name ("НПЗ «Джунда»") agrees when one of its words
 * (three letters or more, not an abbreviation) agrees with a word of a Latin name.
 * Cyrillic `alt_names` are other names by design (old names, other languages) and are not checked.
 */
export function checkTransliteration(features: readonly AuditFeature[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of features) {
    const latin = [f.name, ...f.alt_names].filter((n) => !hasCyrillic(n));
    const whole = new Set(latin.flatMap(nameVariants));
    const words = new Set(latin.flatMap(nameWords).flatMap(nameVariants));
    const agrees = (name: string, set: Set<string>): boolean =>
      nameVariants(name).some((v) => set.has(v));
    for (const field of ['name_ru', 'name_ky'] as const) {
      const cyr = f[field];
      if (!cyr) continue;
      if (agrees(cyr, whole)) continue;
      if (
        !isCommunity(f) &&
        nameWords(cyr).some((w) => w.length >= 3 && !isAbbreviation(w) && agrees(w, words))
      ) {
        continue;
      }
      findings.push({
        check: 'transliteration',
        ids: [f.id],
        subject: `${field}: ${cyr}`,
        message: `${field} "${cyr}" (${toLatin(cyr)}) agrees with none of ${quoted(latin)}`,
      });
    }
  }
  return findings;
}

/**
 * Check 3, for district names in our own texts: a site's name, precision note or description that
 * writes a district by COD-AB's English name where that name is not a transliteration of the
 * district's Kyrgyz or Russian name ("Ak-Bashy district" for Ат-Башы, "Kochokor" for Кочкор)
 * shows a misspelling; the usual name is the Kyrgyz name in Latin letters.
 */
export function checkDistrictSpelling(
  features: readonly AuditFeature[],
  gaz: Gazetteer,
): Finding[] {
  const findings: Finding[] = [];
  for (const f of features.filter((x) => !isCommunity(x))) {
    const misspelt = new Map<District, string>();
    for (const m of ownTexts(f).flatMap((t) => districtMentions(gaz, t))) {
      const d = m.district;
      const english = d.name.replace(/\s*\(city\)$/, '');
      if (d.usualName && namesAgree(m.name, english)) {
        misspelt.set(d, m.text);
      }
    }
    for (const [d, text] of misspelt) {
      findings.push({
        check: 'transliteration',
        ids: [f.id],
        subject: `district: ${d.name}`,
        message:
          `the text says "${text}", COD-AB's English spelling; the district's Kyrgyz name is ` +
          `${d.usualName} (write "${d.usualName}", or both)`,
      });
    }
  }
  return findings;
}

export interface AuditOptions extends DistrictOptions, AidDataOptions, DuplicateOptions {}

export const DEFAULT_OPTIONS: AuditOptions = {
  edgeToleranceKm: 1,
  communityToleranceKm: 2.5,
  farKm: 25,
  withinKm: 3,
};

/** All four checks over all features. */
export function audit(
  features: readonly AuditFeature[],
  gaz: Gazetteer,
  opts: AuditOptions = DEFAULT_OPTIONS,
): Finding[] {
  return [
    ...checkDistricts(features, gaz, opts),
    ...checkDuplicates(features, opts),
    ...checkTransliteration(features),
    ...checkDistrictSpelling(features, gaz),
    ...checkAidDataDistricts(features, gaz, opts),
  ];
}
