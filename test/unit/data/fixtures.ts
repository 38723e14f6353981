/** A tiny valid dataset for loader tests; each call returns a fresh deep copy to mutate. */
import type { RawDataset } from '../../../src/lib/data/load.ts';

const site = {
  id: 'test-pass',
  layer: 'crossings',
  name: 'Test Pass',
  alt_names: [],
  kind: 'border crossing',
  description: 'A pass.',
  operator: null,
  status: null,
  date_start: '2021-11',
  date_end: null,
  precision: 'approximate',
  precision_note: 'Test point.',
  uncertainty_km: 5,
  point: [75.4, 40.6],
  area: { kind: 'circle' },
  citations: [{ source: 'test-article', fact: 'A fact.', quote: 'A quote.' }],
  related: ['test-village'],
};

const FIXTURE = {
  sources: {
    'test-article': {
      kind: 'article',
      publisher: 'Test News',
      title: 'A test article',
      date: '2021-11-15',
      url: 'https://example.org/a',
    },
    'test-web': {
      kind: 'web',
      publisher: 'Test Web',
      title: 'A test page',
      date: null,
      url: 'http://example.org/b',
      paywalled: true,
    },
  },
  areas: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'district-test',
        properties: {
          id: 'district-test',
          kind: 'district',
          name: 'Test district',
          name_ru: null,
          name_ky: null,
          cod_ab: 'Test',
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [75.5, 42.0],
              [75.9, 42.0],
              [75.9, 42.4],
              [75.5, 42.4],
              [75.5, 42.0],
            ],
          ],
        },
      },
    ],
  },
  projects: { type: 'FeatureCollection', features: [] },
  crossings: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'test-pass',
        properties: site,
        geometry: { type: 'Point', coordinates: [75.4, 40.6] },
      },
    ],
  },
  protests: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'test-protest',
        properties: {
          ...site,
          id: 'test-protest',
          layer: 'protests',
          kind: 'protest',
          precision: 'district',
          uncertainty_km: 40,
          area: { kind: 'shape', id: 'district-test' },
          marker: [75.72, 42.18],
          citations: [{ source: 'test-web', fact: 'Another fact.' }],
          related: [],
          targets: ['test-pass'],
          size: 'about 400 drivers',
        },
        geometry: { type: 'Point', coordinates: [75.7, 42.2] },
      },
    ],
  },
  mines: { type: 'FeatureCollection', features: [] },
  communities: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'test-village',
        properties: {
          id: 'test-village',
          layer: 'communities',
          name: 'Test Village',
          name_ky: null,
          name_ru: null,
          alt_names: [],
          oblast: 'Naryn',
          rayon: 'Kochkor',
          precision: 'settlement point',
          population: null,
          geonames_id: null,
          wof_id: 1,
        },
        geometry: { type: 'Point', coordinates: [75.75, 42.21] },
      },
    ],
  },
};

/** A fresh, valid raw dataset. */
export function validRaw(): RawDataset & typeof FIXTURE {
  return structuredClone(FIXTURE);
}
