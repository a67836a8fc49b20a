/**
 * Invitation links by email (ADR 0034): with a mail server configured, inviting an account that has an address
 * sends it one message with the link (Chinese first, then English) and the answer says `emailed: true`; when the
 * mail server cannot be reached the invitation still stands, `emailed` is false and one warn line names the failure
 * without the link or token. The mail server is a real SMTP server in this process. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { startTestSmtp, type TestSmtp } from './helpers/test-smtp.js';
import { smtpMailer } from '../src/platform/delivery/smtp-mailer.js';
import { unconfiguredSms } from '../src/platform/delivery/messages.js';
import { chinaDateTime } from '../../domain/dates/china-time.js';

const warnings: Array<{ fields: Record<string, unknown>; message: string }> = [];
let smtp: TestSmtp;
const received = () => smtp.received;
let t: TestApp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  const { port } = smtp;
  t = await buildTestApp({
    accounts: {
      invitationTtlMs: 72 * 3600_000,
      publicBaseUrl: 'https://uplift.example.cn',
      mailer: smtpMailer({
        url: `smtp://127.0.0.1:${port}`,
        from: 'Uplift <noreply@uplift.example.cn>',
        timeoutMs: 5000,
      }),
      sms: unconfiguredSms,
      log: { warn: (fields, message) => warnings.push({ fields, message }) },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await smtp.close();
});

/** The message's text part, decoded from whichever transfer encoding the sender chose. */
function textOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

async function invite(email: string) {
  const cbadmin = await t.as('cbadmin');
  const response = await cbadmin.post('/api/v1/accounts', {
    displayName: '邮件 测试',
    organizationId: t.ids.orgs.cb1,
    role: 'cb_manager',
    email,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().invitation as { link: string; token: string; expiresAt: string; emailed: boolean };
}

describe('invitation email', () => {
  it('an account with an address gets one message with the activation link, and the answer says emailed', async () => {
    const invitation = await invite('mail.one@example.cn');
    expect(invitation.emailed).toBe(true);
    expect(invitation.link).toBe(`https://uplift.example.cn/activate?token=${invitation.token}`);
    expect(received()).toHaveLength(1);
    const [message] = received();
    expect(message!.to).toEqual(['mail.one@example.cn']);
    const text = textOf(message!.raw);
    expect(text).toContain(invitation.link);
    expect(text).toContain(`北京时间 ${chinaDateTime(new Date(invitation.expiresAt))}`);
    // Chinese first, then English, each naming what the link is for
    expect(text.indexOf('激活')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('激活')).toBeLessThan(text.indexOf('activate your Uplift account'));
    expect(warnings).toEqual([]);
  });

  it('with the mail server gone the invitation still succeeds, not emailed, one warn line without the token', async () => {
    await smtp.close();
    const invitation = await invite('mail.two@example.cn');
    expect(invitation.emailed).toBe(false);
    expect(invitation.token).toBeTruthy();
    expect(received()).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    const line = JSON.stringify(warnings[0]);
    expect(line).toContain('ECONNREFUSED');
    expect(line).not.toContain(invitation.token);
    expect(line).not.toContain('mail.two@example.cn');
    // the link still works: the invitation is open
    const open = await t.anonymous.post('/api/v1/public/invitations/inspect', { token: invitation.token });
    expect(open.statusCode, open.body).toBe(200);
  });
});
