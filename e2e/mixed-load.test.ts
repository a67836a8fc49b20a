/**
 * Load: 64 concurrent users on a mixed workload for LOAD_SECONDS (default 60) against the real server as a child
 * process: bureau officers, body managers, experts and enterprise contacts each signed in with their own session,
 * reading their lists, files, campaigns and notifications and, one request in ten, writing (a kick-off meeting, an
 * idempotent repeat of it). Every answer must be the expected one — 0 errors, 0 5xx, 0 dropped sockets — and the
 * run prints requests, throughput and p50/p99 per kind. PGlite (the default embedded database), loopback only,
 * bounded by the clock.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';
import { DEMO_PASSWORD } from '../server/seeds/demo-data.js';
import { demoDay } from './helpers/demo-calendar.js';

const USERS = 64;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PERSONAS = ['xuzhou', 'fengxian', 'jiangsu', 'cbmanager', 'cbadmin', 'expert', 'enterprise', 'national'];

const dataDir = tempDataDir();
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer(
    dataDir,
    { HOST: '127.0.0.1', UPLIFT_DEMO: '1', AUTH_RATE_LIMIT_PER_MINUTE: '1000', LOG_LEVEL: 'warn' },
    { web: false },
  );
});
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
}

async function signIn(username: string): Promise<Session> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { username, cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

interface Sample {
  kind: string;
  ms: number;
  ok: boolean;
  detail?: string;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

it(`${USERS} users on a mixed workload for ${SECONDS} s: no errors`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  const sessions = await Promise.all(Array.from({ length: USERS }, (_, i) => signIn(PERSONAS[i % PERSONAS.length]!)));
  const xuzhou = sessions.find((s) => s.username === 'xuzhou')!;
  const campaigns = (await (
    await fetch(`${server.url}/api/v1/campaigns`, { headers: { cookie: xuzhou.cookie } })
  ).json()) as {
    items: Array<{ id: string; regionCode: string }>;
  };
  const campaignId = campaigns.items.find((c) => c.regionCode === '320300')!.id;

  const samples: Sample[] = [];
  const stopAt = Date.now() + SECONDS * 1000;
  const timed = async (kind: string, url: string, init: RequestInit, expected: number[]) => {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}${url}`, { ...init, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      const ok = expected.includes(response.status);
      samples.push({
        kind,
        ms: performance.now() - started,
        ok,
        detail: ok ? undefined : `${response.status} ${text.slice(0, 200)}`,
      });
      return ok ? text : null;
    } catch (error) {
      samples.push({ kind, ms: performance.now() - started, ok: false, detail: String(error) });
      return null;
    }
  };

  const user = async (session: Session, index: number) => {
    const headers = { cookie: session.cookie };
    let step = index;
    while (Date.now() < stopAt) {
      step++;
      if (step % 10 === 0 && session.username === 'xuzhou') {
        // a write, and its retry with the same key (ADR 0039): one kick-off, the same answer twice
        const key = randomBytes(12).toString('hex');
        const init: RequestInit = {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'x-csrf-token': session.csrfToken,
            'idempotency-key': key,
          },
          body: JSON.stringify({ heldOn: demoDay('2026-05-03'), place: `负载测试 ${key}`, attendees: '徐州市局' }),
        };
        await timed('write kick-off', `/api/v1/campaigns/${campaignId}/kick-offs`, init, [201]);
        await timed('repeat kick-off', `/api/v1/campaigns/${campaignId}/kick-offs`, init, [201]);
        continue;
      }
      const list = await timed('list', `/api/v1/participations?pageSize=20&page=${1 + (step % 2)}`, { headers }, [200]);
      const items = list ? ((JSON.parse(list) as { items: Array<{ id: string }> }).items ?? []) : [];
      if (items.length > 0) {
        const id = items[step % items.length]!.id;
        await timed('participation detail', `/api/v1/participations/${id}`, { headers }, [200]);
      }
      if (step % 3 === 0) await timed('notifications', '/api/v1/notifications', { headers }, [200]);
      if (step % 4 === 0) await timed('campaigns', '/api/v1/campaigns', { headers }, [200]);
    }
  };
  await Promise.all(sessions.map(user));

  const failures = samples.filter((s) => !s.ok);
  const byKind = new Map<string, number[]>();
  for (const s of samples) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.ms]);
  const lines = [...byKind].map(([kind, values]) => {
    const sorted = values.sort((a, b) => a - b);
    return `  ${kind.padEnd(22)} ${String(sorted.length).padStart(6)} requests  p50 ${percentile(sorted, 0.5).toFixed(0).padStart(5)} ms  p99 ${percentile(sorted, 0.99).toFixed(0).padStart(5)} ms`;
  });
  console.log(
    `mixed load: ${USERS} users, ${SECONDS} s, ${samples.length} requests (${(samples.length / SECONDS).toFixed(0)}/s), ${failures.length} errors\n${lines.join('\n')}`,
  );
  expect(failures.slice(0, 5).map((f) => `${f.kind}: ${f.detail}`)).toEqual([]);
  expect(samples.length).toBeGreaterThan(USERS);
  // each write and its repeat made one kick-off
  const detail = (await (
    await fetch(`${server.url}/api/v1/campaigns/${campaignId}`, { headers: { cookie: xuzhou.cookie } })
  ).json()) as { kickOffs: Array<{ place: string }> };
  const written = samples.filter((s) => s.kind === 'write kick-off').length;
  expect(detail.kickOffs.filter((k) => k.place.startsWith('负载测试')).length).toBe(written);
  // the server is still there and healthy afterwards
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
});
