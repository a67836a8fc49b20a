/**
 * ADR 0019: a database owner cannot silently rewrite or truncate the trail. Each tampering runs
 * inside a transaction that is rolled back afterwards, so every case starts from the intact chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq, gte, sql, TransactionRollbackError } from 'drizzle-orm';
import { buildTestApp, TEST_AUDIT_KEY, type TestApp } from './helpers/test-app.js';
import {
  appendAudit,
  entryHash,
  keyedEntryHash,
  verifyChain,
  type ChainVerification,
} from '../src/platform/audit/trail.js';
import { auditCheckpointer, type Anchor } from '../src/platform/audit/anchors.js';
import { auditKeyFromText, type AuditKey } from '../src/platform/audit/key.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import type { Executor, Tx } from '../src/platform/db/client.js';
import { describeVerification } from '../src/cli/audit-verify.js';

let t: TestApp;
let anchors: Anchor[];
let head: number;
beforeAll(async () => {
  t = await buildTestApp();
  await auditCheckpointer(t.ctx.database.db, t.ctx.auditAnchors, TEST_AUDIT_KEY, () => t.clock.now()).checkpoint();
  anchors = await t.ctx.auditAnchors.readAll();
  head = anchors.at(-1)!.seq;
});
afterAll(async () => t?.close());

/** Runs `tamper` as a table owner would (trigger disabled), verifies, and rolls everything back. */
async function verifyTampered(
  tamper: (tx: Tx) => Promise<void>,
  options: { key?: AuditKey; anchors?: readonly Anchor[] } = {},
): Promise<ChainVerification> {
  let result: ChainVerification | undefined;
  await t.ctx.database.db
    .transaction(async (tx) => {
      await tx.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`);
      await tamper(tx);
      await tx.execute(sql`alter table audit_trail enable trigger audit_trail_no_update_delete`);
      result = await verifyChain(tx, { anchors, ...options });
      tx.rollback();
    })
    .catch((error) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  return result!;
}

/** Edits the row at `seq` and recomputes it and every later row with `rehash`, as a forger would. */
async function rewriteFrom(
  tx: Executor,
  seq: number,
  rehash: (fields: Parameters<typeof entryHash>[0]) => string,
  hashVersion?: number,
) {
  const [before] = await tx
    .select({ hash: auditTrail.hash })
    .from(auditTrail)
    .where(eq(auditTrail.seq, seq - 1));
  let prevHash = before?.hash ?? '0'.repeat(64);
  const rows = await tx.select().from(auditTrail).where(gte(auditTrail.seq, seq)).orderBy(asc(auditTrail.seq));
  for (const row of rows) {
    const { hash: _hash, hashVersion: _version, ...fields } = row;
    const forged = { ...fields, prevHash, ...(row.seq === seq ? { action: 'forged.action' } : {}) };
    const hash = rehash(forged);
    await tx
      .update(auditTrail)
      .set({ action: forged.action, prevHash, hash, ...(hashVersion ? { hashVersion } : {}) })
      .where(eq(auditTrail.seq, row.seq));
    prevHash = hash;
  }
}

describe('a correct trail', () => {
  it('passes with the key and the anchors, and the anchors reach the head', async () => {
    const result = await verifyChain(t.ctx.database.db, { anchors });
    expect(result).toEqual({ ok: true, checked: head, anchorsChecked: anchors.length });
    expect(describeVerification(result)).toContain('intact');
  });

  it('passes through the API for the audit administrator, with the anchors compared', async () => {
    const response = await (await t.as('auditadmin')).get('/api/v1/audit/verify');
    expect(response.json()).toMatchObject({ ok: true, anchorsChecked: 1 });
  });

  it('writes every new entry keyed (version 2), so the unkeyed rule does not give its hash', async () => {
    const [row] = await t.ctx.database.db.select().from(auditTrail).orderBy(desc(auditTrail.seq)).limit(1);
    const { hash, hashVersion, ...fields } = row!;
    expect(hashVersion).toBe(2);
    expect(hash).toBe(keyedEntryHash(TEST_AUDIT_KEY, fields));
    expect(hash).not.toBe(entryHash(fields));
  });
});

describe('a rewritten chain', () => {
  it('fails when one row is edited and the later hashes recomputed with the unkeyed rule, and names the row', async () => {
    const result = await verifyTampered((tx) => rewriteFrom(tx, 9, entryHash));
    expect(result).toMatchObject({ ok: false, checked: 8, firstBroken: { seq: 9, reason: 'hash_mismatch' } });
    expect(describeVerification(result)).toContain('seq=9');
  });

  it('fails when the rewritten rows also claim the legacy unkeyed version', async () => {
    const result = await verifyTampered((tx) => rewriteFrom(tx, 9, entryHash, 1));
    expect(result).toMatchObject({ ok: false, checked: 8, firstBroken: { seq: 9, reason: 'legacy_after_keyed' } });
  });

  it('fails when the whole chain is recomputed as legacy: the anchor outside the database disagrees', async () => {
    const result = await verifyTampered((tx) => rewriteFrom(tx, 1, entryHash, 1));
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: head, reason: 'anchor_mismatch' } });
    // without the anchors such a chain would look like an all-legacy one: that is what the anchors are for
    expect((await verifyTampered((tx) => rewriteFrom(tx, 1, entryHash, 1), { anchors: [] })).ok).toBe(true);
  });

  it('fails when even the right key was used to recompute, because the anchored head changed', async () => {
    const result = await verifyTampered((tx) => rewriteFrom(tx, 9, (fields) => keyedEntryHash(TEST_AUDIT_KEY, fields)));
    expect(result).toMatchObject({
      ok: false,
      checked: head - 1,
      firstBroken: { seq: head, reason: 'anchor_mismatch' },
    });
  });

  it('fails with a wrong key, at the first keyed entry', async () => {
    const wrong = auditKeyFromText('0bad'.repeat(16), 'AUDIT_HMAC_KEY');
    const result = await verifyChain(t.ctx.database.db, { key: wrong, anchors });
    expect(result).toMatchObject({ ok: false, checked: 0, firstBroken: { seq: 1, reason: 'hash_mismatch' } });
  });

  it('refuses an anchor that was not written with the key', async () => {
    const forged = { ...anchors[0]!, seq: head + 50 };
    const result = await verifyChain(t.ctx.database.db, { anchors: [...anchors, forged] });
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: head + 50, reason: 'anchor_invalid' } });
  });
});

describe('a truncated tail', () => {
  it('fails when the newest rows are deleted and names the missing range', async () => {
    const result = await verifyTampered(async (tx) => {
      await tx.delete(auditTrail).where(gte(auditTrail.seq, head - 2));
    });
    expect(result).toMatchObject({
      ok: false,
      checked: head - 3,
      firstBroken: { seq: head - 2, reason: 'truncated' },
      missing: { fromSeq: head - 2, toSeq: head },
    });
    expect(describeVerification(result)).toContain(`seq=${head - 2}..${head}`);
  });

  it('is seen through the API as well', async () => {
    // the API reads the anchors from the configured store, here after a new checkpoint
    const { db } = t.ctx.database;
    await appendAudit(db, t.clock.now(), { actor: null, action: 'auth.login', outcome: 'success' });
    await auditCheckpointer(db, t.ctx.auditAnchors, TEST_AUDIT_KEY, () => t.clock.now()).checkpoint();
    anchors = await t.ctx.auditAnchors.readAll();
    const newHead = anchors.at(-1)!.seq;
    expect(newHead).toBeGreaterThan(head);
    await db.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`);
    await db.delete(auditTrail).where(eq(auditTrail.seq, newHead));
    await db.execute(sql`alter table audit_trail enable trigger audit_trail_no_update_delete`);
    const response = await (await t.as('auditadmin')).get('/api/v1/audit/verify');
    expect(response.json()).toMatchObject({
      ok: false,
      firstBroken: { seq: newHead, reason: 'truncated' },
      missing: { fromSeq: newHead, toSeq: newHead },
    });
  });
});
