import { parseHTML } from 'linkedom';
import { crc32, inflateSync } from 'node:zlib';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { imageMark, pngDataUrl, rgbOf } from '../../src/widgets/core/heatmap.ts';

/** Splits a PNG into chunks, checking each CRC with Node's zlib (an independent implementation). */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

const decode = (url: string) => Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64');

describe('heatmap PNG encoding', () => {
  it('pngDataUrl(1, 1, red) is a valid one-pixel RGBA PNG whose pixel inflates (with Node zlib) back to 255, 0, 0, 255', () => {
    const png = decode(pngDataUrl(1, 1, new Uint8Array([255, 0, 0, 255])));
    const [ihdr, idat, iend] = chunks(png);
    expect(ihdr!.type).toBe('IHDR');
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4), ...ihdr!.data.subarray(8)]).toEqual([1, 1, 8, 6, 0, 0, 0]);
    expect(idat!.type).toBe('IDAT');
    expect([...inflateSync(idat!.data)]).toEqual([0, 255, 0, 0, 255]); // filter byte 0, then the pixel
    expect(iend).toEqual({ type: 'IEND', data: Buffer.alloc(0) });
  });

  it('pngDataUrl round-trips a 48 × 48 grid and a 256 × 257 image that needs two stored deflate blocks', () => {
    for (const [w, h] of [[48, 48], [256, 257], [3, 2]] as const) {
      const rgba = Uint8Array.from({ length: 4 * w * h }, (_, k) => (k * 7 + (k >> 5)) & 255);
      const idat = chunks(decode(pngDataUrl(w, h, rgba))).find((c) => c.type === 'IDAT')!;
      const raw = inflateSync(idat.data); // also checks the Adler-32 trailer
      expect(raw.length).toBe(h * (1 + 4 * w));
      for (let y = 0; y < h; y++) {
        expect(raw[y * (1 + 4 * w)]).toBe(0);
        expect(Buffer.compare(raw.subarray(y * (1 + 4 * w) + 1, (y + 1) * (1 + 4 * w)), Buffer.from(rgba.subarray(4 * w * y, 4 * w * (y + 1))))).toBe(0);
      }
    }
  });

  it('pngDataUrl rejects a size that is not a positive integer, or too few bytes', () => {
    expect(() => pngDataUrl(0, 1, new Uint8Array(4))).toThrow(RangeError);
    expect(() => pngDataUrl(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });

  it('rgbOf(hex) reads #rrggbb, and imageMark stretches the image over its data rectangle in a Plot figure', () => {
    expect(rgbOf('#3b82f6')).toEqual([59, 130, 246]);
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({
      document: document as unknown as Document, width: 200, height: 120, marginLeft: 20, marginRight: 20, marginTop: 10, marginBottom: 10,
      x: { domain: [0, 10] }, y: { domain: [0, 1] },
      marks: [imageMark('data:image/png;base64,AA', 2, 7, 0, 0.5)],
    });
    const image = svg.querySelector('image')!;
    // x: 20 + (2/10)·160 = 52 to 20 + (7/10)·160 = 132; y: 0.5 maps to 10 + 50 = 60, 0 to 110.
    expect(['x', 'y', 'width', 'height'].map((a) => Number(image.getAttribute(a)))).toEqual([52, 60, 80, 50]);
    expect(image.getAttribute('preserveAspectRatio')).toBe('none');
  });
});
