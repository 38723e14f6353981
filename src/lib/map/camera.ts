/** Camera padding as pure functions of the window, so a focused site is never under a panel. */

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The widest the details panel draws (SidePanel.svelte: `width: 25rem; max-width: 40vw`), px. */
export function panelWidth(windowWidth: number, remPx = 16): number {
  return Math.min(25 * remPx, 0.4 * windowWidth);
}

/** The width (px) at or below which the layout is a phone's (App.svelte's media queries). */
export const PHONE_MAX_WIDTH = 700;

/**
 * Padding for fitting a site into view: on a phone the details sheet covers the lower 40 % of the
 * map; on a desktop the details panel lies over the map's right edge.
 */
export function focusPadding(windowWidth: number, windowHeight: number, remPx = 16): Padding {
  if (windowWidth <= PHONE_MAX_WIDTH) {
    return { top: 30, left: 30, right: 30, bottom: Math.round(windowHeight * 0.4) + 10 };
  }
  return { top: 80, left: 80, bottom: 80, right: Math.round(panelWidth(windowWidth, remPx)) + 80 };
}
