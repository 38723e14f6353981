/**
 * Issue 14 on the shipped data: uncertainty areas are real shapes, symbols of district-level sites
 * sit inside their district away from any settlement, records of one place are grouped. And the
 * build helpers that make them, on small inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { siteFeatures, type Dataset } from '../../../src/lib/data/load.ts';
import type { SiteFeature } from '../../../src/lib/data/schema.ts';
import { loadShipped } from '../../../scripts/data-stats.ts';
import { areaOf as codAbArea, markerInside } from '../../../scripts/lib/areas.ts';
import { groupPlaces, PLACES_FILE, type PlaceInput } from '../../../scripts/lib/places.ts';
import { WIDE_SPREAD_KM, widelySpread } from '../../../scripts/lib/aiddata.ts';
import { pointInPolygon } from '../../../src/lib/geo/polygon.ts';
import { distanceToGeometry } from '../../../src/lib/geo/distanceToGeometry.ts';
import { geodesicDistanceKm, type LonLat } from '../../../src/lib/geo/geodesic.ts';
import { siteDistance } from '../../../src/lib/geo/proximity.ts';
import { areaOf, markerOf, proximityOf } from '../../../src/lib/state/features.ts';

const data: Dataset = loadShipped();
const sites: SiteFeature[] = siteFeatures(data);
const site = (id: string) => sites.find((s) => s.id === id)!;
const areas = new Map(data.areas.features.map((a) => [a.properties.id, a.geometry]));
const settlements = data.communities.features.map((c) => c.geometry.coordinates as LonLat);

describe('uncertainty areas on the shipped sites', () => {
  it('every site located to a district, region or city outline has that polygon', () => {
    for (const f of sites) {
      const a = f.properties.area;
      if (f.properties.precision === 'exact') expect(a, f.id).toBeNull();
      else expect(a, f.id).not.toBeNull();
      if (f.properties.precision === 'district') expect(a?.kind, f.id).toBe('shape');
    }
    expect(site('kochkor-truckers-protest-2021').properties.area).toEqual({
      kind: 'shape',
      id: 'district-kochkor',
    });
    expect(site('luban-workshop-bishkek').properties.area).toEqual({
      kind: 'shape',
      id: 'city-bishkek',
    });
    // AidData's city boundaries stand in for their city: the site may be anywhere in them.
    expect(site('aiddata-40411').properties.area).toEqual({ kind: 'geometry' });
    expect(site('junda-refinery').properties.area).toEqual({ kind: 'circle' });
  });

  it('the radius still covers the whole area (the circle it replaces was no smaller)', () => {
    for (const f of sites) {
      const area = areaOf(f, areas);
      if (area?.kind !== 'shape') continue;
      const verts = (
        area.shape.type === 'Polygon' ? [area.shape.coordinates] : area.shape.coordinates
      ).flatMap((p) => p[0] ?? []) as LonLat[];
      const far = Math.max(...verts.map((v) => geodesicDistanceKm(f.properties.point, v)));
      // Shipped outlines are simplified (an edge moves by under 1 km).
      expect(far, f.id).toBeLessThanOrEqual(f.properties.uncertainty_km + 1);
    }
  });

  it('Torugart Pass is 121–216 km from the Kochkor protest, over Kochkor district (was 88.8–276)', () => {
    const d = siteDistance(
      proximityOf(site('kochkor-truckers-protest-2021'), areas),
      proximityOf(site('torugart-pass'), areas),
    );
    expect(d.range.minKm).toBeGreaterThan(115);
    expect(d.range.maxKm).toBeLessThan(220);
    expect(d.range.minKm).toBeGreaterThan(88.8);
    expect(d.range.maxKm).toBeLessThan(276);
  });

  it('keeps areas.geojson small', () => {
    expect(readFileSync('geodata/areas.geojson').length).toBeLessThan(60_000);
  });
});

describe('where symbols are drawn', () => {
  it('a site known only to its district or region is drawn inside it, 3 km or more from any settlement', () => {
    const drawn = sites.filter(
      (f) =>
        (f.properties.precision === 'district' || f.properties.precision === 'region') &&
        f.properties.area?.kind === 'shape',
    );
    expect(drawn.length).toBeGreaterThanOrEqual(13);
    for (const f of drawn) {
      const at = markerOf(f);
      const shape = areaOf(f, areas)!;
      expect(shape.kind).toBe('shape');
      if (shape.kind !== 'shape') continue;
      expect(pointInPolygon(shape.shape, at), f.id).toBe(true);
      const nearest = Math.min(...settlements.map((s) => geodesicDistanceKm(s, at)));
      expect(nearest, f.id).toBeGreaterThan(3);
    }
    // Solton-Sary is no longer drawn on Naryn town.
    const naryn = data.communities.features.find((c) => c.id === 'naryn')!;
    expect(markerOf(site('solton-sary-mine'))).not.toEqual(naryn.geometry.coordinates);
  });

  it('records of one place are drawn at one point, its best-located record’s', () => {
    const byPlace = new Map<string, SiteFeature[]>();
    for (const f of sites) {
      const p = f.properties.place;
      if (p) byPlace.set(p, [...(byPlace.get(p) ?? []), f]);
    }
    for (const [place, records] of byPlace) {
      expect(records.length, place).toBeGreaterThanOrEqual(2);
      expect(records.map((r) => r.id)).toContain(place);
      expect(new Set(records.map((r) => markerOf(r).join(','))).size, place).toBe(1);
    }
    // The Junda refinery (town level) is drawn on AidData's polygon of it.
    expect(markerOf(site('junda-refinery'))).toEqual(site('aiddata-54405').properties.point);
  });
});

describe('places', () => {
  const placeOf = (id: string) => site(id).properties.place;

  it('groups a mine and its loans, a loan and its rescheduling, the curated site and AidData’s record', () => {
    expect(placeOf('aiddata-96105')).toBe('bozymchak-mine');
    expect(placeOf('aiddata-96106')).toBe('bozymchak-mine');
    expect(placeOf('aiddata-96100')).toBe('aiddata-39619');
    expect(placeOf('aiddata-54405')).toBe('junda-refinery');
    expect(placeOf('aiddata-57683')).toBe('kuru-tegerek-mine');
    // Same geometry, same road: three financings of the Osh–Sarytash–Irkeshtam road.
    expect(new Set(['aiddata-40359', 'aiddata-46364', 'aiddata-73074'].map(placeOf))).toEqual(
      new Set(['aiddata-40359']),
    );
  });

  it('leaves unrelated sites on one point apart: five grants located only to Osh', () => {
    const osh = [
      'aiddata-40411',
      'aiddata-40429',
      'aiddata-55129',
      'aiddata-73650',
      'aiddata-73653',
    ];
    expect(new Set(osh.map((id) => markerOf(site(id)).join(','))).size).toBe(1);
    for (const id of osh) expect(placeOf(id)).toBeUndefined();
    // A protest at a mine is an event, not the mine.
    expect(placeOf('bozymchak-suspension-2020')).toBeUndefined();
  });

  it('counts 78 records as fewer places', () => {
    const places = new Set(sites.map((f) => f.properties.place ?? f.id));
    expect(sites).toHaveLength(102);
    expect(places.size).toBe(102 - 15);
  });
});

describe('build helpers', () => {
  const square = (x: number, y: number, d: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y + d],
        [x, y],
      ],
    ],
  });

  it('names COD-AB units as usually written, in three languages', () => {
    const unit = (name: string, ru: string, ky: string, level: 'rayon' | 'oblast') =>
      codAbArea({ name, name_ru: ru, name_ky: ky, level, geometry: square(75, 42, 0.1) })
        .properties;
    expect(unit('Kochokor', 'Кочкорский', 'Кочкор', 'rayon')).toEqual({
      id: 'district-kochkor',
      kind: 'district',
      name: 'Kochkor district',
      name_ru: 'Кочкорский район',
      name_ky: 'Кочкор району',
      cod_ab: 'Kochokor',
    });
    expect(unit('Bishkek (city)', 'г.Бишкек', 'Бишкек ш.', 'oblast')).toMatchObject({
      id: 'city-bishkek',
      kind: 'city',
      name: 'Bishkek',
      name_ru: 'г. Бишкек',
    });
    expect(unit('Issyk-Kul', 'Иссык-Кульская', 'Ысык-Көл', 'oblast')).toMatchObject({
      id: 'region-issyk-kul',
      name: 'Issyk-Kul region',
      name_ru: 'Иссык-Кульская область',
    });
  });

  it('markerInside: inside, away from the edge and from settlements', () => {
    const shape = square(75, 42, 0.4);
    const centre: LonLat = [75.2, 42.2];
    // A 33 × 44 km box: no settlement, so as far from every edge as the box allows (16.5 km).
    const plain = markerInside(shape, []);
    const edges = { type: 'LineString' as const, coordinates: shape.coordinates[0]! };
    expect(distanceToGeometry(edges, plain).distanceKm).toBeGreaterThan(15.5);
    // A settlement at the centre pushes it away.
    const avoided = markerInside(shape, [centre]);
    expect(pointInPolygon(shape, avoided)).toBe(true);
    expect(geodesicDistanceKm(avoided, centre)).toBeGreaterThan(5);
    expect(distanceToGeometry(edges, avoided).distanceKm).toBeGreaterThan(5);
    expect(distanceToGeometry(shape, avoided).distanceKm).toBe(0);
  });

  it('groupPlaces: curated groups, identical AidData geometry, never city boundaries', () => {
    const g = square(74, 41, 0.01);
    const input = (id: string, aiddataId: number | null, over: Partial<PlaceInput> = {}) => ({
      id,
      aiddataId,
      precision: 'exact' as const,
      point: [74, 41] as [number, number],
      geometry: g,
      cityBoundary: false,
      ...over,
    });
    const town = { precision: 'town' as const, point: [73, 42] as [number, number] };
    const { places, problems } = groupPlaces(
      [
        input('aiddata-2', 2),
        input('aiddata-1', 1),
        input('mine', null, town),
        input('aiddata-9', 9, { cityBoundary: true }),
        input('aiddata-8', 8, { cityBoundary: true }),
        input('lone', null),
      ],
      { mine: { records: ['mine', 'aiddata-2'], why: 'the mine and its loan' } },
    );
    expect(problems).toEqual([]);
    expect(places).toEqual([
      { id: 'mine', records: ['mine', 'aiddata-2', 'aiddata-1'], marker: [74, 41] },
    ]);
    const bad = groupPlaces([input('a', null)], {
      x: { records: ['a', 'b'], why: 'w' },
    }).problems;
    expect(bad).toContain(`${PLACES_FILE}: x: records: must include the place's own id "x"`);
    expect(bad).toContain(`${PLACES_FILE}: x: records: unknown site "b"`);
  });

  it('an approximate record spread over more than a town is classed region', () => {
    const coded = { precision: 'approximate' as const, note: 'Approximate.' };
    expect(widelySpread(coded, WIDE_SPREAD_KM).precision).toBe('approximate');
    const wide = widelySpread(coded, 301);
    expect(wide.precision).toBe('region');
    expect(wide.note).toContain('301 km');
    expect(site('aiddata-70886').properties.precision).toBe('region');
  });
});
