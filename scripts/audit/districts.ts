/**
 * The audit's gazetteer of districts: COD-AB rayons and city districts (`geodata/basemap/rayons`)
 * and oblasts with the two cities of oblast rank (`oblasts`), and a reader of district names in
 * English text ("Uzgen region of Osh Oblast", "Naryn-district villagers", "Ala-Bukinsky region",
 * "Jalal-Abad (city)", "city of Osh").
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { nameVariants, namesAgree, toLatin } from '../../src/lib/search/translit.ts';

export type DistrictLevel = 'rayon' | 'oblast';

/** One COD-AB unit. */
export interface District {
  /** COD-AB English name, e.g. `Ak-Bashy`, `Naryn (city)`, `Bishkek (city)`. */
  name: string;
  level: DistrictLevel;
  /** A city unit (`… (city)`): a town with district or oblast rank. */
  city: boolean;
  /** The oblast a rayon belongs to (null for oblasts). */
  oblast: string | null;
  /**
   * When COD-AB's English name agrees with neither its Kyrgyz nor its Russian name under
   * transliteration (COD-AB's "Ak-Bashy" for Ат-Башы, "Kochokor" for Кочкор): the Kyrgyz name in
   * Latin letters, the name a reader knows. Null otherwise.
   */
  usualName: string | null;
  geometry: Polygon | MultiPolygon;
}

/** A COD-AB boundary feature as shipped in `geodata/basemap/{rayons,oblasts}.geojson`. */
export interface BoundaryFeature {
  properties: { name: string; name_ru?: string | null; name_ky?: string | null; oblast?: string };
  geometry: Polygon | MultiPolygon;
}

/**
 * Usual names that neither COD-AB's English, Russian nor Kyrgyz name gives under transliteration:
 * key = the name as written, value = the COD-AB name.
 */
export const DISTRICT_ALIASES: Readonly<Record<string, string>> = {
  // Russian name of the district (Аламединский район); COD-AB has the Kyrgyz Alamüdün.
  Alamedin: 'Alamudun',
  // Russian and older English spelling of the town.
  Tokmak: 'Tokmok (city)',
  Frunze: 'Bishkek (city)',
};

/** English names that are translations, not transliterations ("Moscow" district, Москва). */
const EXONYMS = new Set(['Moscow']);

export interface Gazetteer {
  districts: District[];
  /**
   * comparable skeleton of a name → the units it can mean (a rayon and an oblast can share one),
   * best first: by COD-AB's English name, then an alias, then the Kyrgyz or Russian name
   * (Kara-Kul's Kyrgyz name is Кара-Көл, which reads as Karakol, another town).
   */
  byKey: Map<string, { district: District; rank: number }[]>;
}

/** How a unit is called in text: "Naryn district", "Naryn oblast", "Naryn (city)". */
export function districtLabel(d: District): string {
  if (d.city) return d.name;
  return `${d.name} ${d.level === 'rayon' ? 'district' : 'oblast'}`;
}

const CITY_SUFFIX = /\s*\(city\)$/;
/** Russian adjectival endings of district names (Узгенский, Ала-Букинский; "Tonsky District"). */
const ADJECTIVE = /(?:ский|ская|ское|ской|sky|skiy|skii|ski|skaya|skoye|skoy)$/iu;

/** The forms under which a unit can be named, best first (see `Gazetteer.byKey`). */
function namesOf(f: BoundaryFeature): string[][] {
  const { name, name_ru, name_ky } = f.properties;
  const aliases = Object.entries(DISTRICT_ALIASES)
    .filter(([, target]) => target === name)
    .map(([alias]) => alias);
  const local: string[] = [];
  if (name_ky) local.push(name_ky.replace(/\s*ш\.$/u, ''));
  if (name_ru) {
    const ru = name_ru.replace(/^г\.\s*/u, '');
    local.push(ru, ru.replace(ADJECTIVE, ''));
  }
  return [[name.replace(CITY_SUFFIX, '')], aliases, local];
}

/** Builds the gazetteer from the basemap's rayons and oblasts. */
export function buildGazetteer(
  rayons: readonly BoundaryFeature[],
  oblasts: readonly BoundaryFeature[],
): Gazetteer {
  const all = [
    ...rayons.map((f) => ({ f, level: 'rayon' as const })),
    ...oblasts.map((f) => ({ f, level: 'oblast' as const })),
  ];
  const districts: District[] = all.map(({ f, level }) => {
    const [[english], , local] = namesOf(f) as [[string], string[], string[]];
    const agrees = local.some((n) => namesAgree(n, english));
    const ky = f.properties.name_ky?.replace(/\s*ш\.$/u, '');
    return {
      name: f.properties.name,
      level,
      city: CITY_SUFFIX.test(f.properties.name),
      oblast: level === 'rayon' ? (f.properties.oblast ?? null) : null,
      usualName: !agrees && ky && !EXONYMS.has(english) ? toLatin(ky) : null,
      geometry: f.geometry,
    };
  });
  const byKey: Gazetteer['byKey'] = new Map();
  all.forEach(({ f }, i) => {
    const district = districts[i]!;
    namesOf(f).forEach((names, rank) => {
      for (const key of new Set(names.flatMap(nameVariants))) {
        const list = byKey.get(key) ?? [];
        if (!list.some((x) => x.district === district)) list.push({ district, rank });
        byKey.set(key, list);
      }
    });
  });
  return { districts, byKey };
}

/** What the word after (or before) a name says it is. */
type Kind = 'district' | 'region' | 'oblast' | 'city';
const KIND_WORDS: Record<string, Kind> = {
  district: 'district',
  districts: 'district',
  rayon: 'district',
  raion: 'district',
  region: 'region',
  oblast: 'oblast',
  oblys: 'oblast',
  province: 'oblast',
  city: 'city',
  town: 'city',
};
/** Words that make the following kind word something else ("rural district" = aiyl okmotu). */
const NOT_A_DISTRICT = new Set(['rural', 'irrigation', 'municipal', 'administrative']);

/** A district named in a text. */
export interface DistrictMention {
  district: District;
  /** The words as written, e.g. `Uzgen region`. */
  text: string;
  /** The name alone, as written, e.g. `Uzgen`. */
  name: string;
}

/** A name reduced to lower-case Latin letters and digits, for an exact comparison. */
const plain = (name: string): string =>
  name
    .replace(CITY_SUFFIX, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

/**
 * Resolves a name with the kind of unit the text calls it. `district`/`rayon`: a rayon (or a
 * city district when only that exists); `oblast`/`province`: an oblast; `region`: an oblast if one
 * has the name, else a rayon (AidData writes "Uzgen region" for Uzgen rayon); `city`: a city unit.
 * A unit whose English name is the name exactly comes first (Karakol, not Kara-Kul = Кара-Көл).
 */
export function resolveDistrict(gaz: Gazetteer, name: string, kind: Kind): District | null {
  const stem = name.replace(ADJECTIVE, '');
  const candidates = [...new Set([name, stem])]
    .flatMap(nameVariants)
    .flatMap((key) => gaz.byKey.get(key) ?? [])
    .map((x) => ({ ...x, rank: plain(x.district.name) === plain(name) ? -1 : x.rank }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.district);
  const pick = (p: (d: District) => boolean): District | null => candidates.find(p) ?? null;
  switch (kind) {
    case 'district':
      return pick((d) => d.level === 'rayon' && !d.city) ?? pick((d) => d.city);
    case 'oblast':
      return pick((d) => d.level === 'oblast' && !d.city);
    case 'region':
      return pick((d) => d.level === 'oblast' && !d.city) ?? pick((d) => d.level === 'rayon');
    case 'city':
      return pick((d) => d.city);
  }
}

interface Token {
  word: string;
  /** Punctuation between the previous token and this one. */
  gap: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push({ word: m[0], gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

/** Punctuation that a district name does not run across (brackets and spaces do not stop it). */
const BREAK = /[.,;:!?"“”«»/]/;
const breaks = (gap: string): boolean => BREAK.test(gap);
/** "(city)" as written by COD-AB: the token `city` right after an opening bracket. */
const isCityMark = (t: Token | undefined): boolean =>
  t?.word.toLowerCase() === 'city' && /\(\s*$/.test(t.gap);

/**
 * The COD-AB districts a text names, in order (a district named twice is listed twice):
 * "<name> district|rayon|region|oblast|province|city|town", "<name> (city)", "city|town of
 * <name>", with the name one to three words long (the longest that resolves wins;
 * "Naryn-district" is read as "Naryn district"; a "rural district" is an aiyl okmotu, not a rayon).
 */
export function districtMentions(gaz: Gazetteer, text: string): DistrictMention[] {
  const toks = tokens(text.replace(/-(district|region|rayon|oblast)\b/gi, ' $1'));
  const found: DistrictMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i]!.word;
    const kind = KIND_WORDS[word.toLowerCase()];
    if (!kind) continue;
    // "<name> (city) district" reads as the city unit.
    let j = i - 1;
    let city = kind === 'city';
    if (kind === 'district' && isCityMark(toks[j])) {
      city = true;
      j--;
    }
    // Up to three words before, not across punctuation.
    const before: string[] = [];
    if (!breaks(toks[i]!.gap)) {
      for (; j >= 0 && before.length < 3; j--) {
        before.unshift(toks[j]!.word);
        if (breaks(toks[j]!.gap)) break;
      }
    }
    if (NOT_A_DISTRICT.has(before[before.length - 1]?.toLowerCase() ?? '')) continue;
    let hit: DistrictMention | null = null;
    for (let n = before.length; n >= 1 && !hit; n--) {
      const name = before.slice(before.length - n).join(' ');
      const d = resolveDistrict(gaz, name, city ? 'city' : kind);
      const label = `${name} ${city && kind !== 'city' ? '(city) ' : ''}${word}`;
      if (d) hit = { district: d, name, text: label };
    }
    // "city of <name>", "town of <name>".
    if (!hit && kind === 'city' && toks[i + 1]?.word.toLowerCase() === 'of') {
      const after = toks.slice(i + 2, i + 5);
      const stop = after.findIndex((t, k) => k > 0 && breaks(t.gap));
      const words = (stop < 0 ? after : after.slice(0, stop)).map((t) => t.word);
      for (let n = words.length; n >= 1 && !hit; n--) {
        const name = words.slice(0, n).join(' ');
        const d = resolveDistrict(gaz, name, 'city');
        if (d) hit = { district: d, name, text: `${word} of ${name}` };
      }
    }
    if (hit) found.push(hit);
  }
  return found;
}
