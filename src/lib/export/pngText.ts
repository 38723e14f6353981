/**
 * Text chunks in a PNG file (iTXt, UTF-8), so an exported map image carries its title, link and
 * data credits in its metadata as well as in its pixels. Keywords follow the PNG specification
 * (`Title`, `Source`, `Copyright`, `Description`).
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
  return png.length > 33 && SIGNATURE.every((b, i) => png[i] === b);
}

/** One iTXt chunk: length, type, keyword, flags, empty language tags, UTF-8 text, CRC. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const data = new Uint8Array([
    ...enc.encode(keyword),
    0,
    0, // not compressed
    0, // compression method
    0, // no language tag
    0, // no translated keyword
    ...enc.encode(text),
  ]);
  const typed = new Uint8Array([...enc.encode('iTXt'), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

/** The PNG with the given text entries added after its header chunk. */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG file');
  const headerEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(entries).map(([k, v]) => itxtChunk(k, v));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, headerEnd), 0);
  let at = headerEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}

/** The text entries (tEXt and uncompressed iTXt) of a PNG, for checking an exported image. */
export function readPngText(png: Uint8Array): Record<string, string> {
  if (!isPng(png)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'tEXt' && zero > 0) {
      out[dec.decode(data.subarray(0, zero))] = new TextDecoder('latin1').decode(
        data.subarray(zero + 1),
      );
    } else if (type === 'iTXt' && zero > 0 && data[zero + 1] === 0) {
      const lang = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, lang + 1);
      out[dec.decode(data.subarray(0, zero))] = dec.decode(data.subarray(translated + 1));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}
