/**
 * Photos lose their metadata on upload (security requirements: a site photo must not tell where an
 * enterprise or an expert's home is; ADR 0022). Byte-level, no decoding: the image data is copied
 * unchanged and only metadata is left out —
 *   JPEG: APP1 (Exif, XMP), APP13 (IPTC/Photoshop), the MPF index, and anything after the end of
 *         the image (appended second images and vendor trailers, each with its own Exif);
 *   PNG:  eXIf and every text chunk (tEXt, zTXt, iTXt, where XMP lives), anything after IEND;
 *   WebP: the EXIF and XMP chunks, with the VP8X flags and the RIFF size made to agree.
 *   HEIC: the Exif and XMP items are blanked in place (zeros), every box and offset unchanged.
 * Only the orientation survives, as a new one-tag Exif, so a phone photo is not shown on its side
 * (HEIC keeps it as a property, not in Exif). Colour profiles stay. ADR 0022.
 */
import zlib from 'node:zlib';

export class ImageStructureError extends Error {}

const ORIENTATION_TAG = 0x0112;

/** The orientation (1–8) in a TIFF structure (the body of an Exif block), if it has one. */
export function tiffOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return undefined;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === ORIENTATION_TAG && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** A TIFF structure holding the orientation and nothing else. */
function orientationOnlyTiff(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(ORIENTATION_TAG, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  return tiff;
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export function stripJpeg(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new ImageStructureError('no JPEG start');
  const out: Buffer[] = [bytes.subarray(0, 2)];
  let orientation: number | undefined;
  let orientationAt = -1; // where the kept orientation goes: where the first Exif was
  let i = 2;
  for (;;) {
    if (i + 1 >= bytes.length || bytes[i] !== 0xff) throw new ImageStructureError(`no marker at ${i}`);
    while (bytes[i + 1] === 0xff && i + 2 < bytes.length) i++; // fill bytes
    const marker = bytes[i + 1]!;
    if (marker === 0xd9) {
      out.push(bytes.subarray(i, i + 2)); // the end of the image; what follows is dropped
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > bytes.length) throw new ImageStructureError('truncated segment');
    const end = i + 2 + bytes.readUInt16BE(i + 2);
    if (end > bytes.length) throw new ImageStructureError('segment beyond the file');
    const payload = bytes.subarray(i + 4, end);
    if (marker === 0xda) {
      // start of scan: the entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart
      let j = end;
      while (
        j + 1 < bytes.length &&
        !(bytes[j] === 0xff && bytes[j + 1] !== 0x00 && !(bytes[j + 1]! >= 0xd0 && bytes[j + 1]! <= 0xd7))
      )
        j++;
      if (j + 1 >= bytes.length) throw new ImageStructureError('no end of image');
      out.push(bytes.subarray(i, j));
      i = j;
      continue;
    }
    const isExif = marker === 0xe1 && payload.subarray(0, 6).equals(EXIF_HEADER);
    if (isExif && orientation === undefined) orientation = tiffOrientation(payload.subarray(6));
    const dropped =
      marker === 0xe1 || marker === 0xed || (marker === 0xe2 && payload.subarray(0, 4).toString('latin1') === 'MPF\0');
    if (dropped) {
      if (isExif && orientationAt < 0) orientationAt = out.length;
    } else out.push(bytes.subarray(i, end));
    i = end;
  }
  if (orientation && orientation > 1)
    out.splice(orientationAt, 0, jpegSegment(0xe1, Buffer.concat([EXIF_HEADER, orientationOnlyTiff(orientation)])));
  return Buffer.concat(out);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function stripPng(bytes: Buffer): Buffer {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new ImageStructureError('no PNG signature');
  const out: Buffer[] = [PNG_SIGNATURE];
  let orientation: number | undefined;
  let i = 8;
  for (;;) {
    if (i + 12 > bytes.length) throw new ImageStructureError('truncated chunk');
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    const end = i + 12 + length;
    if (end > bytes.length) throw new ImageStructureError('chunk beyond the file');
    if (type === 'eXIf' && orientation === undefined)
      orientation = tiffOrientation(bytes.subarray(i + 8, i + 8 + length));
    if (type === 'IDAT' && orientation && orientation > 1) {
      out.push(pngChunk('eXIf', orientationOnlyTiff(orientation))); // eXIf must come before the image data
      orientation = 1;
    }
    if (!PNG_DROPPED.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(out);
}

const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat(data.length % 2 ? [head, data, Buffer.alloc(1)] : [head, data]);
}

export function stripWebp(bytes: Buffer): Buffer {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP')
    throw new ImageStructureError('no WebP header');
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  const chunks: Array<{ fourcc: string; bytes: Buffer }> = [];
  let orientation: number | undefined;
  for (let i = 12; i < riffEnd; ) {
    if (i + 8 > riffEnd) throw new ImageStructureError('truncated chunk');
    const fourcc = bytes.toString('latin1', i, i + 4);
    const size = bytes.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (i + 8 + size > riffEnd) throw new ImageStructureError('chunk beyond the file');
    if (fourcc === 'EXIF' && orientation === undefined) {
      const data = bytes.subarray(i + 8, i + 8 + size);
      orientation = tiffOrientation(data.subarray(0, 6).equals(EXIF_HEADER) ? data.subarray(6) : data);
    }
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ')
      chunks.push({ fourcc, bytes: bytes.subarray(i, Math.min(end, riffEnd)) });
    i = end;
  }
  const vp8x = chunks.find((c) => c.fourcc === 'VP8X');
  if (vp8x) {
    const copy = Buffer.from(vp8x.bytes);
    copy[8] = copy[8]! & ~(VP8X_EXIF | VP8X_XMP);
    if (orientation && orientation > 1) {
      copy[8] = copy[8]! | VP8X_EXIF;
      chunks.push({ fourcc: 'EXIF', bytes: riffChunk('EXIF', orientationOnlyTiff(orientation)) }); // EXIF comes after the image data
    }
    vp8x.bytes = copy;
  }
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks.map((c) => c.bytes)]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}

interface Box {
  type: string;
  /** Where the box's content starts (after its header) and where the box ends. */
  start: number;
  end: number;
}

function boxes(bytes: Buffer, from: number, to: number): Box[] {
  const found: Box[] = [];
  for (let at = from; at + 8 <= to; ) {
    let size = bytes.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) throw new ImageStructureError('truncated box');
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) throw new ImageStructureError('box beyond its parent');
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), start: at + header, end: at + size });
    at += size;
  }
  return found;
}

function readUInt(bytes: Buffer, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 2) return bytes.readUInt16BE(at);
  if (size === 4) return bytes.readUInt32BE(at);
  if (size === 8) return Number(bytes.readBigUInt64BE(at));
  throw new ImageStructureError(`field size ${size}`);
}

/**
 * HEIC (ISO BMFF): the Exif and XMP items (found through `iinf`) have their bytes (found through
 * `iloc`) overwritten with zeros in place, so every box and offset stays valid and the picture's
 * items are untouched. The orientation of a HEIC image is a property (`irot`), not Exif, and stays.
 */
export function stripHeic(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const meta = boxes(out, 0, out.length).find((b) => b.type === 'meta');
  if (!meta) return out;
  const children = boxes(out, meta.start + 4, meta.end); // meta is a full box
  const metadataItems = new Set<number>();
  const iinf = children.find((b) => b.type === 'iinf');
  if (iinf) {
    const version = out[iinf.start]!;
    for (const infe of boxes(out, iinf.start + 4 + (version === 0 ? 2 : 4), iinf.end)) {
      if (infe.type !== 'infe') continue;
      const infeVersion = out[infe.start]!;
      if (infeVersion < 2) continue;
      let at = infe.start + 4;
      const id = infeVersion === 2 ? out.readUInt16BE(at) : out.readUInt32BE(at);
      at += (infeVersion === 2 ? 2 : 4) + 2;
      const itemType = out.toString('latin1', at, at + 4);
      at += 4;
      const nameEnd = out.indexOf(0, at);
      const contentType =
        itemType === 'mime' && nameEnd >= 0
          ? out.toString('latin1', nameEnd + 1, Math.max(nameEnd + 1, out.indexOf(0, nameEnd + 1)))
          : '';
      if (itemType === 'Exif' || (itemType === 'mime' && contentType.includes('rdf+xml'))) metadataItems.add(id);
    }
  }
  if (metadataItems.size === 0) return out;
  const iloc = children.find((b) => b.type === 'iloc');
  if (!iloc) throw new ImageStructureError('metadata items without locations');
  const idat = children.find((b) => b.type === 'idat');
  const version = out[iloc.start]!;
  let at = iloc.start + 4;
  const offsetSize = out[at]! >> 4;
  const lengthSize = out[at]! & 15;
  const baseOffsetSize = out[at + 1]! >> 4;
  const indexSize = version === 1 || version === 2 ? out[at + 1]! & 15 : 0;
  at += 2;
  const itemCount = version < 2 ? out.readUInt16BE(at) : out.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  for (let i = 0; i < itemCount; i++) {
    const id = version < 2 ? out.readUInt16BE(at) : out.readUInt32BE(at);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version === 1 || version === 2) {
      method = out.readUInt16BE(at) & 15;
      at += 2;
    }
    at += 2; // data reference index
    const baseOffset = readUInt(out, at, baseOffsetSize);
    at += baseOffsetSize;
    const extents = out.readUInt16BE(at);
    at += 2;
    for (let e = 0; e < extents; e++) {
      at += indexSize;
      const offset = readUInt(out, at, offsetSize);
      at += offsetSize;
      const length = readUInt(out, at, lengthSize);
      at += lengthSize;
      if (at > iloc.end) throw new ImageStructureError('iloc beyond its box');
      if (!metadataItems.has(id)) continue;
      const origin = method === 0 ? 0 : method === 1 && idat ? idat.start : -1;
      if (origin < 0 || length === 0) throw new ImageStructureError('metadata item stored in a way not handled');
      const from = origin + baseOffset + offset;
      if (from + length > out.length) throw new ImageStructureError('metadata item beyond the file');
      out.fill(0, from, from + length);
    }
  }
  return out;
}

/** The bytes to store for an upload of this (sniffed) type: photos without their metadata, the rest as they came. */
export function stripMetadata(bytes: Buffer, mime: string): Buffer {
  switch (mime) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'image/heic':
      return stripHeic(bytes);
    default:
      return bytes;
  }
}
