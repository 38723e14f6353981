/**
 * The whole import as the worker runs it: a file (or the layer kept in this browser) read once,
 * checked in one pass, and packed for the page (packed.ts): the map's GeoJSON and the stored
 * layer as bytes, names and points as typed arrays, so the page neither unpacks one object per
 * feature nor serialises the layer for MapLibre or for storage. How far it has got is said on
 * the BroadcastChannel named in the options.
 */
import { importBytes } from './importFile';
import type { ImportOptions, ImportResult } from './model';
import { packFeatures } from './packed';
import { onProgress, report } from './progress';
import { readStored } from './storedCheck';

export async function readForPage(
  file: Blob,
  name: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const channel =
    options.progress && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel(options.progress)
      : null;
  onProgress(channel ? (progress) => channel.postMessage(progress) : null);
  try {
    report({ stage: 'reading' }, true);
    let layerName = name;
    let result: ImportResult;
    if (options.stored) {
      const stored = await readStored(file);
      layerName = stored.name;
      result = stored.result;
    } else {
      result = await importBytes(name, new Uint8Array(await file.arrayBuffer()), options);
    }
    const total = result.features.length;
    if (!total) return result;
    report({ stage: 'packing', done: 0, total }, true);
    result.packed = packFeatures(layerName, result.features, (done) =>
      report({ stage: 'packing', done, total }),
    );
    result.features = [];
    return result;
  } finally {
    onProgress(null);
    channel?.close();
  }
}
