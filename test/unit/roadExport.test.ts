/** The distance table's road columns: a distance by road, or empty with a note, never 0. */
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  NO_ROAD,
  tableRecord,
  type RowContext,
} from '../../src/lib/export/distanceExport';
import { distanceTableNotes } from '../../src/lib/export/distanceTableJob';
import type { TablePair } from '../../src/lib/geo/distanceTable';

const pair: TablePair = {
  site: 0,
  community: 0,
  distanceKm: 2.3456,
  minKm: 2.3456,
  maxKm: 2.3456,
  bearingDeg: 10,
  from: [75, 41],
  within: 'certain',
};
const ctx: RowContext = {
  site: { id: 's', name: 'S', layer: 'mines', precision: 'exact', uncertaintyKm: 0 },
  community: {
    id: 'c',
    name: 'C',
    name_ru: null,
    oblast: 'Naryn',
    rayon: 'At-Bashy',
    population: null,
    at: [75.02, 41.01],
  },
};

describe('road columns of the distance table', () => {
  it('are in the CSV columns, after the straight-line ones', () => {
    expect(CSV_COLUMNS.slice(-3)).toEqual(['road_km', 'road_offroad_km', 'road_note']);
  });

  it('hold the distance by road and its off-road legs, and say when connectors are used', () => {
    const r = tableRecord(pair, {
      ...ctx,
      road: {
        reachable: true,
        totalKm: 4.56789,
        roadKm: 4,
        fromOffRoadKm: 0.3,
        toOffRoadKm: 0.26789,
        syntheticKm: 1.2,
        reasons: ['gap'],
        fromJoin: [75, 41],
        toJoin: [75.02, 41.01],
        path: null,
      },
    });
    expect([r.road_km, r.road_offroad_km]).toEqual([4.568, 0.568]);
    expect(r.road_note).toMatch(/1\.2 km on connectors/);
  });

  it('are empty with “no road in the data” where there is none, and empty without the roads', () => {
    const none = tableRecord(pair, { ...ctx, road: { reachable: false, why: 'far' } });
    expect([none.road_km, none.road_offroad_km, none.road_note]).toEqual(['', '', NO_ROAD]);
    const absent = tableRecord(pair, ctx);
    expect([absent.road_km, absent.road_note]).toEqual(['', '']);
  });

  it('are explained in the notes, as roads or as missing from this copy', () => {
    const base = {
      radiusKm: 5,
      layers: ['mines'],
      narrowedTo: null,
      version: 'v',
      attribution: [],
    };
    expect(distanceTableNotes({ ...base, roads: true }).join(' ')).toMatch(/road_km, approximate/);
    expect(distanceTableNotes(base).join(' ')).toMatch(/not in this copy/);
  });
});
