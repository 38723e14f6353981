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

/**
 * Copies the next frame the map draws into a new canvas (device pixels), with its CSS size and
 * its ground resolution at the centre (metres per CSS pixel). With `pixelRatio` (e.g. 2 for a
 * sharper image) the map draws that frame at that ratio and goes back to its own after.
 */
export async function captureMap({ pixelRatio }: { pixelRatio?: number } = {}): Promise<{
  canvas: HTMLCanvasElement;
  cssWidth: number;
  metresPerPixel: number;
}> {
  const map = current;
  if (!map) throw new Error('the map is not ready');
  const before = map.getPixelRatio();
  if (pixelRatio && pixelRatio !== before) map.setPixelRatio(pixelRatio);
  try {
    await new Promise<void>((resolve) => {
      if (map.loaded()) resolve();
      else map.once('idle', () => resolve());
    });
    return await new Promise((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        canvas.getContext('2d')!.drawImage(source, 0, 0);
        // Web Mercator with 512-pixel tiles, at the centre's latitude.
        const lat = map.getCenter().lat;
        const metresPerPixel =
          (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
        resolve({ canvas, cssWidth: source.clientWidth || source.width, metresPerPixel });
      });
      map.triggerRepaint();
    });
  } finally {
    if (map.getPixelRatio() !== before) map.setPixelRatio(before);
  }
}
