import { mount } from 'svelte';
import App from './App.svelte';
import { app, mirrorToUrl, startBackgroundWork } from './lib/state/app.svelte';
import { fetchDataset } from './lib/data/fetchDataset';
import { t } from './lib/i18n/messages';
import './app.css';

app.loadFromUrl(location.search);
if (app.selectedId && !app.viewFromUrl) app.select(app.selectedId, { show: true });
mirrorToUrl(app);
startBackgroundWork(app);
mount(App, { target: document.getElementById('app')! });

fetchDataset().then(
  (data) => app.setData(data),
  (e: unknown) => {
    app.dataError = t('data.error', { message: (e as Error).message });
    app.notify(app.dataError);
    console.warn(e);
  },
);
