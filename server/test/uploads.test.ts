/**
 * Uploads cannot hurt the server or leak (ADR 0021, 0022): a roster over a limit is refused while it
 * is read, with a code naming the limit and nothing written; a refused evidence upload leaves no
 * file in FILES_DIR; photos are stored without their GPS position; personal answers are not
 * cached; signing out clears the browser's stored data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { files } from '../src/modules/files/files.table.js';
import { rosterImports } from '../src/modules/rosters/rosters.table.js';
import { XLSX_TYPE } from '../src/modules/rosters/roster-workbook.js';
import { XlsxStreamWriter } from '../src/platform/xlsx/stream-writer.js';
import { workbookWith } from '../src/platform/xlsx/xlsx-fixtures.js';
import { MAX_UPLOAD_BYTES } from '../src/platform/files/sniff.js';
import { stripJpeg } from '../src/platform/files/strip-metadata.js';
import { jpegWithGps, pngWithGps, realPng, REAL_JPEG } from '../src/platform/files/image-fixtures.js';
import { ROSTER_COLUMNS } from '../../domain/intake/roster-columns.js';

let t: TestApp;
let participation: string; // e09, assigned to expert4
beforeAll(async () => {
  t = await buildTestApp();
  participation = t.ids.participations.e09!;
});
afterAll(async () => t?.close());

async function streamedRoster(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new XlsxStreamWriter(out, '企业名单');
  writer.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) writer.addRow([`91320321MA${String(i).padStart(8, '0')}`, `企业${i}`, '320321']);
  await writer.finish();
  return Buffer.concat(chunks);
}

const importsCount = async () => (await t.ctx.database.db.select({ n: count() }).from(rosterImports))[0]!.n;

describe('roster limits, enforced while reading', () => {
  const upload = async (file: Buffer, headers: Record<string, string> = {}) =>
    (await t.as('xuzhou')).post(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import`, file, {
      'content-type': XLSX_TYPE,
      ...headers,
    });

  it('refuses one row over the cap with 413 ROSTER_TOO_MANY_ROWS and writes nothing', async () => {
    const before = await importsCount();
    const response = await upload(await streamedRoster(50_001));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'ROSTER_TOO_MANY_ROWS',
      field: 'file',
      message: expect.stringContaining('50000'),
    });
    expect(await importsCount()).toBe(before);
  });

  it('refuses a zip bomb (a sheet that inflates past 64 MiB) with ROSTER_UNPACKED_TOO_LARGE', async () => {
    const headers = ROSTER_COLUMNS.map(
      (c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c.header}</t></is></c>`,
    ).join('');
    const bomb = workbookWith(
      Buffer.concat([
        Buffer.from(`<worksheet><sheetData><row r="1">${headers}</row>`),
        Buffer.alloc(80 * 1024 * 1024, 0x20),
        Buffer.from('</sheetData></worksheet>'),
      ]),
    );
    const response = await upload(bomb);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'ROSTER_UNPACKED_TOO_LARGE',
      message: expect.stringContaining('64 MiB'),
    });
  });

  it('refuses an upload over 20 MiB with ROSTER_FILE_TOO_LARGE (by its declared length; counting: bounded-body.unit.test.ts)', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
    const declared = await upload(big);
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({
      code: 'ROSTER_FILE_TOO_LARGE',
      message: expect.stringContaining('20 MiB'),
    });
  });

  it('names the limit for columns and cell length (422)', async () => {
    const wide = workbookWith(
      `<worksheet><sheetData><row r="1"><c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    );
    expect((await upload(wide)).json()).toMatchObject({
      code: 'ROSTER_TOO_MANY_COLUMNS',
      message: expect.stringContaining('ZZ1 > 64'),
    });
    expect((await upload(wide)).statusCode).toBe(422);
  });
});

function storedFiles(): string[] {
  if (!fs.existsSync(t.filesDir)) return [];
  return fs
    .readdirSync(t.filesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('evidence uploads', () => {
  const upload = async (bytes: Buffer, name: string, type = 'application/octet-stream') =>
    (await t.as('expert4')).post(
      `/api/v1/participations/${participation}/files?purpose=survey_evidence&name=${encodeURIComponent(name)}`,
      bytes,
      { 'content-type': type },
    );
  const fileRows = async () => (await t.ctx.database.db.select({ n: count() }).from(files))[0]!.n;

  it('leaves no file and no row behind when refused: by type, by size, as a damaged image, or after the bytes were stored', async () => {
    const rows = await fileRows();
    // the demo's own files (its excellent case's chart) are there before; nothing is added to them
    const before = storedFiles().sort();
    expect((await upload(Buffer.from('#!/bin/sh\necho hi\n'), '照片.jpg', 'image/jpeg')).statusCode).toBe(415);
    expect((await upload(Buffer.concat([REAL_JPEG, Buffer.alloc(MAX_UPLOAD_BYTES)]), 'big.jpg')).statusCode).toBe(413);
    const damaged = await upload(Buffer.concat([REAL_JPEG.subarray(0, 20), Buffer.alloc(100)]), 'damaged.jpg');
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json().code).toBe('FILE_IMAGE_UNREADABLE');
    // a step after the store fails (here the database refuses the row)
    const { db } = t.ctx.database;
    await db.execute(
      sql.raw(
        `create function uploads_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused after the store'; end $$`,
      ),
    );
    await db.execute(
      sql.raw(
        'create trigger uploads_test_refuse before insert on files for each row execute function uploads_test_refuse()',
      ),
    );
    try {
      const late = await upload(realPng(), 'late.png');
      expect(late.statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      await db.execute(sql.raw('drop trigger uploads_test_refuse on files'));
      await db.execute(sql.raw('drop function uploads_test_refuse()'));
    }
    expect(storedFiles().sort()).toEqual(before);
    expect(await fileRows()).toBe(rows);
    // the same bytes accepted afterwards are stored once
    const accepted = await upload(realPng(), 'ok.png');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(storedFiles().sort()).toEqual(
      [...before, path.join(t.filesDir, accepted.json().sha256.slice(0, 2), accepted.json().sha256)].sort(),
    );
  });

  it('keeps a file another upload still uses when a later upload of the same bytes is refused', async () => {
    const first = await upload(pngWithGps(1), 'first.png');
    expect(first.statusCode).toBe(201);
    const { db } = t.ctx.database;
    await db.execute(
      sql.raw(
        `create function uploads_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`,
      ),
    );
    await db.execute(
      sql.raw(
        'create trigger uploads_test_refuse before insert on files for each row execute function uploads_test_refuse()',
      ),
    );
    try {
      expect((await upload(pngWithGps(1), 'again.png')).statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      await db.execute(sql.raw('drop trigger uploads_test_refuse on files'));
      await db.execute(sql.raw('drop function uploads_test_refuse()'));
    }
    expect(storedFiles()).toContain(path.join(t.filesDir, first.json().sha256.slice(0, 2), first.json().sha256));
    expect((await (await t.as('expert4')).get(`/api/v1/files/${first.json().id}`)).statusCode).toBe(200);
  });

  it('stores a photo without its GPS position; size and digest are those of the stored bytes', async () => {
    const photo = jpegWithGps(6);
    const response = await upload(photo, '现场.jpg', 'image/jpeg');
    expect(response.statusCode, response.body).toBe(201);
    const stripped = stripJpeg(photo);
    expect(response.json()).toMatchObject({
      mime: 'image/jpeg',
      size: stripped.length,
      sha256: createHash('sha256').update(stripped).digest('hex'),
    });
    const back = await (await t.as('ent09')).get(`/api/v1/files/${response.json().id}`);
    expect(back.rawPayload.equals(stripped)).toBe(true);
    for (const bytes of [
      back.rawPayload,
      fs.readFileSync(path.join(t.filesDir, response.json().sha256.slice(0, 2), response.json().sha256)),
    ]) {
      expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false);
      expect(bytes.includes(Buffer.from('TRAILER-GPS'))).toBe(false);
    }
  });
});

describe('caching and sign-out', () => {
  it('answers personal data, sign-in and errors with Cache-Control: no-store; public reference data may be cached', async () => {
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.get('/api/v1/participations')).headers['cache-control']).toBe('no-store');
    expect((await xuzhou.get(`/api/v1/participations/${participation}`)).headers['cache-control']).toBe('no-store');
    expect((await t.anonymous.get('/api/v1/participations')).headers['cache-control']).toBe('no-store'); // 401
    expect((await t.login('xuzhou')).response.headers['cache-control']).toBe('no-store');
    expect((await t.anonymous.get('/api/v1/industries')).headers['cache-control']).toBeUndefined();
  });

  it('clears the browser’s cache and storage at sign-out', async () => {
    const { client } = await t.login('expert4');
    const response = await client!.post('/api/v1/auth/logout');
    expect(response.statusCode).toBe(204);
    expect(response.headers['clear-site-data']).toBe('"cache", "storage"');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
