/**
 * Whether a geometry from a user's file (or from the layer kept in this browser) can be used:
 * used by the importer in its worker and by the stored layer's check, both loaded on demand.
 */
import type { Position } from 'geojson';
import type { InputProblem } from '../shared/vocabulary';
import { p } from './checks';

/** Geometry types a user's layer may hold (a GeometryCollection is split into these first). */
export const IMPORT_GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

/** Central Asia around Kyrgyzstan, [west, south, east, north]: where this atlas's data lies. */
const REGION = [55, 30, 95, 55] as const;
const inRegion = (lon: number, lat: number) =>
  lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3];

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** Why one position cannot be used, or null (numbers in range, not swapped). */
function positionProblem(pos: unknown): InputProblem | null {
  if (!isList(pos) || pos.length < 2 || pos.length > 4) return p('import.badCoordinates');
  if (!pos.every((n) => typeof n === 'number')) return p('import.badCoordinates');
  const [lon, lat] = pos as [number, number];
  const value = `${lon}, ${lat}`.slice(0, 80);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return p('import.outOfRange', { value });
  const swapped =
    (Math.abs(lat) > 90 && Math.abs(lon) <= 90) || (!inRegion(lon, lat) && inRegion(lat, lon));
  if (swapped) return p('import.swapped', { value });
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return p('import.outOfRange', { value });
  return null;
}

/** Why a list of positions (a line, or a polygon ring) cannot be used, or null. */
function lineProblem(line: unknown, type: string, min: number, ring: number): InputProblem | null {
  if (!isList(line)) return p('import.badCoordinates');
  if (line.length < min) return p('import.tooFewPositions', { type, min });
  for (const pos of line) {
    const problem = positionProblem(pos);
    if (problem) return problem;
  }
  if (ring > 0) {
    const a = line[0] as Position;
    const b = line[line.length - 1] as Position;
    if (a[0] !== b[0] || a[1] !== b[1]) return p('import.ringNotClosed', { n: ring });
  }
  return null;
}

function polygonProblem(rings: unknown, type: string): InputProblem | null {
  if (!isList(rings)) return p('import.badCoordinates');
  if (rings.length === 0) return p('import.noGeometry');
  for (let i = 0; i < rings.length; i++) {
    const problem = lineProblem(rings[i], type, 4, i + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Why a geometry cannot be used, or null: one of the supported types, its coordinates nested as
 * the type says (lines of 2+ positions, closed rings of 4+), finite in-range positions, and not
 * swapped (latitude first: a latitude beyond ±90°, or a point far outside the region that would
 * fall inside it the other way round, e.g. 42.87, 74.6 for Bishkek). Never recurses deeper than a
 * MultiPolygon, so no nesting can overflow the stack.
 */
export function geometryProblem(geometry: unknown): InputProblem | null {
  if (geometry === null || geometry === undefined) return p('import.noGeometry');
  if (typeof geometry !== 'object' || isList(geometry)) return p('import.badCoordinates');
  const type = (geometry as { type?: unknown }).type;
  if (typeof type !== 'string') return p('import.badCoordinates');
  if (!(IMPORT_GEOMETRY_TYPES as readonly string[]).includes(type)) {
    return p('import.unsupportedGeometry', { type: type.slice(0, 40) });
  }
  const c = (geometry as { coordinates?: unknown }).coordinates;
  if (!isList(c)) return p('import.badCoordinates');
  switch (type as (typeof IMPORT_GEOMETRY_TYPES)[number]) {
    case 'Point':
      return positionProblem(c);
    case 'MultiPoint':
      if (c.length === 0) return p('import.noGeometry');
      return lineProblem(c, type, 1, 0);
    case 'LineString':
      return lineProblem(c, type, 2, 0);
    case 'MultiLineString':
      if (c.length === 0) return p('import.noGeometry');
      for (const line of c) {
        const problem = lineProblem(line, type, 2, 0);
        if (problem) return problem;
      }
      return null;
    case 'Polygon':
      return polygonProblem(c, type);
    case 'MultiPolygon':
      if (c.length === 0) return p('import.noGeometry');
      for (const poly of c) {
        const problem = polygonProblem(poly, type);
        if (problem) return problem;
      }
      return null;
  }
}
