/**
 * An upload's bytes, read as they arrive and refused at the first byte over the cap (or at once,
 * when the declared length is over it), so an oversize upload is never held whole. What is left of
 * a refused body is drained and dropped, so the client still gets the answer.
 */
import type { Readable } from 'node:stream';

export class BodyTooLargeError extends Error {
  constructor(readonly max: number) {
    super(`body over ${max} bytes`);
  }
}

export async function readBoundedBody(
  source: unknown,
  maxBytes: number,
  declaredLength?: string | number,
): Promise<Buffer> {
  if (Buffer.isBuffer(source)) {
    if (source.length > maxBytes) throw new BodyTooLargeError(maxBytes);
    return source;
  }
  const stream = source as Readable | null | undefined;
  if (!stream || typeof stream.on !== 'function') return Buffer.alloc(0);
  if (Number(declaredLength) > maxBytes) {
    stream.resume();
    throw new BodyTooLargeError(maxBytes);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        stream.off('data', onData);
        chunks.length = 0;
        stream.resume(); // drain the rest without keeping it
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}
