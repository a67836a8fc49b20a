/**
 * Acceptance (ADR 0042): a reminder reaches a real SMTP server once, even with two app servers on one PostgreSQL.
 * The test starts an SMTP server, lets a first server create the database with the demo (reminders off), gives two
 * bureau officers an address, then starts two servers with a one-second reminder interval against the same
 * database and mail server, waits for the mails, waits several more intervals, and finds exactly one mail per person
 * for the stage report due in seven days (the demo's 30 November), Chinese first.
 *
 * Loopback only. Needs PostgreSQL (TEST_DATABASE_URL); skipped without it, failed without it when CI=true.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';
import { demoDay } from './helpers/demo-calendar.js';
import { startTestSmtp, type TestSmtp } from '../server/test/helpers/test-smtp.js';

const adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const INTERVAL_MS = 1000;

if (!adminUrl) {
  if (ci)
    it('has PostgreSQL for the two-server reminders (CI=true)', () => {
      throw new Error('CI=true but this test needs PostgreSQL (TEST_DATABASE_URL)');
    });
  else console.warn('e2e/reminders-two-servers: skipped, needs PostgreSQL (TEST_DATABASE_URL)');
}

async function query(url: string, text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function stop(child: ChildProcess | undefined, exited?: Promise<unknown>) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = exited ?? new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const result = await Promise.race([done, new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
  if (result === 'timeout') child.kill('SIGKILL');
}

/** The message's text part, decoded from whichever transfer encoding the sender chose. */
function decode(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase();
  let text = body;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    text = Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  // the subject, RFC 2047 encoded words joined
  const subjectHeader = /^subject:(.*(?:\r\n[ \t].*)*)/im.exec(headers)?.[1] ?? '';
  const subject = subjectHeader
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
  return { subject, text };
}

describe.skipIf(!adminUrl)('a reminder reaches the SMTP server once with two app servers on one PostgreSQL', () => {
  const root = tempDataDir();
  const databaseName = `uplift_e2e_rem_${randomBytes(5).toString('hex')}`;
  const servers: ServerProcess[] = [];
  let smtp: TestSmtp | undefined;
  const received = () => smtp?.received ?? [];
  let databaseUrl = '';

  beforeAll(async () => {
    const url = new URL(adminUrl!);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
      throw new Error(`this test talks only to the loopback interface; TEST_DATABASE_URL names ${url.hostname}`);
    smtp = await startTestSmtp();
    const { port } = smtp;

    await query(adminUrl!, `create database ${databaseName}`);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    const shared = {
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      UPLIFT_DEMO: '1',
      FILES_DIR: path.join(root, 'files'),
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_FILE: path.join(root, 'anchors.jsonl'),
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: 'Uplift <noreply@uplift.example.cn>',
      LOG_LEVEL: 'warn',
    };
    // the database and the demo first, reminders off; then two addresses (a fixture: the demo's accounts have none)
    const first = await startServer(path.join(root, 'setup'), { ...shared, REMINDER_INTERVAL_MS: '0' }, { web: false });
    await stop(first.child, first.exited);
    await query(
      databaseUrl,
      `update users set email = username || '@example.cn' where username in ('xuzhou', 'fengxian')`,
    );
    const both = { ...shared, REMINDER_INTERVAL_MS: String(INTERVAL_MS) };
    servers.push(
      ...(await Promise.all([
        startServer(path.join(root, 'a'), both, { web: false }),
        startServer(path.join(root, 'b'), both, { web: false }),
      ])),
    );
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) await stop(server.child, server.exited);
    await smtp?.close();
    if (adminUrl) await query(adminUrl, `drop database if exists ${databaseName} with (force)`).catch(() => undefined);
  });

  it('each bureau officer gets exactly one mail for the report due in seven days', async () => {
    const deadline = Date.now() + 60_000;
    while (received().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(received().length, servers.map((s) => s.output()).join('\n')).toBeGreaterThanOrEqual(2);
    // several more intervals on both servers: nothing more arrives
    await new Promise((r) => setTimeout(r, 6 * INTERVAL_MS));
    const byRecipient = (address: string) => received().filter((m) => m.to.includes(address));
    expect(byRecipient('xuzhou@example.cn')).toHaveLength(1);
    expect(byRecipient('fengxian@example.cn')).toHaveLength(1);
    expect(received()).toHaveLength(2);
    const { subject, text } = decode(byRecipient('xuzhou@example.cn')[0]!.raw);
    expect(subject).toContain('阶段工作报告报送截止');
    expect(subject.indexOf('阶段工作报告')).toBeLessThan(subject.indexOf('stage report'));
    expect(text).toContain(`${demoDay('2026-11-30')}（还有 7 天）`);
    expect(text).toContain('A stage report is due');
    // both servers ran (each logged no failure)
    for (const s of servers) expect(s.output()).not.toContain('reminders run failed');
  }, 120_000);
});
