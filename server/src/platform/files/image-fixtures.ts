/**
 * Small real images for the tests (a 4 × 3 picture encoded by Chromium: JPEG with a colour profile,
 * lossy WebP with VP8X and a colour profile; a PNG built here) and the metadata a phone adds to
 * them: an Exif block with an orientation and a GPS position, and XMP with the same position.
 * Test support only; nothing in the app imports this.
 */
import zlib from 'node:zlib';

export const REAL_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAADAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAVEAEBAAAAAAAAAAAAAAAAAAAAAf/EABUBAQEAAAAAAAAAAAAAAAAAAAUH/8QAGxEAAAcBAAAAAAAAAAAAAAAAAAECAwU0crH/2gAMAwEAAhEDEQA/AJagDpG27pXTFHiaLGE8If/Z',
  'base64',
);
export const REAL_WEBP = Buffer.from(
  'UklGRi4CAABXRUJQVlA4WAoAAAAgAAAAAwAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggQAAAANACAJ0BKgQAAwABQCYlqAJ0cgD7AK4A/gGUAfoAEH4A/u7/lNPaa/4shSgUOl//z34RJCP/+wcf+O7gID/umAA=',
  'base64',
);

/** 31°52'N 116°35'E, 丰县, as GPS rationals. */
const GPS_LATITUDE = [31, 52, 0];
const GPS_LONGITUDE = [116, 35, 0];
const XMP_WITH_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="31,52.0N" exif:GPSLongitude="116,35.0E"/></rdf:RDF></x:xmpmeta>';
export const GPS_IFD_TAG = 0x8825;

/** A little-endian TIFF: IFD0 with Orientation and a GPS IFD pointer; the GPS IFD with N/E and the position. */
export function tiffWithGps(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 4 * 12 + 4 + 48);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  let at = 8;
  tiff.writeUInt16LE(2, at);
  at += 2;
  const gpsIfd = 8 + 2 + 24 + 4;
  const entry = (tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (type === 3) tiff.writeUInt16LE(value, at + 8);
    else if (type === 2) tiff.writeUInt8(value, at + 8);
    else tiff.writeUInt32LE(value, at + 8);
    at += 12;
  };
  entry(0x0112, 3, 1, orientation);
  entry(GPS_IFD_TAG, 4, 1, gpsIfd);
  tiff.writeUInt32LE(0, at);
  at += 4;
  tiff.writeUInt16LE(4, at);
  at += 2;
  const rationals = gpsIfd + 2 + 48 + 4;
  entry(1, 2, 2, 'N'.charCodeAt(0));
  entry(2, 5, 3, rationals);
  entry(3, 2, 2, 'E'.charCodeAt(0));
  entry(4, 5, 3, rationals + 24);
  tiff.writeUInt32LE(0, at);
  at += 4;
  for (const [i, v] of [...GPS_LATITUDE, ...GPS_LONGITUDE].entries()) {
    tiff.writeUInt32LE(v, rationals + i * 8);
    tiff.writeUInt32LE(1, rationals + i * 8 + 4);
  }
  return tiff;
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** The real JPEG with Exif (orientation + GPS) and XMP after its APP0, and a trailer after the end. */
export function jpegWithGps(orientation = 6): Buffer {
  const app0End = 4 + REAL_JPEG.readUInt16BE(4);
  return Buffer.concat([
    REAL_JPEG.subarray(0, app0End),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiffWithGps(orientation)])),
    jpegSegment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${XMP_WITH_GPS}`, 'latin1')),
    REAL_JPEG.subarray(app0End),
    Buffer.from('TRAILER-GPS 31.87N 116.58E', 'latin1'),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_WIDTH = 4;
const PNG_HEIGHT = 3;
/** The raw scanlines of the PNG below (filter byte 0, then RGB). */
export const PNG_SCANLINES = Buffer.concat(
  Array.from({ length: PNG_HEIGHT }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: PNG_WIDTH }, (_, x) => [x < 2 ? 0x33 : 0xcc, 0x66, y * 40]).flat()]),
  ),
);

export function realPng(metadata: Buffer[] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(PNG_WIDTH, 0);
  header.writeUInt32BE(PNG_HEIGHT, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...metadata,
    pngChunk('IDAT', zlib.deflateSync(PNG_SCANLINES)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function pngWithGps(orientation = 6): Buffer {
  return Buffer.concat([
    realPng([
      pngChunk('eXIf', tiffWithGps(orientation)),
      pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${XMP_WITH_GPS}`, 'latin1')),
      pngChunk('tEXt', Buffer.from('Comment\0GPS 31.87N 116.58E', 'latin1')),
    ]),
  ]);
}

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat(data.length % 2 ? [head, data, Buffer.alloc(1)] : [head, data]);
}

/** The real WebP with EXIF and XMP chunks after the image data, the VP8X flags and RIFF size set to match. */
export function webpWithGps(orientation = 6): Buffer {
  const body = Buffer.concat([
    REAL_WEBP.subarray(12),
    riffChunk('EXIF', tiffWithGps(orientation)),
    riffChunk('XMP ', Buffer.from(XMP_WITH_GPS, 'latin1')),
  ]);
  const file = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), body]);
  file.writeUInt32LE(file.length - 8, 4);
  file[20] = file[20]! | 0x08 | 0x04; // VP8X: EXIF and XMP present
  return file;
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}
const fullBox = (type: string, version: number, ...content: Buffer[]) =>
  box(type, Buffer.from([version, 0, 0, 0]), ...content);
const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
};

export const HEIC_PICTURE = Buffer.from('HEVC-CODED-PICTURE-BYTES-STAND-IN', 'latin1');

/**
 * The box structure of a phone's HEIC (ftyp, meta with hdlr/pitm/iinf/iloc, mdat) with a picture item,
 * an Exif item (orientation + GPS) and an XMP item. No HEVC encoder is at hand, so the coded picture is
 * a stand-in: the test shows its bytes and every box come through unchanged.
 */
export function heicWithGps(): Buffer {
  const exif = Buffer.concat([u32(6), Buffer.from('Exif\0\0', 'latin1'), tiffWithGps(1)]);
  const xmp = Buffer.from(XMP_WITH_GPS, 'latin1');
  const ftyp = box('ftyp', Buffer.from('heic', 'latin1'), u32(0), Buffer.from('mif1heic', 'latin1'));
  const infe = (id: number, type: string, extra = '') =>
    fullBox('infe', 2, u16(id), u16(0), Buffer.from(`${type}\0${extra}`, 'latin1'));
  const iinf = fullBox('iinf', 0, u16(3), infe(1, 'hvc1'), infe(2, 'Exif'), infe(3, 'mime', 'application/rdf+xml\0'));
  const ilocFor = (mdatData: number) => {
    const entry = (id: number, offset: number, length: number) =>
      Buffer.concat([u16(id), u16(0), u16(0), u16(1), u32(offset), u32(length)]);
    return fullBox(
      'iloc',
      1,
      Buffer.from([0x44, 0x00]),
      u16(3),
      entry(1, mdatData, HEIC_PICTURE.length),
      entry(2, mdatData + HEIC_PICTURE.length, exif.length),
      entry(3, mdatData + HEIC_PICTURE.length + exif.length, xmp.length),
    );
  };
  const metaWith = (iloc: Buffer) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
      fullBox('pitm', 0, u16(1)),
      iinf,
      iloc,
    );
  const metaLength = metaWith(ilocFor(0)).length;
  const mdatData = ftyp.length + metaLength + 8;
  return Buffer.concat([ftyp, metaWith(ilocFor(mdatData)), box('mdat', HEIC_PICTURE, exif, xmp)]);
}
