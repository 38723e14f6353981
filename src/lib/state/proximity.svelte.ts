import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { nearestPoints, ringMembers } from '../geo/proximity';
import type { DataState } from './data.svelte';
import type { SelectionState } from './selection.svelte';
import { proximityOf } from './features';

/** Radius rings drawn around a selected site unless the user chose others, kilometres. */
export const DEFAULT_RINGS: readonly number[] = [5, 10, 25];

/** A ring buffered around a line or area (null where the buffer came out empty). */
export type RingShape = Feature<Polygon | MultiPolygon> | null;

/** Proximity around the selected feature: nearest communities, rings and who is inside them. */
export class ProximityState {
  /** Radius rings around the selected site, kilometres; null: DEFAULT_RINGS. */
  customRings = $state.raw<number[] | null>(null);
  /** How many nearest communities are listed. */
  nearestLimit = $state(10);
  /** Rings buffered around a line or area site (by the worker), for the site and radii in `key`. */
  shapes = $state.raw<{ key: string; rings: RingShape[] } | null>(null);

  readonly #data: DataState;
  readonly #selection: SelectionState;

  constructor(data: DataState, selection: SelectionState) {
    this.#data = data;
    this.#selection = selection;
  }

  readonly rings = $derived(this.customRings ?? DEFAULT_RINGS);

  /** The selected feature as proximity sees it (its geometry and location uncertainty). */
  readonly site = $derived.by(() => {
    const f = this.#selection.feature;
    return f ? proximityOf(f) : null;
  });

  /** Which site and radii the rings on the map must show. */
  readonly key = $derived(this.site ? `${this.site.id}|${this.rings.join(',')}` : '');

  /** The communities nearest to the selected feature (itself excluded if it is one). */
  readonly nearest = $derived.by(() => {
    const site = this.site;
    const index = this.#data.communityIndex;
    const communities = this.#data.dataset?.communities.features;
    if (!site || !index || !communities) return [];
    const self = communities.findIndex((f) => f.id === site.id);
    return nearestPoints(site, index, {
      limit: this.nearestLimit,
      ...(self >= 0 ? { excludeIndex: self } : {}),
    }).map((n) => ({ ...n, community: communities[n.index]! }));
  });

  /** Communities inside each radius ring around the selected feature. */
  readonly ringResults = $derived.by(() => {
    const site = this.site;
    const index = this.#data.communityIndex;
    if (!site || !index) return [];
    return ringMembers(site, index, this.rings);
  });

  /** The buffered rings of the current site and radii, once the worker has them. */
  readonly currentShapes = $derived(this.shapes?.key === this.key ? this.shapes.rings : null);

  /** Sets the ring radii (null: back to the defaults). */
  setRings(kms: readonly number[] | null): void {
    this.customRings = kms ? [...kms] : null;
  }

  /** Lists more (or fewer) nearest communities. */
  setNearestLimit(n: number): void {
    this.nearestLimit = n;
  }

  /** Keeps buffered rings, if they are still for the current site and radii. */
  shapesReady(key: string, rings: RingShape[]): void {
    if (key === this.key) this.shapes = { key, rings };
  }
}

/** Buffers a line or area by each radius (the geometry worker, in the app). */
export type BufferRings = (geometry: Geometry, radiiKm: number[]) => Promise<RingShape[]>;

/**
 * Keeps the buffered rings of a line or area site up to date whenever the selection or the radii
 * change (points need none: their rings are circles). Returns a function that stops it.
 */
export function watchRingShapes(
  proximity: ProximityState,
  buffer: BufferRings,
  onError: (message: string) => void,
): () => void {
  return $effect.root(() => {
    $effect(() => {
      const site = proximity.site;
      const key = proximity.key;
      const radiiKm = [...proximity.rings];
      if (!site || site.geometry.type === 'Point') return;
      void buffer($state.snapshot(site.geometry) as Geometry, radiiKm).then(
        (rings) => proximity.shapesReady(key, rings),
        (e: unknown) => onError((e as Error).message),
      );
    });
  });
}
