/**
 * The synthetic connectors the road network needs, each with its reason (shown wherever a route
 * uses it). Found with `npx tsx scripts/roads/build.ts`, which prints the pieces the 2 km snapping
 * leaves apart and the countries each gap crosses; checked by the build (each end must lie within
 * 1 km of a road end) and by test/unit/geo/roads.test.ts. A connector is a straight geodesic line:
 * its length is shorter than any real road across the gap.
 */
import type { Connector } from '../../src/lib/geo/roadNetwork';

export const CONNECTORS: readonly Connector[] = [
  {
    from: [72.334, 41.045],
    to: [72.36, 41.051],
    reason:
      'Tash-Kumyr gap: the 2003 data cuts the Tash-Kumyr – Jalal-Abad road where it crossed Uzbek territory; a 2.3 km straight connector joins the two ends',
  },
  // Batken region: the roads between Osh region and Isfana (the corridor of AidData #40195,
  // Osh–Batken–Isfana) are in pieces in the 2003 data, several cut where they crossed Uzbek or
  // Tajik territory (the countries each gap crosses are from Natural Earth's boundaries).
  {
    from: [72.094, 40.0],
    to: [71.986, 40.037],
    reason:
      'Batken region: a 10 km gap between two pieces of the 2003 road data, joined by a straight connector',
  },
  {
    from: [71.731, 40.149],
    to: [71.683, 40.195],
    reason:
      'Batken region: a 6.5 km gap in the 2003 road data, partly across Uzbek territory, joined by a straight connector',
  },
  {
    from: [71.612, 40.223],
    to: [71.514, 40.236],
    reason:
      'Batken region: an 8.5 km gap in the 2003 road data, partly across Uzbek territory, joined by a straight connector',
  },
  {
    from: [71.514, 40.236],
    to: [71.468, 40.243],
    reason:
      'Batken region: a 4 km gap in the 2003 road data, across Uzbek territory, joined by a straight connector',
  },
  {
    from: [71.429, 40.282],
    to: [71.398, 40.301],
    reason:
      'Batken region: a 3.4 km gap in the 2003 road data, across Uzbek territory, joined by a straight connector',
  },
  {
    from: [70.988, 40.202],
    to: [70.914, 40.163],
    reason:
      'Batken region: a 7.7 km gap between two pieces of the 2003 road data, joined by a straight connector',
  },
  {
    from: [70.698, 39.98],
    to: [70.571, 39.99],
    reason:
      'Batken region: an 11 km gap in the 2003 road data, partly across Tajik territory, joined by a straight connector',
  },
  {
    from: [70.566, 39.998],
    to: [70.542, 40.0],
    reason:
      'Batken region: a 2.1 km gap in the 2003 road data, across Tajik territory, joined by a straight connector',
  },
];
