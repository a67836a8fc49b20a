/** Which served file is cached for good and which is revalidated, and what the build precompresses (ADR 0027). */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from './web-app.js';
import { precompressDirectory } from '../../../../scripts/precompress.js';

const root = path.join(os.tmpdir(), 'dist');

describe('cacheControlFor', () => {
  it('caches hashed files under assets/ (and their .br/.gz twins) for good', () => {
    expect(cacheControlFor(root, path.join(root, 'assets/index-Ab12.js'))).toBe(IMMUTABLE);
    expect(cacheControlFor(root, path.join(root, 'assets/index-Ab12.js.br'))).toBe(IMMUTABLE);
    expect(cacheControlFor(root, path.join(root, 'assets/index-Ab12.css.gz'))).toBe(IMMUTABLE);
    expect(cacheControlFor(root, path.join(root, 'assets/fonts/x-1.woff2'))).toBe(IMMUTABLE);
  });

  it('revalidates index.html, its twins and any other file outside assets/', () => {
    expect(cacheControlFor(root, path.join(root, 'index.html'))).toBe(REVALIDATE);
    expect(cacheControlFor(root, path.join(root, 'index.html.br'))).toBe(REVALIDATE);
    expect(cacheControlFor(root, path.join(root, 'favicon.svg'))).toBe(REVALIDATE);
    expect(cacheControlFor(root, path.join(root, 'assets'))).toBe(REVALIDATE);
    expect(cacheControlFor(root, path.join(root, 'assets-old/app.js'))).toBe(REVALIDATE);
  });
});

describe('precompressDirectory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-precompress-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz twins for text files of 1 KiB and more only, decompressing to the original', async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    const big = 'const a = 1;\n'.repeat(100); // 1,300 bytes
    fs.writeFileSync(path.join(dir, 'assets/app.js'), big);
    fs.writeFileSync(path.join(dir, 'assets/tiny.css'), 'a{}'.repeat(341)); // 1,023 bytes
    fs.writeFileSync(path.join(dir, 'assets/logo.png'), Buffer.alloc(4096));
    fs.writeFileSync(path.join(dir, 'index.html'), `<html>${'x'.repeat(1018)}</html>`); // 1,024 bytes

    await precompressDirectory(dir);

    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'assets/app.js.br'))).toString()).toBe(big);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'assets/app.js.gz'))).toString()).toBe(big);
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'index.html.gz'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets/tiny.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'assets/logo.png.br'))).toBe(false);
  });
});
