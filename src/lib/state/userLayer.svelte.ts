import type { InputProblem } from '../shared/vocabulary';
import type { ColumnChoice, ImportedFeature, ImportResult } from '../import/importFile';
import { MAX_IMPORT_BYTES } from '../import/checks';
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
  read(request: { file: Blob; name: string; columns?: ColumnChoice }): Promise<ImportResult>;
  save(layer: StoredLayer): Promise<void>;
  forget(): Promise<void>;
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
  async importFile(file: Blob, name: string, columns?: ColumnChoice): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      this.status = {
        name,
        problem: {
          key: 'import.tooLarge',
          params: { size: mb(file.size), max: mb(MAX_IMPORT_BYTES) },
        },
      };
      return;
    }
    this.status = { name, file, reading: true };
    try {
      const result = await this.#services.read({ file, name, ...(columns ? { columns } : {}) });
      this.status = { name, file, result };
      if (result.features.length) {
        this.layer = { name, features: result.features };
        this.visible = true;
        try {
          await this.#services.save({ name, features: result.features });
        } catch (e) {
          this.#notices.notify('import.storageFailed', { message: (e as Error).message });
        }
      }
    } catch (e) {
      this.status = {
        name,
        problem: { key: 'import.invalid', params: { detail: (e as Error).message } },
      };
    }
  }

  /** A layer kept from an earlier visit (ignored when the user has already added one). */
  restore(layer: ImportedLayer): void {
    if (!this.layer) this.layer = layer;
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
