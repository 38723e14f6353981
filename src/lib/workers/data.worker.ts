/// <reference lib="webworker" />
// Fetching and validating the data (valibot) off the main thread, so the page stays responsive.
import { loadDataset, type RawDataset } from '../data/load';
import type { DataRequest, WorkerRequests } from './protocol';
import { serve } from './serve';
import { fetchJson } from './fetchJson';

const handlers: {
  [K in DataRequest]: (
    p: WorkerRequests[K]['request'],
  ) => Promise<WorkerRequests[K]['response']> | WorkerRequests[K]['response'];
} = {
  async load({ urls }) {
    const entries = await Promise.all(
      Object.entries(urls).map(async ([key, url]) => [key, await fetchJson(key, url)] as const),
    );
    return loadDataset(Object.fromEntries(entries) as RawDataset);
  },
};

serve(handlers);
