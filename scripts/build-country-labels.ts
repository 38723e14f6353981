/**
 * One label point per country (geodata/basemap/country-labels.geojson): the pole of inaccessibility
 * (polylabel) of the country's largest polygon, so a country is named once, inside its main body,
 * never on its exclaves (Uzbekistan's and Tajikistan's in Batken). Reads the shipped
 * countries.geojson; run by `npm run data:basemap`, or alone: `npx tsx scripts/build-country-labels.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';
import area from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

const BASEMAP = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'geodata', 'basemap');

/** The label point of a (multi)polygon: polylabel of its largest part, rounded to ~1 m. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => ({ rings, km2: area({ type: 'Polygon', coordinates: rings }) }))
    .sort((a, b) => b.km2 - a.km2)[0]!.rings;
  const [lon, lat] = polylabel(largest as [number, number][][], 0.01);
  return [Math.round(lon! * 1e5) / 1e5, Math.round(lat! * 1e5) / 1e5];
}

export function countryLabels(
  countries: FeatureCollection<Polygon | MultiPolygon>,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f): Feature<Point> => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const countries = JSON.parse(readFileSync(join(BASEMAP, 'countries.geojson'), 'utf8'));
  writeFileSync(
    join(BASEMAP, 'country-labels.geojson'),
    JSON.stringify(countryLabels(countries)) + '\n',
  );
  console.log('wrote geodata/basemap/country-labels.geojson');
}
