/**
 * The polygons uncertain sites may be in (geodata/areas.geojson): COD-AB districts, city outlines
 * and regions, simplified and rounded, and the point inside one where a site's symbol is drawn.
 * Pure functions (node only through the callers).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaProperties } from '../../src/lib/data/schema.ts';
import { valueId } from '../../src/lib/shared/vocabulary.ts';
import { simplifyToBudget } from './aiddata.ts';
import { RAYON_NAMES } from './names.ts';

/** Douglas–Peucker tolerance a shipped area starts from, degrees (about 100 m). */
export const AREA_TOLERANCE_DEG = 0.001;
/** Largest JSON size of a district's or city's geometry, and of a region's. */
export const MAX_AREA_BYTES = { district: 5_000, city: 5_000, region: 10_000 } as const;

/** A COD-AB polygon and its names, as the boundary files give them. */
export interface CodAbUnit {
  /** COD-AB's English name, the key in the curated files (`Kochokor`, `Bishkek (city)`). */
  name: string;
  name_ru: string | null;
  name_ky: string | null;
  /** `rayon` from the ADM2 file, `oblast` from the derived ADM1 file. */
  level: 'rayon' | 'oblast';
  geometry: Polygon | MultiPolygon;
}

/** An area as shipped: id, kind, names, and its simplified geometry. */
export interface AreaOut {
  id: string;
  properties: AreaProperties;
  geometry: Polygon | MultiPolygon;
}

/**
 * The area of a COD-AB unit: a city (`Bishkek (city)`, `Tokmok (city)`) whatever its level, a
 * district (rayon) or a region (oblast), named as usually written (`Kochkor district`, `Кочкорский
 * район`, `Кочкор району`), simplified from AREA_TOLERANCE_DEG, doubling the tolerance until it
 * fits MAX_AREA_BYTES (an edge moves by at most the tolerance: 100–800 m), and rounded to 5
 * decimals (~1 m).
 */
export function areaOf(unit: CodAbUnit): AreaOut {
  const city = /^(.*) \(city\)$/.exec(unit.name)?.[1];
  const kind = city ? 'city' : unit.level === 'rayon' ? 'district' : 'region';
  const usual = city ?? RAYON_NAMES[unit.name] ?? unit.name;
  const ru = unit.name_ru?.replace(/^г\.\s*/, 'г. ') ?? null;
  const names =
    kind === 'city'
      ? { name: usual, name_ru: ru, name_ky: unit.name_ky }
      : kind === 'district'
        ? {
            name: `${usual} district`,
            name_ru: ru && `${ru} район`,
            name_ky: unit.name_ky && `${unit.name_ky} району`,
          }
        : {
            name: `${usual} region`,
            name_ru: ru && `${ru} область`,
            name_ky: unit.name_ky && `${unit.name_ky} облусу`,
          };
  const id = `${kind}-${valueId(usual)}`;
  return {
    id,
    properties: { id, kind, ...names, cod_ab: unit.name },
    geometry: simplifyToBudget(unit.geometry, AREA_TOLERANCE_DEG, MAX_AREA_BYTES[kind]),
  };
}

const RAD = Math.PI / 180;

/** Local flat distance, km (fine at the few-km scale this is used for). */
function flatKm(a: Position, b: Position): number {
  const k = Math.cos(((a[1]! + b[1]!) / 2) * RAD);
  return Math.hypot((a[0]! - b[0]!) * 111.32 * k, (a[1]! - b[1]!) * 110.6);
}

function toSegmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos(p[1]! * RAD) * 111.32;
  const ax = (a[0]! - p[0]!) * k;
  const ay = (a[1]! - p[1]!) * 110.6;
  const dx = (b[0]! - a[0]!) * k;
  const dy = (b[1]! - a[1]!) * 110.6;
  const len = dx * dx + dy * dy;
  const t = len > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function inRing(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The point where the symbol of a site known only to this area is drawn: inside it, as far as
 * possible both from its edge and from every settlement in `avoid`, so it never reads as a town
 * (a grid search about `stepKm` apart; the best-scoring point, rounded to 5 decimals).
 */
export function markerInside(
  shape: Polygon | MultiPolygon,
  avoid: readonly Position[],
  stepKm = 1,
): [number, number] {
  const polys = polygons(shape);
  const rings = polys.flat();
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of rings.flat() as [number, number][]) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const dy = stepKm / 110.6;
  const dx = stepKm / (111.32 * Math.cos(((s + n) / 2) * RAD));
  const near = avoid.filter(
    (p) => p[0]! > w - 1 && p[0]! < e + 1 && p[1]! > s - 1 && p[1]! < n + 1,
  );
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  for (let x = w + dx / 2; x < e; x += dx) {
    for (let y = s + dy / 2; y < n; y += dy) {
      const p: Position = [x, y];
      const inside = polys.some(
        ([outer, ...holes]) => !!outer && inRing(outer, p) && !holes.some((h) => inRing(h, p)),
      );
      if (!inside) continue;
      let score = Infinity;
      for (const ring of rings) {
        for (let i = 1; i < ring.length && score > bestScore; i++) {
          score = Math.min(score, toSegmentKm(p, ring[i - 1]!, ring[i]!));
        }
      }
      for (const q of near) {
        if (score <= bestScore) break;
        score = Math.min(score, flatKm(p, q));
      }
      if (score > bestScore) {
        bestScore = score;
        best = [x, y];
      }
    }
  }
  if (!best) throw new Error('markerInside: no grid point inside the shape (step too coarse)');
  return [Math.round(best[0] * 1e5) / 1e5, Math.round(best[1] * 1e5) / 1e5];
}
