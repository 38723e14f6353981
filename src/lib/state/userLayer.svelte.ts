import type { FeatureCollection } from 'geojson';
import type { InputProblem } from '../shared/vocabulary';
import type {
  ImportedFeature,
  ImportOptions,
  ImportProgress,
  ImportResult,
} from '../import/importFile';
import { MAX_LAYER_NAME_CHARS, shorten, tooLargeProblem } from '../import/checks';
import type { StoredLayer } from '../import/storage';
import type { PackedLayer } from '../import/packed';
import type { NoticesState } from './notices.svelte';

/** The user's own layer, read from their file and kept in this browser. */
export interface ImportedLayer {
  name: string;
  features: ImportedFeature[];
  /** The layer's JSON as kept in this browser (read from a packed layer). */
  data?: Blob;
}

/** How far reading a file has got: the reader's stages, then unpacking and drawing on the page. */
export type LoadProgress = ImportProgress | { stage: 'drawing'; done?: number; total?: number };

/** The file being read or last read, and what came of it. */
export interface ImportStatus {
  name: string;
  file?: Blob;
  reading?: boolean;
  /** While reading: how far it has got. */
  progress?: LoadProgress;
  result?: ImportResult;
  problem?: InputProblem;
}

/** What the user layer needs from outside: reading a file (a worker) and this browser's storage. */
export interface UserLayerServices {
  read(request: { file: Blob; name: string; options?: ImportOptions }): Promise<ImportResult>;
  save(layer: StoredLayer): Promise<void>;
  forget(): Promise<void>;
}

/** Why keeping the layer failed, in words (a full disk has its own message; never empty). */
function storageProblem(e: unknown): { key: InputProblem['key']; message: string } {
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return { key: 'import.storageQuota', message: '' };
  const message = String((e as { message?: unknown } | null)?.message ?? '').trim();
  return { key: 'import.storageFailed', message: message || String(name ?? 'unknown error') };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** How long a replaced layer's blob: URL stays valid (MapLibre may still be fetching it). */
const REVOKE_AFTER_MS = 60_000;

/** What the map draws for plain features (a layer kept by an older version, or tests). */
function mapCollection(features: readonly ImportedFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: { id: f.id, name: f.properties.name },
    })),
  };
}

let channels = 0;

/** The user's own layer: reading their file, showing it, keeping it in this browser. */
export class UserLayerState {
  /** The layer, if the user added one. */
  layer = $state.raw<ImportedLayer | null>(null);
  /** Whether it is shown. */
  visible = $state(true);
  /** The file being read or last read, and what came of it. */
  status = $state.raw<ImportStatus | null>(null);
  /**
   * What the map's source is given: a blob: URL of the layer's GeoJSON, which MapLibre's own
   * worker fetches and parses (the page never serialises the features), or a small collection.
   */
  mapData = $state.raw<string | FeatureCollection>(EMPTY);
  /** Whether the map is still drawing the layer last given to it. */
  drawing = $state(false);

  readonly #services: UserLayerServices;
  readonly #notices: NoticesState;
  /** The latest reading: an earlier one that ends later is dropped. */
  #run = 0;
  #drawn: (() => void) | null = null;

  constructor(services: UserLayerServices, notices: NoticesState) {
    this.#services = services;
    this.#notices = notices;
  }

  /** The layer's features (none when there is no layer). */
  readonly features = $derived<readonly ImportedFeature[]>(this.layer?.features ?? []);

  /**
   * Reads a user's file. Too large a file is refused before it is read; valid features load even
   * when others are skipped; the map draws them while the page makes their features; the layer
   * is kept in this browser once drawn.
   */
  async importFile(file: Blob, fileName: string, options?: ImportOptions): Promise<void> {
    const name = shorten(fileName, MAX_LAYER_NAME_CHARS);
    const tooLarge = tooLargeProblem(file.size);
    if (tooLarge) {
      this.status = { name, problem: tooLarge };
      return;
    }
    const run = ++this.#run;
    const current = () => run === this.#run;
    this.status = { name, file, reading: true, progress: { stage: 'reading' } };
    const channelName = `kg-cn-atlas.import.${Date.now()}.${++channels}`;
    const channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    if (channel) {
      channel.onmessage = (e: MessageEvent<ImportProgress>) => {
        if (current() && this.status?.reading) this.status = { ...this.status, progress: e.data };
      };
    }
    try {
      const result = await this.#services.read({
        file,
        name,
        options: { ...options, ...(channel ? { progress: channelName } : {}) },
      });
      channel?.close();
      if (!current()) return;
      const packed = result.packed;
      if (packed) {
        delete result.packed; // the status keeps the result: not the bytes
        void this.#draw(packed);
        const features = await this.#unpack(packed, (done) => {
          if (current()) {
            this.status = {
              name,
              file,
              reading: true,
              progress: { stage: 'drawing', done, total: packed.count },
            };
          }
        });
        if (!current()) return;
        result.features = features;
        const data = packed.stored;
        this.status = { name, file, result };
        this.layer = { name, features, data };
        this.visible = true;
        // Kept at once (one Blob, written off the page by IndexedDB): a reload or a closed tab
        // right after "loaded" must not lose the layer. The map draws it meanwhile.
        await this.#keep({ name, features, data });
        return;
      }
      this.status = { name, file, result };
      if (result.features.length) {
        this.layer = { name, features: result.features };
        this.mapData = mapCollection(result.features);
        this.visible = true;
        await this.#keep({ name, features: result.features });
      }
    } catch (e) {
      channel?.close();
      if (!current()) return;
      const detail = String((e as { message?: unknown } | null)?.message ?? e).slice(0, 200);
      this.status = { name, problem: { key: 'import.readerFailed', params: { detail } } };
    }
  }

  /** Keeps the layer in this browser; a failure is a notice (the layer is still shown). */
  async #keep(layer: StoredLayer): Promise<void> {
    try {
      await this.#services.save(layer);
    } catch (e) {
      const { key, message } = storageProblem(e);
      this.#notices.notify(key, { message });
    }
  }

  /**
   * Gives the map a packed layer's GeoJSON as a blob: URL (a replaced one is revoked a while
   * later); resolves when the map has drawn it (see `drawn`).
   */
  #draw(packed: PackedLayer): Promise<void> {
    const previous = this.mapData;
    this.mapData = URL.createObjectURL(packed.map);
    this.drawing = true;
    this.#drawn?.();
    if (typeof previous === 'string')
      setTimeout(() => URL.revokeObjectURL(previous), REVOKE_AFTER_MS);
    return new Promise((resolve) => (this.#drawn = resolve));
  }

  /** The map has drawn `data` (called by the map view). */
  drawn(data: string | FeatureCollection): void {
    if (data !== this.mapData) return;
    this.drawing = false;
    this.#drawn?.();
    this.#drawn = null;
  }

  /** The page's features of a packed layer (made a chunk at a time; packed.ts). */
  async #unpack(packed: PackedLayer, progress: (done: number) => void): Promise<ImportedFeature[]> {
    const { unpackFeatures } = await import('../import/packed');
    return unpackFeatures(packed, progress);
  }

  /**
   * A layer kept from an earlier visit, as checked on reading (ignored when the user has already
   * added one). What was left out of it is said.
   */
  restore(layer: StoredLayer): void {
    for (const problem of layer.problems ?? []) this.#notices.notify(problem.key, problem.params);
    if (this.layer) return;
    const packed = layer.packed;
    if (packed) {
      const run = this.#run;
      void this.#draw(packed);
      void this.#unpack(packed, () => {}).then((features) => {
        if (this.layer || run !== this.#run) return;
        this.layer = { name: layer.name, features, ...(layer.data ? { data: layer.data } : {}) };
      });
      return;
    }
    if (layer.features.length) {
      this.layer = { name: layer.name, features: layer.features };
      this.mapData = mapCollection(layer.features);
    }
  }

  /** Shows or hides the layer. */
  setVisible(on: boolean): void {
    this.visible = on;
  }

  /** Removes the layer from the map and from this browser. */
  remove(): void {
    this.#run++;
    this.layer = null;
    this.status = null;
    const previous = this.mapData;
    this.mapData = EMPTY;
    this.drawing = false;
    if (typeof previous === 'string')
      setTimeout(() => URL.revokeObjectURL(previous), REVOKE_AFTER_MS);
    void this.#services.forget();
  }
}
