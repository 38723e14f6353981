import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/instance';
import { applyUrlState, startUrlSync } from './lib/state/urlSync.svelte';
import { watchRingShapes } from './lib/state/proximity.svelte';
import { watchRoads } from './lib/state/roads.svelte';
import { noncommercialAssetUrls } from './lib/map/assets';
import { parseUrl } from './lib/state/url';
import { fetchDataset } from './lib/data/fetchDataset';
import {
  isLanguage,
  preferredLanguage,
  rememberedLanguage,
  setLanguage,
} from './lib/i18n/i18n.svelte';
import { loadImported } from './lib/import/storage';
import { callWorker } from './lib/workers/client';
import { offline } from './lib/offline/serviceWorker.svelte';
import './app.css';

// The link is read once. Language: the link's, else the one this browser remembers, else the
// browser's own preference.
const link = parseUrl(location.search);
const remembered = rememberedLanguage();
await setLanguage(
  link.state.lang ?? (isLanguage(remembered) ? remembered : preferredLanguage(navigator.languages)),
);
applyUrlState(app, link, { focus: true });
startUrlSync(app);
watchRingShapes(
  app.proximity,
  (geometry, radiiKm) => callWorker('buffer', { geometry, radiiKm }),
  (message) => app.notices.notify('rings.error', { message }),
);
// Distances by road follow the nearest communities and the ruler (builds with the roads).
const noncommercial = noncommercialAssetUrls();
if (noncommercial) {
  const graph = noncommercial.graph;
  watchRoads(app.proximity, app.ruler, (request) =>
    callWorker('roads', { url: graph, ...request }),
  );
}
mount(App, { target: document.getElementById('app')! });

// The user's own layer, kept in this browser from an earlier visit.
void loadImported().then(
  (layer) => layer && app.userLayer.restore(layer),
  () => undefined, // no storage (private mode): nothing to restore
);

fetchDataset().then(
  (data) => {
    app.setData(data);
    // Offline after the first visit: the service worker starts once the map has its data, so
    // precaching never competes with the first load.
    whenMarked('data-idle', () => void offline.start());
  },
  (e: unknown) => {
    app.notices.notify('data.error', { message: (e as Error).message });
    console.warn(e);
  },
);

/** Calls `then` once the performance mark `name` exists (the map sets `data-idle`). */
function whenMarked(name: string, then: () => void): void {
  if (performance.getEntriesByName(name).length) return then();
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName(name).length) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'mark' });
}
