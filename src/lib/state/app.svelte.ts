/**
 * The root of the state: one instance of each slice, and the few things that join slices (every
 * feature by id, loading the data, the regions). Each slice is written only through its own
 * actions; components read slices and call actions. The URL is mirrored in `urlSync.svelte.ts`.
 */
import { LAYERS } from '../data/constants';
import type { Dataset } from '../data/load';
import { BasemapLayersState } from './basemapLayers.svelte';
import { DataState, type LocateRegions } from './data.svelte';
import { NarrowingState } from './narrowing.svelte';
import { NoticesState } from './notices.svelte';
import { ProximityState } from './proximity.svelte';
import { RulerState } from './ruler.svelte';
import { SearchState } from './search.svelte';
import { SelectionState } from './selection.svelte';
import { UserLayerState, type UserLayerServices } from './userLayer.svelte';
import { ViewState } from './view.svelte';
import type { AnyFeature } from './features';

/** What the state needs from outside (workers, storage): real ones in the app, fakes in tests. */
export interface AppServices extends UserLayerServices {
  locateRegions: LocateRegions;
}

export class AppState {
  readonly notices = new NoticesState();
  readonly view = new ViewState();
  readonly ruler = new RulerState();
  /** Whether the relief and the roads are shown (in builds that include them). */
  readonly basemap = new BasemapLayersState();
  readonly data: DataState;
  readonly narrowing: NarrowingState;
  readonly selection: SelectionState;
  readonly proximity: ProximityState;
  readonly userLayer: UserLayerState;
  readonly search: SearchState;

  #regions: Promise<void> | null = null;

  constructor(services: AppServices) {
    this.data = new DataState(services.locateRegions);
    this.narrowing = new NarrowingState(this.data, this.notices);
    this.selection = new SelectionState((id) => this.byId.get(id));
    this.proximity = new ProximityState(this.data, this.selection);
    this.userLayer = new UserLayerState(services, this.notices);
    this.search = new SearchState(() => this.byId.values());
  }

  /** Every feature by id: the shipped layers, then the user's own. */
  readonly byId = $derived.by(() => {
    const data = this.data.dataset;
    const features: AnyFeature[] = data
      ? LAYERS.flatMap((l) => data[l].features as AnyFeature[])
      : [];
    for (const f of this.userLayer.features) features.push(f); // no spread: 300,000 arguments overflow the stack
    // Rebuilt whenever the data changes and never mutated, so a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map(features.map((f) => [f.id, f]));
  });

  /** The data is loaded: link filters no site has are dropped, regions worked out if needed. */
  setData(dataset: Dataset): void {
    this.data.loaded(dataset);
    this.narrowing.dropUnknown();
    this.clampYears();
    // A link that filters by region needs the sites placed in their oblasts.
    if (this.narrowing.filters.region.length) void this.ensureRegions();
  }

  /** A link's year range outside the data's years is brought inside them, with a notice. */
  clampYears(): void {
    const asked = this.narrowing.years;
    const spans = [...this.data.siteYears.values()].filter((y) => y !== null);
    if (!asked || !spans.length) return;
    const first = Math.min(...spans.map((y) => y[0]));
    const last = Math.max(...spans.map((y) => y[1]));
    const clamp = (y: number) => Math.min(last, Math.max(first, y));
    const shown: [number, number] = [clamp(asked[0]), clamp(asked[1])];
    if (shown[0] === asked[0] && shown[1] === asked[1]) return;
    this.narrowing.setYears(shown);
    this.notices.notify('url.yearsClamped', {
      asked: `${asked[0]}–${asked[1]}`,
      data: `${first}–${last}`,
      shown: `${shown[0]}–${shown[1]}`,
    });
  }

  /**
   * Places the sites in their oblasts the first time the region filter or an export needs it.
   * Resolves when known, or when that failed (with a notice); never rejects.
   */
  ensureRegions(): Promise<void> {
    if (!this.data.dataset) return Promise.resolve();
    this.#regions ??= this.data.ensureRegions().then(
      () => this.narrowing.dropUnknown(),
      (e: unknown) =>
        this.notices.notify('filters.regionsFailed', { message: (e as Error).message }),
    );
    return this.#regions;
  }

  /** Removes the user's layer (and the selection, if it was one of its features). */
  removeUserLayer(): void {
    if (this.selection.feature?.properties.layer === 'imported') this.selection.select(null);
    this.userLayer.remove();
  }
}
