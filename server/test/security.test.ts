/**
 * Security baseline (shared/security/requirements.md): R01 no default accounts, R04 lockout
 * without enumeration, R05 rate limit, R06 idle/absolute timeouts, R09 session rotation,
 * CSRF on cookie-authenticated writes, security headers, error bodies without internals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, and } from 'drizzle-orm';
import { buildTestApp, makeClient, type TestApp } from './helpers/test-app.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { sessions } from '../src/platform/auth/identity.table.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-store.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('R04 lockout', () => {
  it('locks after 5 failures even for the right password, and unlocks after 15 minutes', async () => {
    for (let i = 0; i < 5; i++) {
      const { response } = await t.login('cbadmin', 'Wrong@12345');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await t.login('cbadmin');
    expect(locked.response.statusCode).toBe(423);
    expect(locked.response.json().code).toBe('ACCOUNT_LOCKED');

    t.clock.advance(14 * 60_000);
    expect((await t.login('cbadmin')).response.statusCode).toBe(423);
    t.clock.advance(60_000 + 1);
    expect((await t.login('cbadmin')).response.statusCode).toBe(200);

    const rows = await t.ctx.database.db.select().from(auditTrail).where(eq(auditTrail.action, 'auth.lock'));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const failures = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.action, 'auth.login'), eq(auditTrail.outcome, 'failure')));
    expect(failures.length).toBeGreaterThanOrEqual(5);
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    const unknown = await t.login('no-such-person', 'Wrong@12345');
    const wrong = await t.login('expert2', 'Wrong@12345');
    expect(unknown.response.statusCode).toBe(wrong.response.statusCode);
    expect(unknown.response.body).toBe(wrong.response.body);
  });

  it('locks an unknown name the same way, so lockout reveals nothing either', async () => {
    for (let i = 0; i < 5; i++) await t.login('ghost-user', 'Wrong@12345');
    expect((await t.login('ghost-user', 'Wrong@12345')).response.json().code).toBe('ACCOUNT_LOCKED');
  });
});

describe('R01 no default accounts', () => {
  it.each([
    ['admin', 'admin'],
    ['admin', '123456'],
    ['root', 'root'],
    ['sysadmin', 'sysadmin'],
  ])('refuses %s/%s', async (u, p) => {
    expect((await t.login(u, p)).response.statusCode).toBe(401);
  });
});

describe('R06 session timeouts, enforced on the server', () => {
  it('expires after 30 idle minutes and deletes the session row', async () => {
    const client = await t.as('xuzhou');
    t.clock.advance(30 * 60_000 + 1000);
    const response = await client.get('/api/v1/auth/session');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('SESSION_EXPIRED');
    const left = await t.ctx.database.db.select().from(sessions).where(eq(sessions.csrfToken, client.csrfToken!));
    expect(left).toHaveLength(0);
  });

  it('slides while used, but never beyond 12 hours', async () => {
    const client = await t.as('xuzhou');
    for (let elapsed = 0; elapsed < 11.5 * 60; elapsed += 25) {
      t.clock.advance(25 * 60_000);
      expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
    }
    t.clock.advance(35 * 60_000 - 1); // 12 h after creation, active all along
    t.clock.advance(1);
    const response = await client.get('/api/v1/auth/session');
    expect(response.statusCode).toBe(401);
  });
});

describe('R09 session rotation', () => {
  it('issues a new id at sign-in and drops the one the browser had', async () => {
    const first = await t.login('jiangsu');
    const oldCookie = first.client!.cookie!;
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'jiangsu', password: 'Demo@2026' },
      headers: { cookie: `${SESSION_COOKIE}=${oldCookie}` },
    });
    const newCookie = second.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    expect(newCookie).not.toBe(oldCookie);
    expect((await makeClient(t.app, oldCookie).get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await makeClient(t.app, newCookie).get('/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('rotates the id when switching membership', async () => {
    const client = await t.as('jiangsu');
    const me = (await client.get('/api/v1/auth/session')).json();
    const switched = await client.post('/api/v1/auth/switch-membership', { membershipId: me.activeMembershipId });
    expect(switched.statusCode).toBe(200);
    expect(switched.cookies.find((c) => c.name === SESSION_COOKIE)!.value).not.toBe(client.cookie);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('ends other sessions after a password change and applies the policy', async () => {
    const a = await t.as('fengxian');
    const b = await t.as('fengxian');
    const weak = await a.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: 'abcdefgh',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('PASSWORD_POLICY');
    const reused = await a.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: 'Demo@2026',
    });
    expect(reused.json().code).toBe('PASSWORD_POLICY');
    const ok = await a.post('/api/v1/auth/change-password', {
      currentPassword: 'Demo@2026',
      newPassword: 'Xuzhou#Feng2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await b.get('/api/v1/auth/session')).statusCode).toBe(401);
  });
});

describe('CSRF on cookie-authenticated writes', () => {
  it('refuses a write without the token, with a wrong one, and accepts the right one', async () => {
    const client = await t.as('xuzhou');
    const id = t.ids.participations.e12!;
    const noToken = await makeClient(t.app, client.cookie).post(`/api/v1/participations/${id}/contact/reveal`, {
      reason: 'arrange_visit',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await makeClient(t.app, client.cookie, 'not-the-token').post(
      `/api/v1/participations/${id}/contact/reveal`,
      { reason: 'arrange_visit' },
    );
    expect(wrong.json().code).toBe('CSRF_TOKEN_INVALID');
    expect(
      (await client.post(`/api/v1/participations/${id}/contact/reveal`, { reason: 'arrange_visit' })).statusCode,
    ).toBe(200);
  });
});

describe('headers and error bodies', () => {
  it('sends the security headers', async () => {
    const response = await t.anonymous.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['referrer-policy']).toBeDefined();
  });

  it('answers errors as {code, message} without stack traces, in the asked language', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json()).sort()).toEqual(['code', 'field', 'message']);
    expect(bad.body).not.toMatch(/at .*\.ts|stack/i);
    const missing = await t.anonymous.get('/api/v1/nothing-here', { 'accept-language': 'en-US' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/not found/);
    const invalid = await t.anonymous.post('/api/v1/auth/login', { username: 'x' });
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.password' });
    // the field is named by its label in the message, by its path in `field`
    expect(invalid.json().message).toContain('密码');
    expect(invalid.json().message).not.toContain('body.password');
  });
});
