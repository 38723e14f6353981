import { NONCOMMERCIAL, NONCOMMERCIAL_CREDIT } from './noncommercial';

/** Credit lines of the open data every build ships. */
const OPEN_DATA: readonly string[] = [
  'Basemap: Natural Earth (public domain)',
  'Admin boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA ROMENA via HDX COD-AB (CC BY-IGO 3.0)',
  'Rivers/lakes: GSHHG/WDBII, Wessel & Smith (LGPL-3.0)',
  'Settlements: Who’s On First, GeoNames (CC BY 4.0), Quattroshapes',
  'Chinese development finance projects: AidData GeoGCDF v3 (ODC-By 1.0); OSM-derived geometries © OpenStreetMap contributors (ODbL)',
  'Population (partial): National Statistical Committee of the Kyrgyz Republic, via German Wikipedia (CC BY-SA 4.0)',
  'Fonts: Noto Sans (SIL OFL 1.1)',
];

/**
 * Credit lines the shipped data requires, shown by the map's attribution control at all times:
 * the open data, and the Global Map roads and relief when the build includes them. Keep in step
 * with geodata/LICENSES.md (a unit test checks every dataset there is credited here).
 */
export const ATTRIBUTION: readonly string[] = NONCOMMERCIAL
  ? [...OPEN_DATA, NONCOMMERCIAL_CREDIT]
  : OPEN_DATA;
