import type { LonLat } from '../shared/vocabulary';
import type { RoadAnswer } from '../geo/roadRouter';
import { summarisePath } from '../geo/measure';
import { roundCoord, type RulerMode } from './url';

export type { RulerMode };

/** What the ruler shows by road: one answer per leg, and the total while every leg has a road. */
export interface RoadMeasure {
  legs: RoadAnswer[];
  /** Sum of the legs' distances by road, km; null when a leg has no road in the data. */
  totalKm: number | null;
}

/** The ruler: points clicked on the map, and whether clicks add points. */
export class RulerState {
  /** Ruler points, rounded to ~1 m as links store them. */
  points = $state.raw<LonLat[]>([]);
  /** Whether map clicks add ruler points. */
  measuring = $state(false);
  /** Where the pointer is while measuring (the dashed preview segment ends there). */
  preview = $state.raw<LonLat | null>(null);
  /** Straight lines or by road. */
  mode = $state<RulerMode>('straight');
  /** Routes between consecutive points for the points in `key` (null until the worker answers). */
  routes = $state.raw<{ key: string; legs: RoadAnswer[] } | null>(null);
  /** Why the routes could not be found, for the points in `key`. */
  routeError = $state.raw<{ key: string; message: string } | null>(null);

  /** Segment lengths and total, kilometres. */
  readonly summary = $derived(summarisePath(this.points));
  /** Whether the ruler has something to show. */
  readonly active = $derived(this.measuring || this.points.length > 0);

  /** The legs to route by road (consecutive points), or null when not measuring by road. */
  readonly routeRequest = $derived.by(() => {
    if (this.mode !== 'road' || this.points.length < 2) return null;
    const pairs = this.points.slice(1).map((to, i) => ({ from: this.points[i]!, to }));
    return { key: this.points.map((p) => p.join(',')).join(';'), pairs };
  });

  /** The routes of the current points by road, once found (null while computing or straight). */
  readonly road = $derived.by((): RoadMeasure | null => {
    const key = this.routeRequest?.key;
    if (!key || this.routes?.key !== key) return null;
    const legs = this.routes.legs;
    const totalKm = legs.every((l) => l.reachable)
      ? legs.reduce((sum, l) => sum + (l.reachable ? l.totalKm : 0), 0)
      : null;
    return { legs, totalKm };
  });

  /** Why the current points could not be routed (null: no failure). */
  readonly routeFailure = $derived(
    this.routeError && this.routeError.key === this.routeRequest?.key
      ? this.routeError.message
      : null,
  );

  /** Whether routes by road are being computed for the current points. */
  readonly computing = $derived(
    this.routeRequest !== null &&
      this.road === null &&
      this.routeError?.key !== this.routeRequest.key,
  );

  /** Adds a point, rounded to ~1 m as links store it, so a shared link measures the same. */
  add([lon, lat]: LonLat): void {
    this.points = [...this.points, [roundCoord(lon), roundCoord(lat)]];
    // The preview starts again from the new point when the pointer moves (no "0 km" under it).
    this.preview = null;
  }

  /** Removes the last point. */
  undo(): void {
    this.points = this.points.slice(0, -1);
  }

  /** Removes every point (and the preview segment). */
  clear(): void {
    this.points = [];
    this.preview = null;
  }

  /** Turns measuring on or off (off also drops the preview segment). */
  setMeasuring(on: boolean): void {
    this.measuring = on;
    if (!on) this.preview = null;
  }

  /** Moves the end of the preview segment (null: none). */
  previewAt(p: LonLat | null): void {
    this.preview = p;
  }

  /** Points read from a link (already rounded there). */
  setPoints(points: readonly LonLat[]): void {
    this.points = [...points];
  }

  /** Measures in straight lines or by road. */
  setMode(mode: RulerMode): void {
    this.mode = mode;
  }

  /** Keeps routes the worker found, if they are still for the current points. */
  routesReady(key: string, legs: RoadAnswer[]): void {
    if (key === this.routeRequest?.key) this.routes = { key, legs };
  }

  /** Keeps why routing failed, if it was for the current points. */
  routesFailed(key: string, message: string): void {
    if (key === this.routeRequest?.key) this.routeError = { key, message };
  }
}
