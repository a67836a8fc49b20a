/**
 * A bar chart as a PNG, drawn pixel by pixel (no canvas package): the demo's excellent case shows its before/after
 * figure as an image, as Annex D.2 allows ("可配图表"). Bars only, no text — the caption names what they show.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Bars of the given heights (0–1 of the plot), each with its RGB colour, on white with a grey base line. */
export function barChartPng(bars: Array<{ value: number; rgb: [number, number, number] }>, width = 480, height = 280) {
  const pixels = Buffer.alloc(height * (1 + width * 3), 255);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const at = y * (1 + width * 3) + 1 + x * 3;
    pixels[at] = r;
    pixels[at + 1] = g;
    pixels[at + 2] = b;
  };
  for (let y = 0; y < height; y++) pixels[y * (1 + width * 3)] = 0; // filter: none
  const base = height - 30;
  const slot = Math.floor((width - 60) / bars.length);
  bars.forEach((bar, i) => {
    const top = base - Math.round(Math.max(0, Math.min(1, bar.value)) * (base - 20));
    const left = 30 + i * slot + Math.floor(slot * 0.2);
    const right = 30 + (i + 1) * slot - Math.floor(slot * 0.2);
    for (let y = top; y < base; y++) for (let x = left; x < right; x++) set(x, y, bar.rgb);
  });
  for (let x = 20; x < width - 20; x++) set(x, base, [120, 120, 120]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
