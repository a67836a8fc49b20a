/**
 * Several app servers on one PostgreSQL (README "Several app servers"): two server processes behind nginx (Debian's,
 * round robin) share the database, the files directory and the audit key. The main API journey runs through the
 * proxy, so consecutive requests land on different processes: a session opened on one is valid on the other, a file
 * uploaded through one is downloaded through the other, concurrent writes through both keep one unbroken audit chain
 * (ADR 0019: each instance anchors the shared chain into the same append-only file).
 *
 * Loopback only; bounded (a fixed number of writes, timeouts on every request). Needs nginx and PostgreSQL
 * (TEST_DATABASE_URL); skipped without them, failed without them when CI=true.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seeds/demo-data.js';
import { freePort, startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';
import { demoDay } from './helpers/demo-calendar.js';

const adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const missing = [
  adminUrl ? null : 'PostgreSQL (TEST_DATABASE_URL)',
  nginx ? null : 'nginx (apt-get install nginx-light)',
]
  .filter(Boolean)
  .join(' and ');
const WRITES = 24;
const REQUEST_TIMEOUT_MS = 20_000;

if (missing) {
  if (ci)
    it('has PostgreSQL and nginx for the two-server drill (CI=true)', () => {
      throw new Error(`CI=true but this test needs ${missing}`);
    });
  else console.warn(`e2e/two-servers: skipped, needs ${missing}`);
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
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

/** A session through the proxy: the cookie and CSRF token of one sign-in, used for every later request. */
async function signIn(base: string, username: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: 'GET' | 'POST', pathname: string, body?: unknown, contentType = 'application/json') => {
    const response = await fetch(`${base}${pathname}`, {
      method,
      headers: {
        cookie,
        ...(method === 'POST' ? { 'x-csrf-token': csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': contentType }),
      },
      body:
        body === undefined
          ? undefined
          : body instanceof Uint8Array
            ? new Blob([body as Uint8Array<ArrayBuffer>])
            : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, bytes, json: () => JSON.parse(Buffer.from(bytes).toString()) };
  };
}

describe.skipIf(Boolean(missing))('two app servers behind nginx on one PostgreSQL', () => {
  const root = tempDataDir();
  const databaseName = `uplift_e2e_two_${randomBytes(5).toString('hex')}`;
  const filesDir = path.join(root, 'files');
  const anchorFile = path.join(root, 'anchors.jsonl');
  const accessLog = path.join(root, 'nginx-access.log');
  const servers: ServerProcess[] = [];
  let proxy: ChildProcess | undefined;
  let proxyOutput = '';
  let base = '';

  beforeAll(async () => {
    const url = new URL(adminUrl!);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
      throw new Error(`this drill talks only to the loopback interface; TEST_DATABASE_URL names ${url.hostname}`);
    await adminQuery(adminUrl!, `create database ${databaseName}`);
    url.pathname = `/${databaseName}`;
    const shared = {
      DATABASE_URL: url.toString(),
      HOST: '127.0.0.1',
      UPLIFT_DEMO: '1',
      FILES_DIR: filesDir,
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_FILE: anchorFile,
      AUDIT_ANCHOR_INTERVAL_SECONDS: '1',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
    };
    // the first creates the schema and the demo; the second starts on what the first left
    servers.push(await startServer(path.join(root, 'a'), shared, { web: false }));
    servers.push(await startServer(path.join(root, 'b'), shared, { web: false }));

    const port = await freePort();
    const upstreams = servers.map((s) => `server ${new URL(s.url).host};`).join(' ');
    const conf = path.join(root, 'nginx.conf');
    fs.writeFileSync(
      conf,
      `worker_processes 1; pid ${root}/nginx.pid; error_log ${root}/nginx-error.log warn; daemon off;
events { worker_connections 256; }
http {
  log_format upstream '$upstream_addr $status $request_method $uri';
  access_log ${accessLog} upstream;
  client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi; uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi;
  client_max_body_size 25m;
  upstream uplift { ${upstreams} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://uplift;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream off;
    }
  }
}
`,
    );
    proxy = spawn(nginx!, ['-p', root, '-c', conf, ...(process.getuid?.() === 0 ? ['-g', 'user root;'] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proxy.stdout!.on('data', (c: Buffer) => (proxyOutput += c.toString()));
    proxy.stderr!.on('data', (c: Buffer) => (proxyOutput += c.toString()));
    base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline || proxy.exitCode !== null) throw new Error(`nginx did not start:\n${proxyOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 180_000);

  afterAll(async () => {
    await stop(proxy);
    for (const server of servers) await stop(server.child, server.exited);
    if (adminUrl) await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`).catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a session, a file and concurrent writes through both servers; one unbroken audit chain', async () => {
    const xuzhou = await signIn(base, 'xuzhou');
    // the session is the database's: every request of it, on either process, is the same person
    for (let i = 0; i < 6; i++) expect((await xuzhou('GET', '/api/v1/auth/session')).status).toBe(200);

    // concurrent writes through the proxy land on both processes; each acknowledged one is there once
    const campaigns = (await xuzhou('GET', '/api/v1/campaigns')).json() as {
      items: Array<{ id: string; regionCode: string }>;
    };
    const campaignId = campaigns.items.find((c) => c.regionCode === '320300')!.id;
    const places = Array.from({ length: WRITES }, (_, n) => `两台服务器 #${n}`);
    const answers = await Promise.all(
      places.map((place) =>
        xuzhou('POST', `/api/v1/campaigns/${campaignId}/kick-offs`, {
          heldOn: demoDay('2026-05-03'),
          place,
          attendees: '徐州市局、认证机构',
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(places.map(() => 201));
    const detail = (await xuzhou('GET', `/api/v1/campaigns/${campaignId}`)).json() as {
      kickOffs: Array<{ place: string }>;
    };
    for (const place of places) expect(detail.kickOffs.filter((k) => k.place === place)).toHaveLength(1);

    // a file uploaded through one process is read through the other (FILES_DIR is shared)
    const expert = await signIn(base, 'expert');
    const list = (await expert('GET', '/api/v1/participations?pageSize=5')).json() as { items: Array<{ id: string }> };
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const uploaded = await expert(
      'POST',
      `/api/v1/participations/${list.items[0]!.id}/files?purpose=survey_evidence&name=two-servers.pdf`,
      pdf,
      'application/pdf',
    );
    expect(uploaded.status).toBe(201);
    const fileId = (uploaded.json() as { id: string }).id;
    for (let i = 0; i < 2; i++) {
      const download = await expert('GET', `/api/v1/files/${fileId}`);
      expect(download.status).toBe(200);
      expect(Buffer.from(download.bytes).equals(Buffer.from(pdf))).toBe(true);
    }

    // both processes served the journey (nginx's log names the upstream of every request)
    await new Promise((resolve) => setTimeout(resolve, 300));
    const served = new Set(
      fs
        .readFileSync(accessLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[0]),
    );
    expect([...served].sort()).toEqual(servers.map((s) => new URL(s.url).host).sort());

    // one chain for both writers, anchored by both into one file; checked through either process
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const auditor = await signIn(base, 'auditadmin');
    for (let i = 0; i < 2; i++) {
      const verification = (await auditor('GET', '/api/v1/audit/verify')).json() as { ok: boolean };
      expect(verification).toMatchObject({ ok: true });
    }
    expect(fs.readFileSync(anchorFile, 'utf8').trim().split('\n').length).toBeGreaterThan(1);
  }, 180_000);
});
