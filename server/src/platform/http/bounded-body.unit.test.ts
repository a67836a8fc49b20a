/** An upload is refused at the first byte over the cap, without being held whole. */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { BodyTooLargeError, readBoundedBody } from './bounded-body.js';

describe('readBoundedBody', () => {
  it('reads a body up to the cap, and stops reading one that goes past it without a declared length', async () => {
    const small = new PassThrough();
    small.end(Buffer.alloc(100, 1));
    expect((await readBoundedBody(small, 100)).length).toBe(100);

    const endless = new PassThrough();
    let written = 0;
    const pump = () => {
      for (let more = true; more && written < 10 * 1024 * 1024; ) {
        more = endless.write(Buffer.alloc(64 * 1024));
        written += 64 * 1024;
      }
    };
    endless.on('drain', pump);
    pump();
    // the body never ends: the refusal comes from counting, not from waiting for the whole
    await expect(readBoundedBody(endless, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    endless.destroy();
  });

  it('refuses at once when the declared length is over the cap', async () => {
    const stream = new PassThrough();
    await expect(readBoundedBody(stream, 10, '11')).rejects.toMatchObject({ max: 10 });
  });
});
