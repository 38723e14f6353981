// Baseline for `npm run bench`: MapLibre alone, rendering the same style and data as the atlas,
// with no app around it.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { buildStyle } from '../../src/lib/map/style';
import { basemapUrls, glyphsUrl } from '../../src/lib/map/assets';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: buildStyle({ basemapUrls: basemapUrls(), glyphs: glyphsUrl() }),
  center: [74.7, 41.3],
  zoom: 6.2,
});
map.once('idle', () => performance.mark('map-idle'));
