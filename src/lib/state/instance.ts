/** The app's one state, wired to the real workers and this browser's storage. */
import { AppState } from './app.svelte';
import { callWorker } from '../workers/client';
import { locateRegions } from '../data/locateRegions';
import { forgetImported, saveImported } from '../import/storage';

export const app = new AppState({
  locateRegions,
  read: (request) => callWorker('import', request),
  save: saveImported,
  forget: forgetImported,
});
