/**
 * Reads the entries of an uploaded ZIP (an XLSX is one) without trusting it: the archive, already
 * capped in size, is opened by its central directory, and an entry is inflated only when asked,
 * chunk by chunk as the reader takes them (zlib waits while the reader works), with the bytes
 * counted against a cap per entry and for all entries together. A zip bomb is refused after about
 * one chunk past the cap, never inflated whole. Entries are found case-insensitively, as OOXML
 * part names are.
 */
import zlib from 'node:zlib';

class ZipFormatError extends Error {}

export class ZipLimitError extends Error {
  constructor(
    readonly limit: 'entry_bytes' | 'total_bytes',
    readonly max: number,
  ) {
    super(`zip ${limit} over ${max}`);
  }
}

export interface ZipLimits {
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of every entry read, together. */
  maxTotalBytes: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const CHUNK = 64 * 1024;

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  /** Inflated bytes handed out so far (for the caps, and for tests to see where reading stopped). */
  inflatedBytes = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: ZipLimits,
  ) {
    const eocd = this.findEndOfCentralDirectory();
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
        throw new ZipFormatError('bad central directory');
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const localOffset = bytes.readUInt32LE(at + 42);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/, '');
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 1) throw new ZipFormatError('encrypted entry');
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
        throw new ZipFormatError('zip64 is not supported');
      this.entries.set(name.toLowerCase(), { name, method, compressedSize, localOffset });
    }
  }

  private findEndOfCentralDirectory(): number {
    const { bytes } = this;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (bytes.readUInt32LE(i) === 0x06054b50) return i;
    }
    throw new ZipFormatError('not a zip archive');
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry's inflated bytes, chunk by chunk, counted against the caps as they come. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new ZipFormatError(`no entry ${name}`);
    const { bytes } = this;
    const local = entry.localOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
      throw new ZipFormatError('bad local header');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + entry.compressedSize > bytes.length) throw new ZipFormatError('entry outside the archive');
    const data = bytes.subarray(start, start + entry.compressedSize);
    let entryBytes = 0;
    const count = (chunk: Buffer) => {
      entryBytes += chunk.length;
      this.inflatedBytes += chunk.length;
      if (entryBytes > this.limits.maxEntryBytes) throw new ZipLimitError('entry_bytes', this.limits.maxEntryBytes);
      if (this.inflatedBytes > this.limits.maxTotalBytes)
        throw new ZipLimitError('total_bytes', this.limits.maxTotalBytes);
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += CHUNK) {
        const chunk = data.subarray(at, at + CHUNK);
        count(chunk);
        yield chunk;
      }
      return;
    }
    if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
    inflater.end(data);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        count(chunk);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipLimitError) throw error;
      throw new ZipFormatError(`inflate: ${(error as Error).message}`);
    } finally {
      inflater.destroy();
    }
  }
}
