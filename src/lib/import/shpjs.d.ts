/** shpjs ships no types: the one function the importer uses. */
declare module 'shpjs' {
  /** Geometries of a .shp file's records (null for null shapes), reprojected from `prj` (WKT). */
  export function parseShp(shp: DataView, prj?: string): (import('geojson').Geometry | null)[];
}
