/**
 * A process killed with SIGKILL in the middle of writing loses nothing it acknowledged and leaves nothing
 * half-written (shared/security §1.4; ADR 0015). The real server runs as a child process; eight writers record
 * kick-off meetings (a row and its audit entry, one transaction) until 1,000 were sent; after a few hundred were
 * acknowledged the process is killed with -9. The next start (which recovers PGlite's stale lock) must hold every
 * acknowledged kick-off, as many kick-off audit entries as kick-off rows written, and a trail that verifies
 * (`npm run audit:verify`). Run on PGlite (the data directory) and, with TEST_DATABASE_URL, on PostgreSQL.
 * Bounded: 1,000 writes at most, a deadline, loopback only.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { ROOT, startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';
import { DEMO_PASSWORD } from '../server/seeds/demo-data.js';
import { demoDay } from './helpers/demo-calendar.js';

const run = promisify(execFile);
const adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const WRITES = 1_000;
const WRITERS = 8;
const KILL_AFTER_ACKNOWLEDGED = 300;
const DEADLINE_MS = 90_000;

interface Client {
  base: string;
  cookie: string;
  csrfToken: string;
}

async function signIn(base: string): Promise<Client> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'xuzhou', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie, csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken };
}

async function get<T>(client: Client, path: string): Promise<T> {
  const response = await fetch(`${client.base}${path}`, { headers: { cookie: client.cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function xuzhouCampaign(client: Client): Promise<string> {
  const { items } = await get<{ items: Array<{ id: string; regionCode: string }> }>(client, '/api/v1/campaigns');
  return items.find((c) => c.regionCode === '320300')!.id;
}

async function kickOffPlaces(client: Client, campaignId: string): Promise<Set<string>> {
  const detail = await get<{ kickOffs: Array<{ place: string }> }>(client, `/api/v1/campaigns/${campaignId}`);
  return new Set(detail.kickOffs.map((k) => k.place));
}

/** Writes until killed: returns the places whose write was acknowledged (201) and every place sent. */
async function writeUntilKilled(server: ServerProcess, client: Client, campaignId: string, tag: string) {
  const acknowledged: string[] = [];
  const sent: string[] = [];
  let next = 0;
  let killed = false;
  const stopAt = Date.now() + DEADLINE_MS;
  const writer = async () => {
    while (!killed && next < WRITES && Date.now() < stopAt) {
      const place = `${tag} #${next++}`;
      sent.push(place);
      try {
        const response = await fetch(`${client.base}/api/v1/campaigns/${campaignId}/kick-offs`, {
          method: 'POST',
          headers: { cookie: client.cookie, 'content-type': 'application/json', 'x-csrf-token': client.csrfToken },
          body: JSON.stringify({ heldOn: demoDay('2026-05-03'), place, attendees: '徐州市局、认证机构' }),
          signal: AbortSignal.timeout(20_000),
        });
        await response.arrayBuffer();
        if (response.status === 201) acknowledged.push(place);
        else if (!killed) throw new Error(`a write answered ${response.status} before the kill`);
      } catch (error) {
        if (!killed) throw error;
      }
      if (!killed && acknowledged.length >= KILL_AFTER_ACKNOWLEDGED) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  await server.exited;
  return { acknowledged, sent, killed };
}

function describeDrill(kind: 'pglite' | 'postgres', databaseUrl: () => string | undefined) {
  const dataDir = tempDataDir();
  let server: ServerProcess | undefined;
  const env = () => ({
    ...(databaseUrl() ? { DATABASE_URL: databaseUrl()! } : {}),
    HOST: '127.0.0.1',
    UPLIFT_DEMO: '1',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
  });
  afterAll(() => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`${kind}: kill -9 during 1,000 writes loses no acknowledged write and leaves none half-written`, async () => {
    server = await startServer(dataDir, env(), { web: false });
    const client = await signIn(server.url);
    const campaignId = await xuzhouCampaign(client);
    const auditBefore = await kickOffAuditCount(client, campaignId);
    const tag = `kill-9 ${kind} ${randomBytes(3).toString('hex')}`;

    const { acknowledged, sent, killed } = await writeUntilKilled(server, client, campaignId, tag);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    server = await startServer(dataDir, env(), { web: false });
    const after = await signIn(server.url);
    const places = await kickOffPlaces(after, campaignId);
    const lost = acknowledged.filter((p) => !places.has(p));
    expect(lost).toEqual([]);
    const written = [...places].filter((p) => p.startsWith(tag));
    // nothing appears that was not sent, and each row came with its audit entry (one transaction)
    expect(written.every((p) => sent.includes(p))).toBe(true);
    expect((await kickOffAuditCount(after, campaignId)) - auditBefore).toBe(written.length);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
    // the hash chain verifies end to end after the kill (PGlite: once the server has let go of the directory)
    // (exit code 0, else execFile rejects with the report)
    await run(process.execPath, ['--import', 'tsx', 'server/src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, ...(databaseUrl() ? { DATABASE_URL: databaseUrl()! } : {}) },
    });
  });
}

/** The campaign's kick-off entries in the trail, read through the audit viewer as the audit administrator. */
async function kickOffAuditCount(writer: Client, campaignId: string): Promise<number> {
  const auditor = await signInAs(writer.base, 'auditadmin');
  const answer = await get<{ total: number }>(
    auditor,
    `/api/v1/audit/entries?action=campaign.kick_off&objectId=${campaignId}&pageSize=1`,
  );
  return answer.total;
}

async function signInAs(base: string, username: string): Promise<Client> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie, csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken };
}

describe('kill -9 during writes', () => {
  describeDrill('pglite', () => undefined);
});

describe.skipIf(!adminUrl)('kill -9 during writes on PostgreSQL', () => {
  const databaseName = `uplift_e2e_kill_${randomBytes(5).toString('hex')}`;
  let url: string | undefined;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  it('has a scratch database', async () => {
    const parsed = new URL(adminUrl!);
    expect(['127.0.0.1', 'localhost', '[::1]']).toContain(parsed.hostname);
    await admin(`create database ${databaseName}`);
    parsed.pathname = `/${databaseName}`;
    url = parsed.toString();
  });
  afterAll(async () => admin(`drop database if exists ${databaseName} with (force)`));
  describeDrill('postgres', () => url);
});
