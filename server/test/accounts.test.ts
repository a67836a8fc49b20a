/** Account rules: 三员 kept apart, roles only in organizations of their kind, and the first run without demo (R01). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { grantMembership } from '../src/modules/accounts/identity-records.js';
import { users } from '../src/platform/auth/identity.table.js';
import { AppError } from '../src/platform/http/app-error.js';

describe('memberships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t?.close());

  it('refuses a second administrator post for one account', async () => {
    const grant = grantMembership(t.ctx.database.db, {
      userId: t.ids.users.sysadmin!,
      organizationId: t.ids.orgs.platform!,
      role: 'audit_admin',
    });
    await expect(grant).rejects.toMatchObject({ code: 'ADMIN_ROLES_SEPARATED' });
  });

  it('refuses a role in an organization of the wrong kind', async () => {
    const grant = grantMembership(t.ctx.database.db, {
      userId: t.ids.users.expert!,
      organizationId: t.ids.orgs.xz!,
      role: 'cb_admin',
    });
    await expect(grant).rejects.toBeInstanceOf(AppError);
  });

  it('lets a person hold business roles in several organizations and switch between them', async () => {
    const second = await grantMembership(t.ctx.database.db, {
      userId: t.ids.users.expert!,
      organizationId: t.ids.orgs.assoc!,
      role: 'evaluation_expert',
    });
    const client = await t.as('expert');
    const switched = await client.post('/api/v1/auth/switch-membership', { membershipId: second });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().memberships).toHaveLength(2);
  });
});

describe('first run without demo (R01)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ demo: false });
  });
  afterAll(async () => t?.close());

  it('creates no demo account and one administrator who must change the password first', async () => {
    expect((await t.login('xuzhou')).response.statusCode).toBe(401);
    const all = await t.ctx.database.db.select().from(users);
    expect(all.map((u) => [u.username, u.mustChangePassword])).toEqual([['sysadmin', true]]);
    const admin = await t.as('sysadmin');
    const blocked = await admin.get('/api/v1/admin/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await admin.get('/api/v1/auth/session')).statusCode).toBe(200);
    const [row] = await t.ctx.database.db.select().from(users).where(eq(users.username, 'sysadmin'));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
