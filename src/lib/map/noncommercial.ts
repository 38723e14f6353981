/**
 * The Global Map Kyrgyz roads and relief, free for non-commercial use only, live in
 * geodata/noncommercial/ and are copied into the build unless it is made with
 * `ATLAS_OPEN_DATA_ONLY=1` (vite.config.ts). Without them the atlas draws no relief or roads and
 * measures straight lines only, and says so.
 */
import { ROAD_GRAPH_CREDIT } from '../geo/roadGraphFile';

/** Replaced at build time (and in unit tests) by vite.config.ts (`define`); unset elsewhere. */
declare const __ATLAS_NONCOMMERCIAL__: boolean | undefined;

/** Whether this build includes the non-commercial roads and relief. */
export const NONCOMMERCIAL: boolean =
  typeof __ATLAS_NONCOMMERCIAL__ !== 'undefined' && __ATLAS_NONCOMMERCIAL__ === true;

/** The credit line the roads and relief must carry wherever they are shown. */
export const NONCOMMERCIAL_CREDIT = `Roads and relief: ${ROAD_GRAPH_CREDIT}`;

/** Where the build puts the non-commercial files, relative to the app's base URL. */
export const NONCOMMERCIAL_DIR = 'geodata/noncommercial/';

export interface NoncommercialUrls {
  /** The roads for the map (GeoJSON). */
  roads: string;
  /** The routable network (geo/roadGraphFile.ts). */
  graph: string;
  /** Terrarium raster-dem tiles, {z}/{x}/{y}. */
  terrain: string;
  /** Where the relief has no data (GeoJSON). */
  terrainMask: string;
}

/** Absolute URLs of the non-commercial files at `base` (the app's own origin and path), or null. */
export function noncommercialUrls(
  base: string,
  included = NONCOMMERCIAL,
): NoncommercialUrls | null {
  if (!included) return null;
  const dir = `${base}${NONCOMMERCIAL_DIR}`;
  return {
    roads: `${dir}roads.geojson`,
    graph: `${dir}road-graph.json`,
    terrain: `${dir}terrain/{z}/{x}/{y}.png`,
    terrainMask: `${dir}terrain-mask.geojson`,
  };
}
