/**
 * The map as a PNG image (issue #6): a title and what is shown above the map, a legend drawn on
 * it, and the data credits below it; the same title, link and credits go into the file's metadata.
 */
import { SITE_LAYERS, type SiteLayerName } from '../data/constants';
import { drawIcon } from '../map/icons';
import { lightTheme } from '../map/theme';
import { addPngText } from './pngText';

export interface MapImageText {
  /** First line of the header: the atlas's name. */
  title: string;
  /** What the image shows: years, filters, layers (one line each). */
  caption: readonly string[];
  /** Legend entries, one per shown layer. */
  legend: readonly { layer: SiteLayerName | 'communities'; label: string }[];
  /** Legend line for the dashed uncertainty circles. */
  uncertain: string;
  /** Credit lines (the map's attribution). */
  attribution: readonly string[];
  /** A link that reopens this view. */
  link: string;
}

/** Where the parts were drawn, in image pixels (the tests look for ink there). */
export interface MapImageLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number; height: number };
  attribution: { x: number; y: number; width: number; height: number };
}

const FONT = "'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', Arial, sans-serif";

/** Splits text into lines that fit `width` at the context's current font. */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the image: header, map, legend on the map's lower left, credits underneath.
 * `scale` is device pixels per CSS pixel of the map canvas.
 */
export async function composeMapImage(
  map: HTMLCanvasElement,
  scale: number,
  text: MapImageText,
): Promise<{ canvas: HTMLCanvasElement; layout: MapImageLayout }> {
  const width = map.width;
  const pad = Math.round(10 * scale);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const font = (px: number, weight = 400) => `${weight} ${Math.round(px * scale)}px ${FONT}`;
  const measure = (s: string) => ctx.measureText(s).width;

  // Measure the header and the credits first, to size the canvas.
  ctx.font = font(12);
  const caption = text.caption.flatMap((c) => wrapText(measure, c, width - 2 * pad));
  ctx.font = font(10.5);
  const credits = wrapText(
    measure,
    `${text.attribution.join(' · ')} · ${text.link}`,
    width - 2 * pad,
  );
  const titleH = Math.round(22 * scale);
  const captionH = Math.round(16 * scale);
  const creditH = Math.round(14 * scale);
  const headerH = pad + titleH + caption.length * captionH + pad / 2;
  const footerH = pad / 2 + credits.length * creditH + pad / 2;
  canvas.width = width;
  canvas.height = headerH + map.height + footerH;

  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1d2429';
  ctx.font = font(16, 700);
  ctx.fillText(text.title, pad, pad);
  ctx.font = font(12);
  ctx.fillStyle = '#333';
  caption.forEach((line, i) => ctx.fillText(line, pad, pad + titleH + i * captionH));

  const mapBox = { x: 0, y: headerH, width, height: map.height };
  ctx.drawImage(map, 0, headerH);

  // Legend: a white box on the map's lower left, one row per shown layer.
  ctx.font = font(12);
  const rowH = Math.round(20 * scale);
  const icon = Math.round(16 * scale);
  const rows = [...text.legend.map((l) => l.label), text.uncertain];
  const legendW = Math.min(
    width - 2 * pad,
    Math.max(...rows.map(measure)) + icon + Math.round(8 * scale) + 2 * pad,
  );
  const legendH = rows.length * rowH + pad;
  const legend = {
    x: pad,
    y: headerH + map.height - legendH - Math.round(30 * scale), // above the scale bar
    width: legendW,
    height: legendH,
  };
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#8899a6';
  ctx.lineWidth = Math.max(1, scale);
  ctx.fillRect(legend.x, legend.y, legend.width, legend.height);
  ctx.strokeRect(legend.x, legend.y, legend.width, legend.height);
  ctx.textBaseline = 'middle';
  for (const [i, entry] of text.legend.entries()) {
    const cx = legend.x + pad / 2;
    const cy = legend.y + pad / 2 + i * rowH + rowH / 2;
    if (entry.layer === 'communities') {
      ctx.beginPath();
      ctx.arc(cx + icon / 2, cy, icon * 0.25, 0, Math.PI * 2);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = lightTheme.layers.communities;
      ctx.lineWidth = 2 * scale;
      ctx.stroke();
    } else if ((SITE_LAYERS as readonly string[]).includes(entry.layer)) {
      const bitmap = await createImageBitmap(drawIcon(entry.layer, lightTheme.layers[entry.layer]));
      ctx.drawImage(bitmap, cx, cy - icon / 2, icon, icon);
    }
    ctx.fillStyle = '#1d2429';
    ctx.fillText(entry.label, cx + icon + Math.round(6 * scale), cy);
  }
  {
    const cx = legend.x + pad / 2 + icon / 2;
    const cy = legend.y + pad / 2 + text.legend.length * rowH + rowH / 2;
    ctx.beginPath();
    ctx.setLineDash([3 * scale, 2 * scale]);
    ctx.arc(cx, cy, icon * 0.4, 0, Math.PI * 2);
    ctx.strokeStyle = '#555';
    ctx.lineWidth = scale;
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#1d2429';
    ctx.fillText(text.uncertain, legend.x + pad / 2 + icon + Math.round(6 * scale), cy);
  }

  // Credits under the map.
  ctx.textBaseline = 'top';
  ctx.font = font(10.5);
  ctx.fillStyle = '#333';
  const creditsY = headerH + map.height + pad / 2;
  credits.forEach((line, i) => ctx.fillText(line, pad, creditsY + i * creditH));

  return {
    canvas,
    layout: {
      width: canvas.width,
      height: canvas.height,
      map: mapBox,
      legend,
      attribution: {
        x: pad,
        y: creditsY,
        width: width - 2 * pad,
        height: credits.length * creditH,
      },
    },
  };
}

/** The composed image as PNG bytes with its title, link and credits in the metadata. */
export async function toPng(canvas: HTMLCanvasElement, text: MapImageText): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the image could not be made'))),
      'image/png',
    ),
  );
  const png = addPngText(new Uint8Array(await blob.arrayBuffer()), {
    Title: text.title,
    Description: text.caption.join('\n'),
    Source: text.link,
    Copyright: text.attribution.join('\n'),
  });
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
