/** Photos lose their metadata, keep their picture and orientation, and still sniff as what they are (ADR 0022). */
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import {
  ImageStructureError,
  stripHeic,
  stripJpeg,
  stripMetadata,
  stripPng,
  stripWebp,
  tiffOrientation,
} from './strip-metadata.js';
import {
  GPS_IFD_TAG,
  HEIC_PICTURE,
  heicWithGps,
  jpegWithGps,
  PNG_SCANLINES,
  pngWithGps,
  REAL_JPEG,
  REAL_WEBP,
  realPng,
  tiffWithGps,
  webpWithGps,
} from './image-fixtures.js';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

/** The JPEG's segments before the image data, by marker. */
function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = [];
  for (let i = 2; bytes[i] === 0xff && bytes[i + 1] !== 0xda; ) {
    markers.push(bytes[i + 1]!);
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return markers;
}

/** PNG chunks with their CRCs checked. */
function pngChunks(bytes: Buffer): Array<{ type: string; data: Buffer }> {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let i = 8; i < bytes.length; ) {
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    const data = bytes.subarray(i + 8, i + 8 + length);
    expect(bytes.readUInt32BE(i + 8 + length)).toBe(zlib.crc32(bytes.subarray(i + 4, i + 8 + length)) >>> 0);
    chunks.push({ type, data });
    i += 12 + length;
  }
  return chunks;
}

function webpChunks(bytes: Buffer): Array<{ fourcc: string; data: Buffer }> {
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  const chunks: Array<{ fourcc: string; data: Buffer }> = [];
  for (let i = 12; i < bytes.length; ) {
    const size = bytes.readUInt32LE(i + 4);
    chunks.push({ fourcc: bytes.toString('latin1', i, i + 4), data: bytes.subarray(i + 8, i + 8 + size) });
    i += 8 + size + (size % 2);
  }
  return chunks;
}

describe('JPEG', () => {
  it('drops Exif with its GPS position, XMP and a trailer; keeps the orientation, the profile and every byte of the picture', async () => {
    const photo = jpegWithGps(6);
    expect(has(photo, 'Exif') && has(photo, 'GPSLatitude') && has(photo, 'TRAILER')).toBe(true);
    const stripped = stripJpeg(photo);
    expect(has(stripped, 'GPSLatitude') || has(stripped, 'http://ns.adobe.com') || has(stripped, 'TRAILER')).toBe(
      false,
    );
    const exif = stripped.subarray(stripped.indexOf(Buffer.from('Exif\0\0', 'latin1')) + 6);
    expect(tiffOrientation(exif)).toBe(6);
    expect(exif.includes(Buffer.from([GPS_IFD_TAG >> 8, GPS_IFD_TAG & 0xff]))).toBe(false);
    // the original image, with our one-tag Exif where the phone's was
    expect(jpegMarkers(stripped)).toEqual([0xe0, 0xe1, ...jpegMarkers(REAL_JPEG).slice(1)]);
    const exifSegment = 2 + REAL_JPEG.readUInt16BE(4) + 2;
    const ours = stripped.readUInt16BE(exifSegment + 2) + 2;
    expect(
      Buffer.concat([stripped.subarray(0, exifSegment), stripped.subarray(exifSegment + ours)]).equals(REAL_JPEG),
    ).toBe(true);
    expect((await fileTypeFromBuffer(stripped))?.mime).toBe('image/jpeg');
  });

  it('leaves a JPEG without metadata unchanged, and adds no Exif for the upright orientation', () => {
    expect(stripJpeg(REAL_JPEG).equals(REAL_JPEG)).toBe(true);
    expect(stripJpeg(jpegWithGps(1)).equals(REAL_JPEG)).toBe(true);
  });

  it('refuses a JPEG whose structure cannot be walked (its metadata could not be found)', () => {
    expect(() => stripJpeg(Buffer.concat([REAL_JPEG.subarray(0, 20), Buffer.alloc(40)]))).toThrow(ImageStructureError);
    expect(() => stripJpeg(REAL_JPEG.subarray(0, REAL_JPEG.length - 40))).toThrow(ImageStructureError);
  });
});

describe('PNG', () => {
  it('drops eXIf and the text chunks (XMP, comments), keeps the orientation; the image still inflates to its scanlines', async () => {
    const stripped = stripPng(pngWithGps(8));
    expect(has(stripped, 'GPS')).toBe(false);
    const chunks = pngChunks(stripped);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'eXIf', 'IDAT', 'IEND']);
    expect(tiffOrientation(chunks[1]!.data)).toBe(8);
    expect(zlib.inflateSync(chunks[2]!.data).equals(PNG_SCANLINES)).toBe(true);
    expect((await fileTypeFromBuffer(stripped))?.mime).toBe('image/png');
    expect(stripPng(pngWithGps(1)).equals(realPng())).toBe(true);
  });
});

describe('WebP', () => {
  it('drops the EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size; keeps the orientation', async () => {
    const photo = webpWithGps(3);
    expect(photo[20]! & 0x0c).toBe(0x0c);
    const stripped = stripWebp(photo);
    expect(has(stripped, 'GPSLatitude')).toBe(false);
    const chunks = webpChunks(stripped);
    expect(chunks.map((c) => c.fourcc)).toEqual([...webpChunks(REAL_WEBP).map((c) => c.fourcc), 'EXIF']);
    expect(stripped[20]).toBe(REAL_WEBP[20]! | 0x08); // ICC as before, EXIF for the orientation, no XMP
    expect(tiffOrientation(chunks.at(-1)!.data)).toBe(3);
    expect(
      chunks
        .find((c) => c.fourcc === 'VP8 ')!
        .data.equals(webpChunks(REAL_WEBP).find((c) => c.fourcc === 'VP8 ')!.data),
    ).toBe(true);
    expect((await fileTypeFromBuffer(stripped))?.mime).toBe('image/webp');
    expect(stripWebp(webpWithGps(1)).equals(REAL_WEBP)).toBe(true);
  });
});

describe('HEIC', () => {
  it('blanks the Exif and XMP items in place: same length, same boxes, the picture item untouched', async () => {
    const photo = heicWithGps();
    expect(has(photo, 'GPSLatitude') && has(photo, 'Exif')).toBe(true);
    expect((await fileTypeFromBuffer(photo))?.mime).toBe('image/heic');
    const stripped = stripHeic(photo);
    expect(stripped.length).toBe(photo.length);
    expect(has(stripped, 'GPSLatitude') || has(stripped, 'II*\0')).toBe(false); // neither the XMP nor the Exif's TIFF
    const pictureAt = photo.indexOf(HEIC_PICTURE);
    expect(
      stripped.subarray(0, pictureAt + HEIC_PICTURE.length).equals(photo.subarray(0, pictureAt + HEIC_PICTURE.length)),
    ).toBe(true);
    expect(stripped.subarray(pictureAt + HEIC_PICTURE.length).every((b) => b === 0)).toBe(true);
    expect((await fileTypeFromBuffer(stripped))?.mime).toBe('image/heic');
  });
});

describe('what is not a photo', () => {
  it('passes PDFs through as they are', () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    expect(stripMetadata(pdf, 'application/pdf')).toBe(pdf);
    expect(tiffOrientation(tiffWithGps(5))).toBe(5);
  });
});
