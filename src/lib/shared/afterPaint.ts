/**
 * Runs `fn` once the browser has painted what the current task changed (the next animation frame,
 * then a task), so work that can wait (distances below the fold, the address bar, a worker's
 * request) never holds up the first answer on screen. A page that is not painting (a hidden tab)
 * runs it after `fallbackMs` instead. Returns a function that cancels it.
 */
export function afterPaint(fn: () => void, fallbackMs = 250): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => (timer = setTimeout(run)))
      : undefined;
  const fallback = setTimeout(run, frame === undefined ? 0 : fallbackMs);
  function cancel() {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
