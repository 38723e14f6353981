/** Unit tests of the pure helpers used by scripts/build-data.ts. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../scripts/lib/slug.ts';
import { communityIds, type RawCommunity } from '../../../scripts/lib/communities.ts';
import { aiddataDate, aiddataSourceKey, linkedIds } from '../../../scripts/lib/aiddata.ts';
import { outlines, round, roundGeometry, roundUpKm } from '../../../scripts/lib/geometry.ts';

const place = (
  name: string,
  rayon: string,
  wof_id: number,
  geonames_id?: number,
): RawCommunity => ({
  name,
  rayon,
  oblast: 'Naryn',
  wof_id,
  ...(geonames_id ? { geonames_id } : {}),
});

describe('slugify', () => {
  it('makes kebab-case ids from Latin names', () => {
    expect(slugify('Kara-Balta')).toBe('kara-balta');
    expect(slugify('Naryn (city)')).toBe('naryn-city');
    expect(slugify("Pyat'desyat Let Kirgizii")).toBe('pyatdesyat-let-kirgizii');
    expect(slugify('Cho`loq-Tuma')).toBe('choloq-tuma');
    expect(slugify('Кочкор')).toBe('');
  });
});

describe('communityIds', () => {
  it('pins fixed ids, keeps unique slugs and disambiguates repeats by rayon then number', () => {
    const ids = communityIds(
      [
        place('Naryn', 'Aksy', 3, 8134451),
        place('Naryn', 'Naryn (city)', 2, 1527592),
        place('Ak-Say', 'Batken', 5),
        place('Ak-Say', 'Batken', 4),
        place('Ak-Say', 'Leilek', 6),
        place('Tash', 'Kochkor', 7),
      ],
      { 1527592: 'naryn' },
    );
    expect(ids).toEqual([
      'naryn-aksy',
      'naryn',
      'ak-say-batken-2',
      'ak-say-batken',
      'ak-say-leilek',
      'tash',
    ]);
  });
});

describe('AidData helpers', () => {
  it('treats YYYY-01-01 as a year-only placeholder', () => {
    expect(aiddataDate('2013-01-01')).toBe('2013');
    expect(aiddataDate('2013-09-09')).toBe('2013-09-09');
    expect(aiddataDate(null)).toBeNull();
  });

  it('reads linked record ids from titles', () => {
    expect(linkedIds('Datka-Kemin line (Linked to Project ID#40431, #96098)')).toEqual([
      40431, 96098,
    ]);
    expect(linkedIds('Kara-Balta Oil Refinery Project')).toEqual([]);
  });

  it('gives each source URL a stable key', () => {
    expect(aiddataSourceKey('http://example.org/a')).toBe(aiddataSourceKey('http://example.org/a'));
    expect(aiddataSourceKey('http://example.org/a')).not.toBe(
      aiddataSourceKey('http://example.org/b'),
    );
    expect(aiddataSourceKey('http://example.org/a')).toMatch(/^aiddata-src-[0-9a-f]{10}$/);
  });
});

describe('geometry helpers', () => {
  it('rounds to 5 decimals and drops repeated positions', () => {
    expect(round(73.848134)).toBe(73.84813);
    const g = roundGeometry({
      type: 'LineString',
      coordinates: [
        [73.000001, 42.000001],
        [73.000002, 42.000002],
        [73.1, 42.1],
      ],
    });
    expect(g.coordinates).toEqual([
      [73, 42],
      [73.1, 42.1],
    ]);
  });

  it('turns polygon rings into lines', () => {
    const ring = [
      [73, 42],
      [73.1, 42],
      [73.1, 42.00001],
      [73, 42],
    ];
    expect(outlines({ type: 'Polygon', coordinates: [ring] })).toEqual({
      type: 'MultiLineString',
      coordinates: [ring],
    });
  });

  it('rounds radii up', () => {
    expect(roundUpKm(0)).toBe(0);
    expect(roundUpKm(0.01)).toBe(0.1);
    expect(roundUpKm(3.91)).toBe(4);
    expect(roundUpKm(87.2)).toBe(88);
  });
});
