/**
 * How far a reading has got, told by the readers (GeoJSON's features, CSV's rows) to whoever
 * listens: the import worker passes it on to the page; elsewhere (tests) nobody listens.
 */
import type { ImportProgress } from './model';

let listener: ((progress: ImportProgress) => void) | null = null;
let last = 0;

/** Listens to the readers' progress (null: stop). */
export function onProgress(fn: ((progress: ImportProgress) => void) | null): void {
  listener = fn;
  last = 0;
}

/** Tells the listener how far reading has got, at most every 100 ms unless `now`. */
export function report(progress: ImportProgress, now = false): void {
  if (!listener) return;
  const time = Date.now();
  if (!now && time - last < 100) return;
  last = time;
  listener(progress);
}
