import type { AnyFeature } from './features';

/** A request for the map to bring a feature into view (seq makes repeats distinct). */
export interface FocusRequest {
  id: string;
  seq: number;
}

/** Records drawn at one point, by place: each place's records, its own record first. */
export type MarkerGroup = { place: string; records: string[] }[];

/** Which feature is selected, and the latest request to show one on the map. */
export class SelectionState {
  /** Selected site or community id (may be unknown: the panel then says so). */
  id = $state<string | null>(null);
  /** Latest request to show a feature on the map. */
  focus = $state.raw<FocusRequest | null>(null);
  /** Places drawn at the point the user clicked, to choose one of (null: no chooser open). */
  choices = $state.raw<MarkerGroup | null>(null);

  readonly #lookup: (id: string) => AnyFeature | undefined;

  /** `lookup` finds a feature by id among everything loaded (shipped data and the user's layer). */
  constructor(lookup: (id: string) => AnyFeature | undefined) {
    this.#lookup = lookup;
  }

  /** The selected feature, or null (none selected, or an unknown id). */
  readonly feature = $derived.by(() => (this.id ? (this.#lookup(this.id) ?? null) : null));

  /** Selects a feature (or clears with null). `show` asks the map to bring it into view. */
  select(id: string | null, { show = false } = {}): void {
    this.choices = null;
    this.id = id;
    if (id && show) this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
  }

  /**
   * A click on a marker: one place there selects its own record (the panel lists the others);
   * several unrelated places on one point open a chooser listing each.
   */
  openMarker(group: MarkerGroup): void {
    if (group.length > 1) {
      this.id = null;
      this.choices = group;
    } else if (group[0]) this.select(group[0].records[0] ?? null);
  }

  /** Closes the chooser without choosing. */
  closeChoices(): void {
    this.choices = null;
  }
}
