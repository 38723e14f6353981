import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { siteFilter } from '../../../src/lib/map/dataLayers';

const base: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const feature = (id: string, y0?: number, y1?: number) => ({
  type: 1 as const,
  id,
  properties: { id, ...(y0 !== undefined ? { y0, y1 } : {}) },
  geometry: [],
});
const keep = (filter: FilterSpecification) => {
  const f = featureFilter(filter, 'layers[0].filter');
  return ['a', 'b', 'c'].filter((id, i) =>
    f.filter({ zoom: 6 }, i === 2 ? feature(id) : feature(id, 2014 + i * 7, 2014 + i * 7)),
  );
};

describe('the site layers’ filter (years and other filters)', () => {
  it('is the layer’s own filter when nothing is chosen', () => {
    expect(siteFilter(base, null, null)).toBe(base);
    expect(keep(siteFilter(base, null, null))).toEqual(['a', 'b', 'c']);
  });

  it('keeps sites whose years overlap the range and drops undated ones', () => {
    expect(keep(siteFilter(base, [2021, 2021]))).toEqual(['b']);
    expect(keep(siteFilter(base, [2010, 2030]))).toEqual(['a', 'b']);
  });

  it('keeps only the ids the other filters pass, combined with the years', () => {
    expect(keep(siteFilter(base, null, ['a', 'c']))).toEqual(['a', 'c']);
    expect(keep(siteFilter(base, [2010, 2030], ['a', 'c']))).toEqual(['a']);
    expect(keep(siteFilter(base, null, []))).toEqual([]);
  });
});
