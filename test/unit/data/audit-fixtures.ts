/** Small fixtures for the data audit's tests: a toy gazetteer and feature builders. */
import type { Geometry, Polygon } from 'geojson';
import type { AuditFeature } from '../../../scripts/audit/checks.ts';
import { buildGazetteer, type BoundaryFeature } from '../../../scripts/audit/districts.ts';
import type { LonLat } from '../../../src/lib/geo/geodesic.ts';

/** An axis-aligned box [west, south, east, north], optionally with a box-shaped hole. */
export function box(
  [w, s, e, n]: [number, number, number, number],
  hole?: [number, number, number, number],
): Polygon {
  const ring = ([a, b, c, d]: [number, number, number, number]) => [
    [a, b],
    [c, b],
    [c, d],
    [a, d],
    [a, b],
  ];
  return {
    type: 'Polygon',
    coordinates: hole ? [ring([w, s, e, n]), ring(hole)] : [ring([w, s, e, n])],
  };
}

const NARYN_CITY: [number, number, number, number] = [75.9, 41.7, 76.1, 41.8];
const OSH_CITY: [number, number, number, number] = [73.8, 40.8, 73.9, 40.9];

/**
 * Rayons: Uzgen (Osh) around the enclave Osh (city), a town of oblast rank; Manas (Talas);
 * Ak-Bashy (COD-AB's misspelling of At-Bashy, Naryn); Naryn with the enclave Naryn (city), a town
 * of district rank. Oblasts: Osh (city), Osh, Talas, Naryn. Real names, toy squares.
 */
export const RAYONS: BoundaryFeature[] = [
  {
    properties: { name: 'Uzgen', name_ru: 'Узгенский', name_ky: 'Өзгөн', oblast: 'Osh' },
    geometry: box([73, 40, 74, 41], OSH_CITY),
  },
  {
    properties: { name: 'Manas', name_ru: 'Манасский', name_ky: 'Манас', oblast: 'Talas' },
    geometry: box([71.5, 42.5, 72.5, 43]),
  },
  {
    properties: { name: 'Ak-Bashy', name_ru: 'Ат-Башынский', name_ky: 'Ат-Башы', oblast: 'Naryn' },
    geometry: box([75, 40.5, 76.5, 41.5]),
  },
  {
    properties: { name: 'Naryn', name_ru: 'Нарынский', name_ky: 'Нарын', oblast: 'Naryn' },
    geometry: box([75.5, 41.5, 76.5, 42], NARYN_CITY),
  },
  {
    properties: { name: 'Naryn (city)', name_ru: 'г.Нарын', name_ky: 'Нарын ш.', oblast: 'Naryn' },
    geometry: box(NARYN_CITY),
  },
];

export const OBLASTS: BoundaryFeature[] = [
  // a town of oblast rank, like Bishkek (city) and Osh (city)
  {
    properties: { name: 'Osh (city)', name_ru: 'г.Ош', name_ky: 'Ош ш.' },
    geometry: box(OSH_CITY),
  },
  {
    properties: { name: 'Osh', name_ru: 'Ошская', name_ky: 'Ош' },
    geometry: box([72.5, 39.5, 74.5, 41.2]),
  },
  {
    properties: { name: 'Talas', name_ru: 'Таласская', name_ky: 'Талас' },
    geometry: box([71, 42.2, 73, 43.2]),
  },
  {
    properties: { name: 'Naryn', name_ru: 'Нарынская', name_ky: 'Нарын' },
    geometry: box([74.8, 40.3, 77, 42.2]),
  },
];

export const GAZ = buildGazetteer(RAYONS, OBLASTS);

/** A feature with defaults: a curated site (not AidData) at `point`. */
export function feature(over: Partial<AuditFeature> & { id: string; point: LonLat }): AuditFeature {
  const geometry: Geometry = over.geometry ?? { type: 'Point', coordinates: over.point };
  return {
    layer: 'protests',
    name: over.id,
    name_ru: null,
    name_ky: null,
    alt_names: [],
    precision: 'town',
    precision_note: null,
    description: null,
    aiddata_id: null,
    links: [],
    rayon: null,
    oblast: null,
    ...over,
    geometry,
  };
}

/** A community (Who's On First rayon and oblast). */
export function community(
  over: Partial<AuditFeature> & { id: string; point: LonLat },
): AuditFeature {
  return feature({ layer: 'communities', precision: null, ...over });
}
