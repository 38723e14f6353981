/**
 * Places: the records of one physical site grouped (a mine and its loans, a project and its
 * reschedulings, AidData's polygon and the curated site of the same refinery). The rules, in
 * geodata/README.md: the groups of `geodata/curated/places.json`, each with its reason, and AidData
 * records drawn on the very same geometry (except city boundaries that only stand in for a city).
 */
import * as v from 'valibot';
import type { Geometry } from 'geojson';
import { ID_PATTERN, PRECISIONS, type Precision } from '../../src/lib/data/constants.ts';

/** The curated groups, relative to the repository root. */
export const PLACES_FILE = 'geodata/curated/places.json';

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a kebab-case id'));

/** `{ "<place id>": { "records": [ids, the place id among them], "why": "reason" } }`. */
export const PlacesSchema = v.record(
  Id,
  v.strictObject({
    records: v.pipe(v.array(Id), v.minLength(2, 'a place groups at least two records')),
    why: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  }),
);
/** The curated groups. */
export type Places = v.InferOutput<typeof PlacesSchema>;

/** What grouping needs to know of a site. */
export interface PlaceInput {
  id: string;
  aiddataId: number | null;
  precision: Precision;
  point: [number, number];
  geometry: Geometry;
  /** The geometry only stands in for a whole city (AidData's ADM-level boundaries). */
  cityBoundary: boolean;
}

/** A place of two or more records: its id, its records, and where its symbol is drawn. */
export interface Place {
  id: string;
  records: string[];
  /** The point of its best-located record (the place's own record's, on a tie). */
  marker: [number, number];
}

/**
 * Groups records into places: the curated groups, then AidData records on identical geometry
 * (joined transitively). A place's id is its curated key, else its lowest AidData record's id.
 * Returns the places of two or more records, and every problem with the curated file.
 */
export function groupPlaces(
  sites: readonly PlaceInput[],
  curated: Places,
): { places: Place[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map(sites.map((s) => [s.id, s]));
  const parent = new Map(sites.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));

  const curatedOf = new Map<string, string>();
  for (const [key, group] of Object.entries(curated)) {
    if (!group.records.includes(key))
      problems.push(`${PLACES_FILE}: ${key}: records: must include the place's own id "${key}"`);
    for (const id of group.records) {
      if (!byId.has(id)) problems.push(`${PLACES_FILE}: ${key}: records: unknown site "${id}"`);
      else if (curatedOf.has(id))
        problems.push(
          `${PLACES_FILE}: ${key}: records: "${id}" is already in "${curatedOf.get(id)}"`,
        );
      else {
        curatedOf.set(id, key);
        join(id, group.records[0]!);
      }
    }
  }
  const sameGeometry = new Map<string, string>();
  for (const s of sites) {
    if (s.aiddataId === null || s.cityBoundary) continue;
    const key = JSON.stringify(s.geometry);
    const first = sameGeometry.get(key);
    if (first) join(s.id, first);
    else sameGeometry.set(key, s.id);
  }

  const groups = new Map<string, PlaceInput[]>();
  for (const s of sites) {
    const root = find(s.id);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  }
  const rank = (p: Precision) => PRECISIONS.indexOf(p);
  const places: Place[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keys = [...new Set(members.map((m) => curatedOf.get(m.id)).filter((k) => k))];
    if (keys.length > 1) problems.push(`${PLACES_FILE}: ${keys.join(', ')}: the same place twice`);
    const byAid = members
      .filter((m) => m.aiddataId !== null)
      .sort((a, b) => a.aiddataId! - b.aiddataId!);
    const id = keys[0] ?? byAid[0]?.id ?? members[0]!.id;
    const own = byId.get(id) ?? members[0]!;
    const best = [...members].sort(
      (a, b) => rank(a.precision) - rank(b.precision) || Number(b.id === id) - Number(a.id === id),
    )[0]!;
    places.push({
      id,
      records: [own.id, ...members.map((m) => m.id).filter((m) => m !== own.id)],
      marker: best.point,
    });
  }
  return { places: places.sort((a, b) => (a.id < b.id ? -1 : 1)), problems };
}
