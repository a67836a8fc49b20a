/**
 * Delivery (ADR 0027): the web build goes out precompressed (brotli, else gzip) with
 * `Vary: Accept-Encoding`, hashed /assets files are cached for a year as immutable, index.html and
 * the SPA fallback are revalidated; every request writes one log line without its query string.
 * The web build is a small fixture precompressed by the build's own step, not a full `vite build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { precompressDirectory } from '../../scripts/precompress.js';

const ASSET = '/assets/index-Ab12Cd34.js';
const assetSource = `export const greeting = ${JSON.stringify('你好，'.repeat(400))};\n`;
const indexHtml = `<!doctype html><html lang="zh-CN"><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;

let t: TestApp;
let webDist: string;
let log = '';
beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), indexHtml);
  fs.writeFileSync(path.join(webDist, ASSET), assetSource);
  expect(await precompressDirectory(webDist)).toBe(2);
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  t = await buildTestApp({ demo: false, webDist, logStream });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('static assets', () => {
  it('sends the brotli twin of a hashed asset to a client that accepts br, cached as immutable', async () => {
    const response = await get(ASSET, 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(assetSource);
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(assetSource) / 4);
  });

  it('sends the gzip twin when the client accepts gzip only', async () => {
    const response = await get(ASSET, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(assetSource);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const response = await get(ASSET);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(assetSource);
  });

  it('revalidates index.html, at / and as the SPA fallback of a client-side route', async () => {
    for (const url of ['/', '/index.html', '/campaigns/123']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(response.rawPayload).toString(), url).toBe(indexHtml);
    }
    const plain = await get('/campaigns/123');
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body).toBe(indexHtml);
  });

  it('leaves the API out of static caching', async () => {
    const response = await get('/api/health', 'br');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['cache-control'] ?? '')).not.toContain('immutable');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect((await get('/api/no-such-route')).statusCode).toBe(404);
  });
});

describe('request log', () => {
  it('writes one info line per request with method, route pattern, status, duration and request id, never the query string', async () => {
    log = '';
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/campaigns/0b7e2c4a-1d2f-4a6b-9c8d-7e6f5a4b3c21?phone=13800000000&name=%E5%BC%A0%E4%B8%89',
    });
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      route: '/api/v1/campaigns/:id',
      status: response.statusCode,
    });
    expect(typeof lines[0]!.durationMs).toBe('number');
    expect(typeof lines[0]!.reqId).toBe('string');
    expect(log).not.toContain('13800000000');
    expect(log).not.toContain('0b7e2c4a');
    expect(log).not.toContain('%E5');
  });

  it('names no route for an unknown path and still leaves its query string out', async () => {
    log = '';
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-route?idNumber=110101199003071234' });
    expect(response.statusCode).toBe(404);
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', route: '(no route)', status: 404 });
    expect(log).not.toContain('110101199003071234');
    expect(log).not.toContain('no-such-route');
  });
});
