import type { LonLat } from '../shared/vocabulary';
import { summarisePath } from '../geo/measure';
import { roundCoord } from './url';

/** The ruler: points clicked on the map, and whether clicks add points. */
export class RulerState {
  /** Ruler points, rounded to ~1 m as links store them. */
  points = $state.raw<LonLat[]>([]);
  /** Whether map clicks add ruler points. */
  measuring = $state(false);
  /** Where the pointer is while measuring (the dashed preview segment ends there). */
  preview = $state.raw<LonLat | null>(null);

  /** Segment lengths and total, kilometres. */
  readonly summary = $derived(summarisePath(this.points));
  /** Whether the ruler has something to show. */
  readonly active = $derived(this.measuring || this.points.length > 0);

  /** Adds a point, rounded to ~1 m as links store it, so a shared link measures the same. */
  add([lon, lat]: LonLat): void {
    this.points = [...this.points, [roundCoord(lon), roundCoord(lat)]];
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
}
