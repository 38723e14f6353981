import projects from '../../../geodata/projects.geojson?url';
import crossings from '../../../geodata/crossings.geojson?url';
import protests from '../../../geodata/protests.geojson?url';
import mines from '../../../geodata/mines.geojson?url';
import communities from '../../../geodata/communities.geojson?url';
import sources from '../../../geodata/sources.json?url';
import areas from '../../../geodata/areas.geojson?url';
import type { Dataset, RawDataset } from './load';
import { callWorker } from '../workers/client';

/** Where the bundled data files are served (hashed by Vite, same origin). */
const URLS: Record<keyof RawDataset, string> = {
  projects,
  crossings,
  protests,
  mines,
  communities,
  sources,
  areas,
};

/**
 * Fetches every shipped data file and validates it with the same loader the tests use, in the
 * atlas worker so the page stays responsive. Rejects with every problem listed.
 */
export function fetchDataset(): Promise<Dataset> {
  const absolute = Object.fromEntries(
    Object.entries(URLS).map(([k, v]) => [k, new URL(v, document.baseURI).href]),
  ) as Record<keyof RawDataset, string>;
  return callWorker('load', { urls: absolute });
}
