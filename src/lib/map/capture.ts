/**
 * A still of the map for the PNG export. The map keeps no drawing buffer (faster rendering), so
 * the still is copied in the frame the map has just drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

/** Called by the map view once the map exists (and with null when it goes). */
export function registerMap(map: MapLibreMap | null): void {
  current = map;
}

/** Copies the next frame the map draws into a new canvas (device pixels), with its CSS size. */
export function captureMap(): Promise<{ canvas: HTMLCanvasElement; cssWidth: number }> {
  const map = current;
  if (!map) return Promise.reject(new Error('the map is not ready'));
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext('2d')!.drawImage(source, 0, 0);
      resolve({ canvas, cssWidth: source.clientWidth || source.width });
    });
    map.triggerRepaint();
  });
}
