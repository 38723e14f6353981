import { mount } from 'svelte';
import App from './App.svelte';
import { app, mirrorToUrl, startBackgroundWork } from './lib/state/app.svelte';
import { fetchDataset } from './lib/data/fetchDataset';
import { isLanguage, preferredLanguage, setLanguage } from './lib/i18n/i18n.svelte';
import { parseUrl } from './lib/state/url';
import { rememberedLanguage } from './lib/state/app.svelte';
import { loadImported } from './lib/import/storage';
import './app.css';

// Language: the link's, else the one this browser remembers, else the browser's own preference.
const remembered = rememberedLanguage();
await setLanguage(
  parseUrl(location.search).state.lang ??
    (isLanguage(remembered) ? remembered : preferredLanguage(navigator.languages)),
);
app.loadFromUrl(location.search);
if (app.selectedId && !app.viewFromUrl) app.select(app.selectedId, { show: true });
mirrorToUrl(app);
startBackgroundWork(app);
mount(App, { target: document.getElementById('app')! });

// The user's own layer, kept in this browser from an earlier visit.
void loadImported().then(
  (layer) => {
    if (layer && !app.imported) app.imported = layer;
  },
  () => undefined, // no storage (private mode): nothing to restore
);

fetchDataset().then(
  (data) => app.setData(data),
  (e: unknown) => {
    app.notify('data.error', { message: (e as Error).message });
    console.warn(e);
  },
);
