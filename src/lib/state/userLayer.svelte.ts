import type { InputProblem } from '../shared/vocabulary';
import type { ImportedFeature, ImportOptions, ImportResult } from '../import/importFile';
import { MAX_LAYER_NAME_CHARS, shorten, tooLargeProblem } from '../import/checks';
import type { StoredLayer } from '../import/storage';
import type { NoticesState } from './notices.svelte';

/** The user's own layer, read from their file and kept in this browser. */
export type ImportedLayer = StoredLayer;

/** The file being read or last read, and what came of it. */
export interface ImportStatus {
  name: string;
  file?: Blob;
  reading?: boolean;
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

/** The user's own layer: reading their file, showing it, keeping it in this browser. */
export class UserLayerState {
  /** The layer, if the user added one. */
  layer = $state.raw<ImportedLayer | null>(null);
  /** Whether it is shown. */
  visible = $state(true);
  /** The file being read or last read, and what came of it. */
  status = $state.raw<ImportStatus | null>(null);

  readonly #services: UserLayerServices;
  readonly #notices: NoticesState;

  constructor(services: UserLayerServices, notices: NoticesState) {
    this.#services = services;
    this.#notices = notices;
  }

  /** The layer's features (none when there is no layer). */
  readonly features = $derived<readonly ImportedFeature[]>(this.layer?.features ?? []);

  /**
   * Reads a user's file. Too large a file is refused before it is read; valid features load even
   * when others are skipped; the layer is kept in this browser.
   */
  async importFile(file: Blob, fileName: string, options?: ImportOptions): Promise<void> {
    const name = shorten(fileName, MAX_LAYER_NAME_CHARS);
    const tooLarge = tooLargeProblem(file.size);
    if (tooLarge) {
      this.status = { name, problem: tooLarge };
      return;
    }
    this.status = { name, file, reading: true };
    try {
      const result = await this.#services.read({ file, name, ...(options ? { options } : {}) });
      this.status = { name, file, result };
      if (result.features.length) {
        this.layer = { name, features: result.features };
        this.visible = true;
        try {
          await this.#services.save({ name, features: result.features });
        } catch (e) {
          const { key, message } = storageProblem(e);
          this.#notices.notify(key, { message });
        }
      }
    } catch (e) {
      const detail = String((e as { message?: unknown } | null)?.message ?? e).slice(0, 200);
      this.status = { name, problem: { key: 'import.readerFailed', params: { detail } } };
    }
  }

  /**
   * A layer kept from an earlier visit, as checked on reading (ignored when the user has already
   * added one). What was left out of it is said.
   */
  restore(layer: ImportedLayer): void {
    for (const problem of layer.problems ?? []) this.#notices.notify(problem.key, problem.params);
    if (!this.layer && layer.features.length) {
      this.layer = { name: layer.name, features: layer.features };
    }
  }

  /** Shows or hides the layer. */
  setVisible(on: boolean): void {
    this.visible = on;
  }

  /** Removes the layer from the map and from this browser. */
  remove(): void {
    this.layer = null;
    this.status = null;
    void this.#services.forget();
  }
}
