/**
 * The service worker, from the app's side: registered once the data is drawn (so precaching never
 * competes with the first load), it reports when the atlas works offline and when a newer version
 * is waiting. A new version is never swapped in by itself: the user chooses when to reload.
 * Workbox's window code loads only then, keeping it out of the JavaScript read at start.
 */
class OfflineState {
  /** A newer version of the atlas is installed and waiting. */
  updateWaiting = $state(false);
  /** The atlas has just been saved for offline use (shown once). */
  offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  /** Registers the service worker (no-op where the browser has none; in dev there is none). */
  async start(): Promise<void> {
    if (this.#update || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.updateWaiting = true),
      onOfflineReady: () => (this.offlineReady = true),
    });
  }

  /** Activates the waiting version and reloads the page (the link keeps the view). */
  reload(): void {
    void this.#update?.(true);
  }

  /** Hides the messages (a waiting version then starts on the next visit). */
  dismiss(): void {
    this.updateWaiting = false;
    this.offlineReady = false;
  }
}

export const offline = new OfflineState();
