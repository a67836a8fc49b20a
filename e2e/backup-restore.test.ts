/**
 * The backup → wipe → restore drill, with the commands the README gives: for PGlite, the data directory copied
 * while the server is stopped; for PostgreSQL, `pg_dump --format=custom` and `pg_restore` into an empty
 * database. After the restore the platform starts on it, holds the records written before the backup, and its audit
 * trail is identical (the same entries, the same newest hash) and verifies with the same key and anchors.
 * Loopback only; bounded (a few writes, two starts per database).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { ROOT, startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';
import { DEMO_PASSWORD } from '../server/seeds/demo-data.js';
import { demoDay } from './helpers/demo-calendar.js';
import { openDatabase } from '../server/src/platform/db/client.js';

const run = promisify(execFile);
const adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const serverEnv = (databaseUrl?: string) => ({
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  HOST: '127.0.0.1',
  UPLIFT_DEMO: '1',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  LOG_LEVEL: 'warn',
});

interface TrailHead {
  entries: number;
  newestHash: string;
}

async function trailHead(target: { dataDir?: string; url?: string }): Promise<TrailHead> {
  const database = await openDatabase(target);
  try {
    const result = (await database.db.execute(
      sql`select count(*)::int as entries, (select hash from audit_trail order by seq desc limit 1) as newest from audit_trail`,
    )) as { rows: Array<{ entries: number; newest: string }> };
    return { entries: result.rows[0]!.entries, newestHash: result.rows[0]!.newest };
  } finally {
    await database.close();
  }
}

/** Records three kick-offs through the API and returns their places. */
async function writeSome(server: ServerProcess, tag: string): Promise<string[]> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'xuzhou', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const campaigns = (await (await fetch(`${server.url}/api/v1/campaigns`, { headers: { cookie } })).json()) as {
    items: Array<{ id: string; regionCode: string }>;
  };
  const campaignId = campaigns.items.find((c) => c.regionCode === '320300')!.id;
  const places = [1, 2, 3].map((n) => `${tag} #${n}`);
  for (const place of places) {
    const response = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/kick-offs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ heldOn: demoDay('2026-05-03'), place, attendees: '徐州市局' }),
    });
    expect(response.status).toBe(201);
  }
  return places;
}

async function placesOn(server: ServerProcess): Promise<Set<string>> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'xuzhou', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const campaigns = (await (await fetch(`${server.url}/api/v1/campaigns`, { headers: { cookie } })).json()) as {
    items: Array<{ id: string; regionCode: string }>;
  };
  const campaignId = campaigns.items.find((c) => c.regionCode === '320300')!.id;
  const detail = (await (
    await fetch(`${server.url}/api/v1/campaigns/${campaignId}`, { headers: { cookie } })
  ).json()) as {
    kickOffs: Array<{ place: string }>;
  };
  return new Set(detail.kickOffs.map((k) => k.place));
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

async function verifyTrail(dataDir: string, databaseUrl?: string): Promise<string> {
  // exit code 0, else execFile rejects with the report
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/audit-verify.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  });
  return stdout;
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup → wipe → restore', () => {
  it('PGlite: a copy of the stopped data directory restores the same records and the same trail', async () => {
    const dataDir = tempDataDir();
    const backup = `${dataDir}.backup`;
    temporary.push(dataDir, backup);
    let server = await startServer(dataDir, serverEnv(), { web: false });
    const places = await writeSome(server, `备份演练 ${randomBytes(3).toString('hex')}`);
    await stop(server);
    const before = await trailHead({ dataDir });

    // README: stop the server, copy the directory (database, files, audit key and anchors)
    fs.cpSync(dataDir, backup, { recursive: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.cpSync(backup, dataDir, { recursive: true });

    expect(await trailHead({ dataDir })).toEqual(before);
    expect(await verifyTrail(dataDir)).toContain('audit chain intact');
    server = await startServer(dataDir, serverEnv(), { web: false });
    const restored = await placesOn(server);
    expect(places.every((p) => restored.has(p))).toBe(true);
    await stop(server);
  });

  it.skipIf(!adminUrl)('PostgreSQL: pg_dump and pg_restore into an empty database restore the same trail', async () => {
    const url = new URL(adminUrl!);
    expect(['127.0.0.1', 'localhost', '[::1]']).toContain(url.hostname);
    const suffix = randomBytes(5).toString('hex');
    const names = { source: `uplift_e2e_bk_${suffix}`, restored: `uplift_e2e_rs_${suffix}` };
    const urlOf = (name: string) => Object.assign(new URL(adminUrl!), { pathname: `/${name}` }).toString();
    const admin = async (text: string) => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    };
    const dataDir = tempDataDir(); // files, audit key and anchors live here, outside the database
    const dump = path.join(dataDir, 'uplift.dump');
    temporary.push(dataDir);
    await admin(`create database ${names.source}`);
    try {
      let server = await startServer(dataDir, serverEnv(urlOf(names.source)), { web: false });
      const places = await writeSome(server, `备份演练 ${suffix}`);
      await stop(server);
      const before = await trailHead({ url: urlOf(names.source) });

      // README: pg_dump --format=custom, then pg_restore into an empty database
      await run('pg_dump', ['--format=custom', `--file=${dump}`, urlOf(names.source)]);
      await admin(`drop database ${names.source} with (force)`);
      await admin(`create database ${names.restored}`);
      await run('pg_restore', ['--no-owner', `--dbname=${urlOf(names.restored)}`, dump]);

      expect(await trailHead({ url: urlOf(names.restored) })).toEqual(before);
      expect(await verifyTrail(dataDir, urlOf(names.restored))).toContain('audit chain intact');
      server = await startServer(dataDir, serverEnv(urlOf(names.restored)), { web: false });
      const restored = await placesOn(server);
      expect(places.every((p) => restored.has(p))).toBe(true);
      await stop(server);
    } finally {
      await admin(`drop database if exists ${names.source} with (force)`);
      await admin(`drop database if exists ${names.restored} with (force)`);
    }
  });
});
