import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../shared/vocabulary';
import type { RoadAnswer } from '../geo/roadRouter';
import {
  nearestPoints,
  ringMembers,
  type NearbyPoint,
  type ProximitySite,
  type RingMembers,
} from '../geo/proximity';
import { isLargeShape } from '../geo/shapeIndex';
import type { DataState } from './data.svelte';
import type { SelectionState } from './selection.svelte';
import { proximityOf } from './features';
import { afterPaint } from '../shared/afterPaint';

/** Radius rings drawn around a selected site unless the user chose others, kilometres. */
export const DEFAULT_RINGS: readonly number[] = [5, 10, 25];

/** A ring buffered around a line or area (null where the buffer came out empty). */
export type RingShape = Feature<Polygon | MultiPolygon> | null;

/** How the nearest communities are ordered: by straight-line distance or by road. */
export type NearestOrder = 'straight' | 'road';

/**
 * Orders rows by their distance by road: those with a road first, nearest first; then those with
 * none, by straight-line distance.
 */
export function byRoad<T extends { distanceKm: number; road: RoadAnswer | null }>(
  a: T,
  b: T,
): number {
  const ka = a.road?.reachable ? a.road.totalKm : Infinity;
  const kb = b.road?.reachable ? b.road.totalKm : Infinity;
  return ka - kb || a.distanceKm - b.distanceKm;
}

/** Proximity around the selected feature: nearest communities, rings and who is inside them. */
export class ProximityState {
  /** Radius rings around the selected site, kilometres; null: DEFAULT_RINGS. */
  customRings = $state.raw<number[] | null>(null);
  /** A large shape's nearest communities and ring members, measured by a worker (`key`). */
  measured = $state.raw<{ key: string; nearest: NearbyPoint[]; rings: RingMembers[] } | null>(null);
  /** How many nearest communities are listed. */
  nearestLimit = $state(10);
  /** Rings buffered around a line or area site (by the worker), for the site and radii in `key`. */
  shapes = $state.raw<{ key: string; rings: RingShape[] } | null>(null);
  /** Distances by road to the listed communities (by the worker), for the request in `key`. */
  roads = $state.raw<{ key: string; answers: RoadAnswer[] } | null>(null);
  /** Why the distances by road could not be found, for the request in `key`. */
  roadError = $state.raw<{ key: string; message: string } | null>(null);
  /** How the nearest communities are ordered. */
  order = $state<NearestOrder>('straight');
  /** The listed community whose route by road is drawn on the map (null: none). */
  routeTo = $state<string | null>(null);
  /** That route (by the worker), for the request in `key`. */
  route = $state.raw<{ key: string; answer: RoadAnswer } | null>(null);

  readonly #data: DataState;
  readonly #selection: SelectionState;

  constructor(data: DataState, selection: SelectionState) {
    this.#data = data;
    this.#selection = selection;
  }

  readonly rings = $derived(this.customRings ?? DEFAULT_RINGS);

  /** The selected feature as proximity sees it (its geometry and location uncertainty). */
  readonly subject = $derived.by(() => {
    const f = this.#selection.feature;
    return f ? proximityOf(f, this.#data.areaShapes) : null;
  });

  /**
   * Whether the selected feature is a large shape (thousands of points or vertices, e.g. a user's
   * 2,000 wells): its nearest communities and rings are measured by a worker, never on the page.
   */
  readonly large = $derived(this.subject ? isLargeShape(this.subject.geometry) : false);

  /** What the worker must measure for a large shape (null for any other feature). */
  readonly measureRequest = $derived.by((): MeasureRequest | null => {
    const site = this.subject;
    const index = this.#data.communityIndex;
    if (!this.large || !site || !index) return null;
    // One flat array (lon, lat, lon, lat…): copied to the worker as one block, not 2,454 arrays.
    const points = new Float64Array(index.points.length * 2);
    index.points.forEach(([lon, lat], i) => points.set([lon, lat], i * 2));
    return {
      key: `${site.id}|${this.nearestLimit}|${this.rings.join(',')}`,
      site, // plain data: its geometry, uncertainty and the area it may be in
      points,
      limit: this.nearestLimit,
      radiiKm: [...this.rings],
    };
  });

  /** Whether a large shape's nearest communities and rings are being worked out. */
  readonly computing = $derived(
    this.measureRequest !== null && this.measured?.key !== this.measureRequest.key,
  );

  /**
   * The selected feature as proximity sees it; a large shape only once the worker has answered
   * for it (so the panel never says "no communities" while they are being worked out).
   */
  readonly site = $derived(
    this.large && !this.measured?.key.startsWith(`${this.subject?.id}|`) ? null : this.subject,
  );

  /** Which site and radii the rings on the map must show. */
  readonly key = $derived(this.site ? `${this.site.id}|${this.rings.join(',')}` : '');

  /** The communities nearest to the selected feature (itself excluded if it is one). */
  readonly nearest = $derived.by(() => {
    const site = this.site;
    const index = this.#data.communityIndex;
    const communities = this.#data.dataset?.communities.features;
    if (!site || !index || !communities) return [];
    if (this.large) {
      const nearest = this.measured?.nearest ?? [];
      return nearest.map((n) => ({ ...n, community: communities[n.index]! }));
    }
    const self = communities.findIndex((f) => f.id === site.id);
    return nearestPoints(site, index, {
      limit: this.nearestLimit,
      ...(self >= 0 ? { excludeIndex: self } : {}),
    }).map((n) => ({ ...n, community: communities[n.index]! }));
  });

  /**
   * The distances by road the list needs: from the site's point nearest each listed community (its
   * point, or the nearest point of its line or area) to the community; null when nothing is listed.
   */
  readonly roadRequest = $derived.by(() => {
    const site = this.site;
    if (!site || !this.nearest.length) return null;
    return {
      key: `${site.id}|${this.nearest.map((n) => n.community.id).join(',')}`,
      pairs: this.nearest.map((n) => ({
        from: n.from,
        to: n.community.geometry.coordinates as LonLat,
      })),
    };
  });

  /** The answers by road for the current list, once the worker has them. */
  readonly roadAnswers = $derived(
    this.roadRequest && this.roads?.key === this.roadRequest.key ? this.roads.answers : null,
  );

  /** Why the distances by road failed for the current list (null: no failure). */
  readonly roadFailure = $derived(
    this.roadError && this.roadError.key === this.roadRequest?.key ? this.roadError.message : null,
  );

  /** Whether distances by road are being computed for the current list. */
  readonly roadComputing = $derived(
    this.roadRequest !== null && this.roadAnswers === null && this.roadFailure === null,
  );

  /** The nearest communities with their distance by road (null until known), in the chosen order. */
  readonly rows = $derived.by(() => {
    const answers = this.roadAnswers;
    const rows = this.nearest.map((n, i) => ({ ...n, road: answers?.[i] ?? null }));
    return this.order === 'road' && answers ? [...rows].sort(byRoad) : rows;
  });

  /** The route by road to draw (to `routeTo`, while it is listed), with its line; or null. */
  readonly routeRequest = $derived.by(() => {
    const site = this.site;
    const n = this.nearest.find((x) => x.community.id === this.routeTo);
    if (!site || !n) return null;
    return {
      key: `${site.id}|${n.community.id}`,
      pair: { from: n.from, to: n.community.geometry.coordinates as LonLat },
    };
  });

  /** The drawn route, once the worker has it. */
  readonly shownRoute = $derived.by(() => {
    const request = this.routeRequest;
    if (!request || this.route?.key !== request.key) return null;
    return { ...request.pair, answer: this.route.answer };
  });

  /** Communities inside each radius ring around the selected feature. */
  readonly ringResults = $derived.by(() => {
    const site = this.site;
    const index = this.#data.communityIndex;
    if (!site || !index) return [];
    if (this.large) return this.measured?.rings ?? [];
    return ringMembers(site, index, this.rings);
  });

  /** The buffered rings of the current site and radii, once the worker has them. */
  readonly currentShapes = $derived(this.shapes?.key === this.key ? this.shapes.rings : null);

  /** Keeps a worker's measurement of a large shape, if it is still the one asked for. */
  measuredReady(key: string, nearest: NearbyPoint[], rings: RingMembers[]): void {
    if (key === this.measureRequest?.key) this.measured = { key, nearest, rings };
  }

  /** Sets the ring radii (null: back to the defaults). */
  setRings(kms: readonly number[] | null): void {
    this.customRings = kms ? [...kms] : null;
  }

  /** Lists more (or fewer) nearest communities. */
  setNearestLimit(n: number): void {
    this.nearestLimit = n;
  }

  /** Orders the nearest communities by straight-line distance or by road. */
  setOrder(order: NearestOrder): void {
    this.order = order;
  }

  /** Draws the route by road to a listed community on the map (null, or the same one again: none). */
  showRoute(communityId: string | null): void {
    this.routeTo = communityId === this.routeTo ? null : communityId;
  }

  /** Keeps the route to draw, if it is still the one asked for. */
  routeReady(key: string, answer: RoadAnswer): void {
    if (key === this.routeRequest?.key) this.route = { key, answer };
  }

  /** Keeps distances by road, if they are still for the current list. */
  roadsReady(key: string, answers: RoadAnswer[]): void {
    if (key === this.roadRequest?.key) this.roads = { key, answers };
  }

  /** Keeps why the distances by road failed, if it was for the current list. */
  roadsFailed(key: string, message: string): void {
    if (key === this.roadRequest?.key) this.roadError = { key, message };
  }

  /** Keeps buffered rings, if they are still for the current site and radii. */
  shapesReady(key: string, rings: RingShape[]): void {
    if (key === this.key) this.shapes = { key, rings };
  }
}

/** What a worker measures for a large shape: the nearest `limit` points and ring members. */
export interface MeasureRequest {
  key: string;
  site: ProximitySite;
  /** The communities' positions, flat: lon, lat, lon, lat… */
  points: Float64Array;
  limit: number;
  radiiKm: number[];
}

/** Measures a large shape off the page (the import worker, in the app). */
export type MeasureShape = (
  request: Omit<MeasureRequest, 'key'>,
) => Promise<{ nearest: NearbyPoint[]; rings: RingMembers[] }>;

/** The app's MeasureShape: the import worker, loaded on first use. */
export const measureInWorker: MeasureShape = (request) =>
  import('../workers/client').then(({ callWorker }) => callWorker('proximity', request));

/** Buffers a line or area by each radius (the geometry worker, in the app). */
export type BufferRings = (geometry: Geometry, radiiKm: number[]) => Promise<RingShape[]>;

/**
 * Keeps the buffered rings of a line or area site up to date whenever the selection or the radii
 * change (points need none: their rings are circles). It also has a large shape's nearest communities and rings measured by `measure` (a worker), so a click never waits for them. Returns a function that stops it.
 */
export function watchRingShapes(
  proximity: ProximityState,
  buffer: BufferRings,
  onError: (message: string) => void,
  measure: MeasureShape = measureInWorker,
): () => void {
  return $effect.root(() => {
    $effect(() => {
      const request = proximity.measureRequest;
      if (!request) return;
      const { key, ...rest } = request; // plain data (no state proxies): the worker copies it
      void measure(rest).then(
        (r) => proximity.measuredReady(key, r.nearest, r.rings),
        (e: unknown) => onError((e as Error).message),
      );
    });
    $effect(() => {
      const site = proximity.site;
      const key = proximity.key;
      const radiiKm = [...proximity.rings];
      if (!site || site.geometry.type === 'Point') return;
      // Asked once the panel is on screen: copying a long line to the worker can wait a frame.
      return afterPaint(() => {
        const geometry = $state.snapshot(site.geometry) as Geometry;
        void buffer(geometry, radiiKm).then(
          (rings) => proximity.shapesReady(key, rings),
          (e: unknown) => onError((e as Error).message),
        );
      });
    });
  });
}
