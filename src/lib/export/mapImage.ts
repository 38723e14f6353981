/**
 * The map as a PNG image: a title and what is shown above the map; on the map only a scale bar
 * and a north arrow; the legend and the data credits in a band below it, so nothing covers the
 * map. The same title, link and credits go into the file's metadata.
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
  /** The map's ground resolution at its centre, metres per CSS pixel (for the scale bar). */
  metresPerPixel?: number;
  /** Formats a distance in kilometres for the scale bar ("10 km", "10 км"). */
  distance?: (km: number) => string;
}

/** The longest "nice" length (1, 2 or 5 × 10ⁿ metres) that fits in `maxMetres`. */
export function niceLength(maxMetres: number): number {
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * pow <= maxMetres) ?? 1;
  return step * pow;
}

/** Where the parts were drawn, in image pixels (the tests look for ink there). */
export interface MapImageLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number; height: number };
  /** The scale bar on the map and its label, when the map's resolution was given. */
  scaleBar: { x: number; y: number; width: number; height: number; label: string } | null;
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
 * Draws the image: header, the map with a scale bar and a north arrow, then the legend and the
 * credits in a band underneath.
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

  // Measure the header, the legend and the credits first, to size the canvas.
  ctx.font = font(12);
  const caption = text.caption.flatMap((c) => wrapText(measure, c, width - 2 * pad));
  const rowH = Math.round(20 * scale);
  const icon = Math.round(16 * scale);
  const gap = Math.round(18 * scale);
  // Legend entries flow left to right in the band, wrapping to new rows.
  const entries = [...text.legend.map((l) => ({ layer: l.layer, label: l.label })), null];
  const placed: { entry: (typeof entries)[number]; x: number; row: number }[] = [];
  {
    let x = pad;
    let row = 0;
    for (const entry of entries) {
      const w = icon + Math.round(6 * scale) + measure(entry ? entry.label : text.uncertain);
      if (x > pad && x + w > width - pad) {
        x = pad;
        row++;
      }
      placed.push({ entry, x, row });
      x += w + gap;
    }
  }
  const legendRows = (placed.at(-1)?.row ?? 0) + 1;
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
  const legendH = legendRows * rowH + pad / 2;
  const footerH = pad / 2 + legendH + credits.length * creditH + pad / 2;
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
  ctx.strokeStyle = '#8899a6';
  ctx.lineWidth = Math.max(1, scale);
  ctx.strokeRect(0, headerH, width, map.height);

  // On the map: a north arrow (upper right) and a scale bar (lower left), nothing else.
  {
    const cx = width - pad - Math.round(12 * scale);
    const top = headerH + pad;
    const h = Math.round(26 * scale);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(cx - Math.round(12 * scale), top - pad / 2, Math.round(24 * scale), h + pad * 2);
    ctx.beginPath();
    ctx.moveTo(cx, top + Math.round(12 * scale));
    ctx.lineTo(cx - Math.round(7 * scale), top + h);
    ctx.lineTo(cx, top + h - Math.round(6 * scale));
    ctx.lineTo(cx + Math.round(7 * scale), top + h);
    ctx.closePath();
    ctx.fillStyle = '#1d2429';
    ctx.fill();
    ctx.font = font(11, 700);
    ctx.textAlign = 'center';
    ctx.fillText('N', cx, top);
    ctx.textAlign = 'start';
  }
  let scaleBar: MapImageLayout['scaleBar'] = null;
  if (text.metresPerPixel && text.metresPerPixel > 0) {
    const metresPerImagePixel = text.metresPerPixel / scale;
    const metres = niceLength((width / 4) * metresPerImagePixel);
    const barW = Math.round(metres / metresPerImagePixel);
    const x = pad;
    const y = headerH + map.height - pad - Math.round(18 * scale);
    const barH = Math.round(5 * scale);
    const label = text.distance ? text.distance(metres / 1000) : `${metres / 1000} km`;
    ctx.font = font(11);
    const boxW = Math.max(barW, measure(label)) + pad;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x - pad / 2, y - Math.round(14 * scale), boxW, Math.round(26 * scale));
    ctx.fillStyle = '#1d2429';
    ctx.fillRect(x, y + Math.round(3 * scale), barW, barH);
    ctx.fillStyle = '#fff';
    ctx.fillRect(x + barW / 2, y + Math.round(3 * scale) + 1, barW / 2 - 1, barH - 2);
    ctx.fillStyle = '#1d2429';
    ctx.textBaseline = 'bottom';
    ctx.fillText(label, x, y + Math.round(2 * scale));
    ctx.textBaseline = 'top';
    scaleBar = { x, y, width: barW, height: barH, label };
  }

  // The band under the map: the legend, then the credits.
  const legend = {
    x: pad,
    y: headerH + map.height + pad / 2,
    width: width - 2 * pad,
    height: legendH,
  };
  ctx.font = font(12);
  ctx.textBaseline = 'middle';
  for (const { entry, x, row } of placed) {
    const cy = legend.y + row * rowH + rowH / 2;
    if (entry === null) {
      ctx.beginPath();
      ctx.setLineDash([3 * scale, 2 * scale]);
      ctx.arc(x + icon / 2, cy, icon * 0.4, 0, Math.PI * 2);
      ctx.strokeStyle = '#555';
      ctx.lineWidth = scale;
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (entry.layer === 'communities') {
      ctx.beginPath();
      ctx.arc(x + icon / 2, cy, icon * 0.25, 0, Math.PI * 2);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = lightTheme.layers.communities;
      ctx.lineWidth = 2 * scale;
      ctx.stroke();
    } else if ((SITE_LAYERS as readonly string[]).includes(entry.layer)) {
      const bitmap = await createImageBitmap(drawIcon(entry.layer, lightTheme.layers[entry.layer]));
      ctx.drawImage(bitmap, x, cy - icon / 2, icon, icon);
    }
    ctx.fillStyle = '#1d2429';
    ctx.fillText(entry ? entry.label : text.uncertain, x + icon + Math.round(6 * scale), cy);
  }

  // Credits at the bottom.
  ctx.textBaseline = 'top';
  ctx.font = font(10.5);
  ctx.fillStyle = '#333';
  const creditsY = legend.y + legendH;
  credits.forEach((line, i) => ctx.fillText(line, pad, creditsY + i * creditH));

  return {
    canvas,
    layout: {
      width: canvas.width,
      height: canvas.height,
      map: mapBox,
      legend,
      scaleBar,
      attribution: {
        x: pad,
        y: creditsY,
        width: width - 2 * pad,
        height: credits.length * creditH,
      },
    },
  };
}

/**
 * The composed image as PNG bytes with its title, link and credits in the metadata (and the
 * scale bar's length, when it has one).
 */
export async function toPng(
  canvas: HTMLCanvasElement,
  text: MapImageText,
  layout?: MapImageLayout,
): Promise<Blob> {
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
    ...(layout?.scaleBar ? { Comment: `Scale bar: ${layout.scaleBar.label}` } : {}),
  });
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
