/** Removing a trail row leaves a gap the verifier names. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { verifyChain } from '../src/platform/audit/trail.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

it('reports a sequence gap where a row was deleted', async () => {
  const { db } = t.ctx.database;
  await db.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`);
  await db.execute(sql`delete from audit_trail where seq = 12`);
  await db.execute(sql`alter table audit_trail enable trigger audit_trail_no_update_delete`);
  expect(await verifyChain(db, 5)).toEqual({
    ok: false,
    checked: 11,
    firstBroken: { seq: 12, reason: 'sequence_gap' },
  });
});
