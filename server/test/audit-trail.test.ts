/** R21: the trail is append-only and hash-chained; tampering is found and named. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { verifyChain } from '../src/platform/audit/trail.js';
import { describeVerification } from '../src/cli/audit-verify.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('audit trail', () => {
  it('verifies intact on the demo, through the API for the audit admin', async () => {
    const auditor = await t.as('auditadmin');
    const response = await auditor.get('/api/v1/audit/verify');
    expect(response.statusCode).toBe(200);
    expect(response.json().ok).toBe(true);
    expect(response.json().checked).toBeGreaterThan(50);
    const entries = (await auditor.get('/api/v1/audit/entries?pageSize=5')).json();
    expect(entries.items).toHaveLength(5);
    expect(entries.items[0].seq).toBeGreaterThan(entries.items[1].seq);
  });

  it('refuses updates and deletes of trail rows', async () => {
    const { db } = t.ctx.database;
    await expect(db.execute(sql`update audit_trail set action = 'forged' where seq = 3`)).rejects.toThrow(
      /append-only|audit_trail/,
    );
    await expect(db.execute(sql`delete from audit_trail where seq = 3`)).rejects.toThrow(/append-only|audit_trail/);
    expect((await verifyChain(db)).ok).toBe(true);
  });

  it('names the first broken entry when a row is altered behind the trigger', async () => {
    const { db } = t.ctx.database;
    // Only the table owner can do this; it stands for a tampering DBA or a restored forged backup.
    await db.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`);
    await db.execute(sql`update audit_trail set action = 'forged' where seq = 7`);
    await db.execute(sql`alter table audit_trail enable trigger audit_trail_no_update_delete`);
    const result = await verifyChain(db);
    expect(result).toEqual({ ok: false, checked: 6, firstBroken: { seq: 7, reason: 'hash_mismatch' } });
    expect(describeVerification(result)).toContain('seq=7');
    const api = await (await t.as('auditadmin')).get('/api/v1/audit/verify');
    expect(api.json().firstBroken.seq).toBe(7);
  });
});
