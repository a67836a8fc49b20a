import { describe, expect, it } from 'vitest';
import { imageSize, scaleToWidth } from './image-size.js';
import { REAL_JPEG, REAL_WEBP, jpegWithGps, realPng } from './image-fixtures.js';

describe('imageSize from the header', () => {
  it('reads a PNG’s IHDR', () => {
    expect(imageSize(realPng())).toEqual({ width: 4, height: 3 });
  });
  it('reads a JPEG’s SOF past the APPn segments (colour profile, Exif)', () => {
    expect(imageSize(REAL_JPEG)).toEqual({ width: 4, height: 3 });
    expect(imageSize(jpegWithGps())).toEqual({ width: 4, height: 3 });
  });
  it('reads a progressive JPEG (SOF2) with width and height the other way round', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03]);
    expect(imageSize(jpeg)).toEqual({ width: 800, height: 600 });
  });
  it('skips DHT (C4), which is not a frame header', () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xc4, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x0a, 0x00, 0x14,
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 20, height: 10 });
  });
  it('gives null for what it cannot read: other types, truncated or empty headers', () => {
    expect(imageSize(REAL_WEBP)).toBeNull();
    expect(imageSize(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(imageSize(Buffer.alloc(0))).toBeNull();
    expect(imageSize(realPng().subarray(0, 20))).toBeNull();
    expect(imageSize(REAL_JPEG.subarray(0, 100))).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]))).toBeNull();
    const zero = realPng();
    zero.writeUInt32BE(0, 16);
    expect(imageSize(zero)).toBeNull();
  });
});

describe('scaleToWidth', () => {
  it('scales a wide image down to the width keeping the aspect ratio', () => {
    expect(scaleToWidth({ width: 1200, height: 900 }, 600)).toEqual({ width: 600, height: 450 });
    expect(scaleToWidth({ width: 4, height: 3 }, 3)).toEqual({ width: 3, height: 2 });
  });
  it('scales a small image up to the width, and keeps a tall thin one at least 1 high', () => {
    expect(scaleToWidth({ width: 4, height: 3 }, 600)).toEqual({ width: 600, height: 450 });
    expect(scaleToWidth({ width: 600, height: 100 }, 600)).toEqual({ width: 600, height: 100 });
    expect(scaleToWidth({ width: 10_000, height: 1 }, 600)).toEqual({ width: 600, height: 1 });
  });
});
