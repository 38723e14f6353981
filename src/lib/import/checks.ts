/**
 * The light part of importing, used on the main thread too (size limit, geometry checks): no
 * parsing libraries here, so they stay in the worker.
 */
import type { Geometry, Position } from 'geojson';
import type { InputProblem } from '../shared/vocabulary';
import { GEOMETRY_TYPES } from '../data/constants';

/** Largest file the atlas reads, bytes (refused before reading). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const p = (key: InputProblem['key'], params: InputProblem['params'] = {}): InputProblem => ({
  key,
  params,
});

function positions(coords: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(coords) && typeof coords[0] === 'number') out.push(coords as Position);
  else if (Array.isArray(coords)) for (const c of coords) positions(c, out);
  return out;
}

/** Central Asia around Kyrgyzstan, [west, south, east, north]: where this atlas's data lies. */
const REGION = [55, 30, 95, 55] as const;
const inRegion = (lon: number, lat: number) =>
  lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3];

/**
 * Why a geometry cannot be used, or null: supported type, finite in-range positions, and not
 * swapped (latitude first: a latitude beyond ±90°, or a point far outside the region that would
 * fall inside it the other way round, e.g. 42.87, 74.6 for Bishkek).
 */
export function geometryProblem(geometry: Geometry | null | undefined): InputProblem | null {
  if (!geometry) return p('import.noGeometry');
  if (!(GEOMETRY_TYPES as readonly string[]).includes(geometry.type))
    return p('import.unsupportedGeometry', { type: geometry.type });
  const all = positions((geometry as { coordinates?: unknown }).coordinates);
  if (all.length === 0) return p('import.noGeometry');
  for (const pos of all) {
    const [lon, lat] = pos as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      return p('import.outOfRange', { value: `${lon}, ${lat}` });
    }
    const swapped =
      (Math.abs(lat) > 90 && Math.abs(lon) <= 90) || (!inRegion(lon, lat) && inRegion(lat, lon));
    if (swapped) return p('import.swapped', { value: `${lon}, ${lat}` });
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      return p('import.outOfRange', { value: `${lon}, ${lat}` });
    }
  }
  return null;
}
