import type { SiteLayerName } from '../data/schema';

/** Symbol shape of each site layer, so layers differ by shape as well as colour. */
export const ICON_SHAPE: Record<SiteLayerName, 'circle' | 'diamond' | 'triangle' | 'square'> = {
  projects: 'circle',
  crossings: 'diamond',
  protests: 'triangle',
  mines: 'square',
};

/** Device pixels per CSS pixel the icons are drawn at (crisp on high-density screens). */
export const ICON_PIXEL_RATIO = 2;
/** Icon size in CSS pixels. */
export const ICON_SIZE = 18;

/**
 * A small canvas drawn on the CPU: its pixels are read straight back for MapLibre, and a canvas on
 * the GPU (the default) costs a slow read-back each time, most of all under software WebGL.
 */
function canvas2d(px: number): OffscreenCanvasRenderingContext2D {
  return new OffscreenCanvas(px, px).getContext('2d', { willReadFrequently: true })!;
}

/** Draws one layer's symbol (filled shape, white outline) and returns its pixels for addImage. */
export function drawIcon(layer: SiteLayerName, colour: string): ImageData {
  const px = ICON_SIZE * ICON_PIXEL_RATIO;
  const ctx = canvas2d(px);
  const c = px / 2;
  const r = px / 2 - 4;
  ctx.beginPath();
  switch (ICON_SHAPE[layer]) {
    case 'circle':
      ctx.arc(c, c, r * 0.85, 0, Math.PI * 2);
      break;
    case 'diamond':
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r, c);
      ctx.lineTo(c, c + r);
      ctx.lineTo(c - r, c);
      break;
    case 'triangle':
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r, c + r * 0.8);
      ctx.lineTo(c - r, c + r * 0.8);
      break;
    case 'square':
      ctx.rect(c - r * 0.75, c - r * 0.75, r * 1.5, r * 1.5);
      break;
  }
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/** Name of the basemap's peak symbol (a small triangle; no glyph is needed for it). */
export const PEAK_ICON = 'icon-peak';

/** Draws the peak symbol: a small filled triangle. */
export function drawPeak(colour: string): ImageData {
  const px = 10 * ICON_PIXEL_RATIO;
  const ctx = canvas2d(px);
  ctx.beginPath();
  ctx.moveTo(px / 2, 2);
  ctx.lineTo(px - 2, px - 3);
  ctx.lineTo(2, px - 3);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  return ctx.getImageData(0, 0, px, px);
}
