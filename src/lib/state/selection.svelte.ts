import type { AnyFeature } from './features';

/** A request for the map to bring a feature into view (seq makes repeats distinct). */
export interface FocusRequest {
  id: string;
  seq: number;
}

/** Which feature is selected, and the latest request to show one on the map. */
export class SelectionState {
  /** Selected site or community id (may be unknown: the panel then says so). */
  id = $state<string | null>(null);
  /** Latest request to show a feature on the map. */
  focus = $state.raw<FocusRequest | null>(null);

  readonly #lookup: (id: string) => AnyFeature | undefined;

  /** `lookup` finds a feature by id among everything loaded (shipped data and the user's layer). */
  constructor(lookup: (id: string) => AnyFeature | undefined) {
    this.#lookup = lookup;
  }

  /** The selected feature, or null (none selected, or an unknown id). */
  readonly feature = $derived.by(() => (this.id ? (this.#lookup(this.id) ?? null) : null));

  /** Selects a feature (or clears with null). `show` asks the map to bring it into view. */
  select(id: string | null, { show = false } = {}): void {
    this.id = id;
    if (id && show) this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
  }
}
