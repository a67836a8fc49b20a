/**
 * Opens and prepares the database for the app: migrations, reference regions, and on an empty
 * database either the demo (demo mode) or a single bootstrap administrator with a one-time
 * random password that must be changed at first sign-in (R01: no default accounts).
 * Part of the composition root: it uses modules and the demo seeds, so it lives outside platform/ (ADR 0029).
 */
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { AppContext } from './platform/http/context.js';
import { runMigrations } from './platform/db/migrate.js';
import { ensureRegions } from './modules/reference/region-data.js';
import { organizations, users } from './platform/auth/identity.table.js';
import { grantMembership } from './modules/admin/grant-membership.js';
import { hashPassword } from './platform/auth/passwords.js';
import { appendAudit } from './platform/audit/trail.js';
import { seedDemo } from '../seeds/demo.js';

export type FirstRun =
  | { kind: 'existing' }
  | { kind: 'demo' }
  | { kind: 'bootstrap'; username: string; password: string };

export async function prepareDatabase(ctx: AppContext): Promise<FirstRun> {
  await runMigrations(ctx.database);
  await ensureRegions(ctx.database.db);
  const [existing] = await ctx.database.db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { kind: 'existing' }; // a non-empty database is never reseeded
  if (ctx.demo) {
    await seedDemo(ctx);
    return { kind: 'demo' };
  }
  const password = `${randomBytes(12).toString('base64url')}#A1`;
  const username = 'sysadmin';
  await ctx.database.db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organizations)
      .values({ kind: 'platform', name: '平台运维中心' })
      .returning({ id: organizations.id });
    const [user] = await tx
      .insert(users)
      .values({
        username,
        displayName: '系统管理员',
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    await grantMembership(tx, { userId: user!.id, organizationId: org!.id, role: 'system_admin' });
    await appendAudit(tx, ctx.clock.now(), {
      actor: null,
      action: 'platform.bootstrap_admin',
      objectType: 'user',
      objectId: user!.id,
      outcome: 'success',
    });
  });
  return { kind: 'bootstrap', username, password };
}
