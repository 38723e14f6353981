// Baseline for `npm run bench`: MapLibre alone, rendering the same style and the same data as
// the atlas (fetched as plain JSON, no validation, no UI), so the ratio measures the app's cost.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource } from 'maplibre-gl';
import projects from '../../geodata/projects.geojson?url';
import crossings from '../../geodata/crossings.geojson?url';
import protests from '../../geodata/protests.geojson?url';
import mines from '../../geodata/mines.geojson?url';
import communities from '../../geodata/communities.geojson?url';
import areas from '../../geodata/areas.geojson?url';
import { buildStyle } from '../../src/lib/map/style';
import { basemapUrls, glyphsUrl, noncommercialAssetUrls } from '../../src/lib/map/assets';
import { dataSources } from '../../src/lib/map/siteSources';
import { drawIcon, drawPeak, ICON_PIXEL_RATIO, PEAK_ICON } from '../../src/lib/map/icons';
import { iconName } from '../../src/lib/map/dataLayers';
import { lightTheme } from '../../src/lib/map/theme';
import { SITE_LAYERS } from '../../src/lib/data/constants';
import type { Dataset } from '../../src/lib/data/load';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  // With the relief and roads when the app's build has them (npm run bench decides).
  style: buildStyle({
    basemapUrls: basemapUrls(),
    glyphs: glyphsUrl(),
    noncommercial: noncommercialAssetUrls(),
  }),
  center: [74.7, 41.3],
  zoom: 6.2,
});
for (const layer of SITE_LAYERS) {
  map.addImage(iconName(layer), drawIcon(layer, lightTheme.layers[layer]), {
    pixelRatio: ICON_PIXEL_RATIO,
  });
}
map.addImage(PEAK_ICON, drawPeak(lightTheme.regionLabel), { pixelRatio: ICON_PIXEL_RATIO });
const urls = { projects, crossings, protests, mines, communities, areas };
const data = Promise.all(
  Object.entries(urls).map(async ([k, u]) => [k, await (await fetch(u)).json()] as const),
).then((entries) => Object.fromEntries(entries) as unknown as Dataset);
const noncommercial = noncommercialAssetUrls();
map.once('load', async () => {
  if (noncommercial) map.getSource<GeoJSONSource>('roads')?.setData(noncommercial.roads);
  for (const [id, fc] of Object.entries(dataSources(await data))) {
    map.getSource<GeoJSONSource>(id)?.setData(fc);
  }
  map.once('idle', () => performance.mark('data-idle'));
});
