/**
 * Heatmaps as a small PNG image stretched over the plot, the way Plot's raster mark draws them,
 * but encoded here instead of on a canvas: linkedom (the build-time document) has no canvas, so
 * Plot.raster cannot render there, and this renders identically at build time and in the browser.
 * The browser smooths the stretched image, so a 48 × 48 grid reads as a continuous field. Used by
 * the playground and linear-collapse widgets.
 */

/** CRC-32 (the PNG/zlib polynomial 0xEDB88320) of bytes[from, to). */
function crc32(bytes: Uint8Array, from: number, to: number): number {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Encodes width × height RGBA pixels (row-major, top row first, 4 bytes a pixel) as a PNG data
 * URL: 8-bit RGBA, no filtering, zlib "stored" (uncompressed) deflate blocks, so the file is
 * about 4·width·height bytes; meant for small grids. Example: `pngDataUrl(1, 1, new Uint8Array([255, 0, 0, 255]))`
 * is a one-pixel opaque red image.
 */
export function pngDataUrl(width: number, height: number, rgba: Uint8Array): string {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 1 && height >= 1) || rgba.length < 4 * width * height) {
    throw new RangeError(`pngDataUrl: need positive integer sizes and ${4 * width * height} bytes`);
  }
  const rowBytes = 1 + 4 * width;
  const raw = rowBytes * height;
  const blocks = Math.max(1, Math.ceil(raw / 65535));
  const zlibLength = 2 + raw + 5 * blocks + 4;
  const out = new Uint8Array(8 + 25 + 12 + zlibLength + 12);
  const view = new DataView(out.buffer);
  out.set([137, 80, 78, 71, 13, 10, 26, 10], 0);
  let at = 8;
  const chunk = (type: string, length: number, write: (offset: number) => void): void => {
    view.setUint32(at, length);
    for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i);
    write(at + 8);
    view.setUint32(at + 8 + length, crc32(out, at + 4, at + 8 + length));
    at += 12 + length;
  };
  chunk('IHDR', 13, (o) => {
    view.setUint32(o, width);
    view.setUint32(o + 4, height);
    out.set([8, 6, 0, 0, 0], o + 8); // 8 bits, RGBA, deflate, no filter, no interlace
  });
  chunk('IDAT', zlibLength, (o) => {
    out[o] = 0x78;
    out[o + 1] = 0x01;
    let p = o + 2;
    let a = 1;
    let b = 0;
    let sent = 0;
    let y = 0;
    let x = -1; // -1: the row's filter byte (0), then 4·width pixel bytes
    for (let k = 0; k < blocks; k++) {
      const len = Math.min(65535, raw - sent);
      out[p] = k === blocks - 1 ? 1 : 0;
      view.setUint16(p + 1, len, true);
      view.setUint16(p + 3, len ^ 0xffff, true);
      p += 5;
      for (let i = 0; i < len; i++) {
        const byte = x < 0 ? 0 : rgba[4 * width * y + x]!;
        out[p++] = byte;
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
        if (++x === 4 * width) {
          x = -1;
          y++;
        }
      }
      sent += len;
    }
    view.setUint32(p, ((b << 16) | a) >>> 0);
  });
  chunk('IEND', 0, () => {});
  let binary = '';
  for (let i = 0; i < out.length; i += 8192) binary += String.fromCharCode(...out.subarray(i, i + 8192));
  return `data:image/png;base64,${btoa(binary)}`;
}

/** A hex colour #rrggbb as [r, g, b], each 0–255. Example: `rgbOf('#3b82f6')` is [59, 130, 246]. */
export function rgbOf(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** The scales a Plot render-function mark receives (only what these marks use). */
interface Scales {
  x?: (v: number) => number;
  y?: (v: number) => number;
}
type Context = { document: Document };

/**
 * A Plot mark (a render function) drawing the image `href` stretched over the data rectangle
 * [x1, x2] × [y1, y2]. Example: `marks: [imageMark(pngDataUrl(48, 48, rgba), -6, 6, -6, 6)]`.
 */
export function imageMark(href: string, x1: number, x2: number, y1: number, y2: number) {
  return (_index: unknown, scales: Scales, _values: unknown, _dimensions: unknown, context: Context): SVGElement => {
    const image = context.document.createElementNS('http://www.w3.org/2000/svg', 'image');
    const [px1, px2, py1, py2] = [scales.x!(x1), scales.x!(x2), scales.y!(y2), scales.y!(y1)];
    image.setAttribute('x', String(Math.min(px1, px2)));
    image.setAttribute('y', String(Math.min(py1, py2)));
    image.setAttribute('width', String(Math.abs(px2 - px1)));
    image.setAttribute('height', String(Math.abs(py2 - py1)));
    image.setAttribute('preserveAspectRatio', 'none');
    image.setAttribute('href', href);
    return image;
  };
}
