import { flushSync } from 'svelte';

/**
 * Keeps what `read` reads connected to an effect, as the app's components do: a derived value read
 * outside any effect is recomputed on every read (a new object each time), so identity checks
 * such as "is the index built for these entries" need a reader. Returns a function that stops it.
 */
export function connect(read: () => unknown): () => void {
  const stop = $effect.root(() => {
    $effect(() => void read());
  });
  flushSync();
  return stop;
}
