/**
 * `npm run audit:verify` as an operator runs it (ADR 0019): a separate process with the database,
 * the key and the anchor file from the environment; exit code 0 intact, 2 broken, 1 cannot verify.
 * Also: rows written before the key existed (version 1) are checked by the old rule and sealed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gte, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { appendAudit, entryHash, GENESIS_HASH, verifyChain } from '../src/platform/audit/trail.js';
import { auditKeyFromText, installAuditKey } from '../src/platform/audit/key.js';
import { auditCheckpointer, fileAnchorStore } from '../src/platform/audit/anchors.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { createScratchPostgresDatabase, testDbKind } from './helpers/test-database.js';

const run = promisify(execFile);
const KEY_HEX = 'c1'.repeat(32);
const key = auditKeyFromText(KEY_HEX, 'AUDIT_HMAC_KEY');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-verify-'));
const anchorFile = path.join(dir, 'anchors.jsonl');
let databaseEnv: Record<string, string>;
let dropDatabase = async () => {};

/** A database the CLI can open by itself: a PGlite directory, or a fresh PostgreSQL database. */
async function openOwnDatabase(): Promise<Database> {
  if (testDbKind() === 'postgres') return openDatabase({ url: databaseEnv.DATABASE_URL });
  return openDatabase({ dataDir: databaseEnv.DATA_DIR });
}

async function cli(env: Record<string, string>) {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const {
    DATABASE_URL: _url,
    AUDIT_HMAC_KEY: _key,
    AUDIT_HMAC_KEY_FILE: _file,
    AUDIT_ANCHOR_FILE: _anchors,
    ...inherited
  } = process.env;
  try {
    const { stdout } = await run(tsx, ['server/src/cli/audit-verify.ts'], {
      env: { ...inherited, ...databaseEnv, ...env },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: `${failed.stdout}${failed.stderr}` };
  }
}

beforeAll(async () => {
  if (testDbKind() === 'postgres') {
    const scratch = await createScratchPostgresDatabase();
    databaseEnv = { DATABASE_URL: scratch.url, UPLIFT_DEMO: '1' };
    dropDatabase = scratch.drop;
  } else {
    databaseEnv = { DATA_DIR: path.join(dir, 'data') };
  }
  const database = await openOwnDatabase();
  try {
    await runMigrations(database);
    // three entries as the app wrote them before the key existed: the unkeyed rule, and no
    // hash_version given, so the column's migration default (1, legacy) applies
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const fields = {
        seq,
        occurredAt: new Date(`2026-01-0${seq}T00:00:00Z`),
        actorUserId: null,
        actorOrganizationId: null,
        actorRole: null,
        action: 'legacy.entry',
        objectType: null,
        objectId: null,
        outcome: 'success',
        beforeDigest: null,
        afterDigest: null,
        detail: {},
        prevHash,
      };
      prevHash = entryHash(fields);
      await database.db.insert(auditTrail).values({ ...fields, hash: prevHash });
    }
    installAuditKey(key);
    for (let i = 0; i < 5; i++)
      await appendAudit(database.db, new Date('2026-02-01T00:00:00Z'), {
        actor: null,
        action: 'auth.login',
        outcome: 'success',
      });
    await auditCheckpointer(
      database.db,
      fileAnchorStore(anchorFile),
      key,
      () => new Date('2026-02-01T00:00:05Z'),
    ).checkpoint();
    expect(await verifyChain(database.db, { anchors: await fileAnchorStore(anchorFile).readAll() })).toEqual({
      ok: true,
      checked: 8,
      legacyEntries: 3,
      anchorsChecked: 1,
    });
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  await dropDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('audit:verify', () => {
  it('exits 0 on an intact trail whose legacy start is sealed by the keyed entries', async () => {
    const result = await cli({ AUDIT_HMAC_KEY: KEY_HEX, AUDIT_ANCHOR_FILE: anchorFile });
    expect(result.code).toBe(0);
    expect(result.out).toContain('8 entries checked; 3 legacy (unkeyed) entries at the start; 1 anchors compared');
  });

  it('exits 2 with a wrong key, naming the first keyed entry', async () => {
    const keyFile = path.join(dir, 'wrong.key');
    fs.writeFileSync(keyFile, 'ab'.repeat(32));
    const result = await cli({ AUDIT_HMAC_KEY_FILE: keyFile, AUDIT_ANCHOR_FILE: anchorFile });
    expect(result.code).toBe(2);
    expect(result.out).toContain('seq=4 (hash_mismatch)');
  });

  it('exits 1 and says why when production has no key', async () => {
    const result = await cli({
      DATABASE_URL: databaseEnv.DATABASE_URL ?? 'postgres://nobody@127.0.0.1:1/none',
      UPLIFT_DEMO: '0',
      AUDIT_ANCHOR_FILE: anchorFile,
    });
    expect(result.code).toBe(1);
    expect(result.out).toContain('AUDIT_HMAC_KEY');
  });

  it('exits 2 when the newest entries were deleted, naming the missing range', async () => {
    const database = await openOwnDatabase();
    try {
      await database.db.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`);
      await database.db.delete(auditTrail).where(gte(auditTrail.seq, 7));
      await database.db.execute(sql`alter table audit_trail enable trigger audit_trail_no_update_delete`);
    } finally {
      await database.close();
    }
    const result = await cli({ AUDIT_HMAC_KEY: KEY_HEX, AUDIT_ANCHOR_FILE: anchorFile });
    expect(result.code).toBe(2);
    expect(result.out).toContain('seq=7..8 are missing');
  });
});
