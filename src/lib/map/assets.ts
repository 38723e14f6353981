import type { BasemapSourceId } from './basemap';
import { noncommercialUrls, type NoncommercialUrls } from './noncommercial';
import countries from '../../../geodata/basemap/countries.geojson?url';
import countryLabels from '../../../geodata/basemap/country-labels.geojson?url';
import boundaries from '../../../geodata/basemap/boundaries.geojson?url';
import oblasts from '../../../geodata/basemap/oblasts.geojson?url';
import oblastLabels from '../../../geodata/basemap/oblast-labels.geojson?url';
import rayons from '../../../geodata/basemap/rayons.geojson?url';
import rayonLabels from '../../../geodata/basemap/rayon-labels.geojson?url';
import lakes from '../../../geodata/basemap/lakes.geojson?url';
import lakeLabels from '../../../geodata/basemap/lake-labels.geojson?url';
import rivers from '../../../geodata/basemap/rivers.geojson?url';
import glaciers from '../../../geodata/basemap/glaciers.geojson?url';
import regions from '../../../geodata/basemap/regions.geojson?url';
import peaks from '../../../geodata/basemap/peaks.geojson?url';
import places from '../../../geodata/basemap/places.geojson?url';

/** Resolves a bundled asset path to an absolute URL (the map's worker needs absolute URLs). */
export function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Absolute URLs of the basemap files, emitted by Vite as hashed assets. */
export function basemapUrls(): Record<BasemapSourceId, string> {
  const rel: Record<BasemapSourceId, string> = {
    countries,
    'country-labels': countryLabels,
    boundaries,
    oblasts,
    'oblast-labels': oblastLabels,
    rayons,
    'rayon-labels': rayonLabels,
    lakes,
    'lake-labels': lakeLabels,
    rivers,
    glaciers,
    regions,
    peaks,
    places,
  };
  return Object.fromEntries(Object.entries(rel).map(([k, v]) => [k, absolute(v)])) as Record<
    BasemapSourceId,
    string
  >;
}

/** The glyph URL template for the fonts in public/glyphs (kept unencoded for MapLibre). */
export function glyphsUrl(): string {
  return `${location.origin}${import.meta.env.BASE_URL}glyphs/{fontstack}/{range}.pbf`;
}

/** Absolute URLs of the non-commercial roads and relief, or null in an open-data-only build. */
export function noncommercialAssetUrls(): NoncommercialUrls | null {
  return noncommercialUrls(absolute(import.meta.env.BASE_URL));
}
