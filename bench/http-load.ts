/**
 * The load and round structure the HTTP benchmarks share (bench/list.ts, bench/detail.ts): a closed-loop load client
 * in its own process (bench/load-client.mjs) at a fixed number of connections, app and baseline rounds interleaved
 * with the order alternating (so a busier moment of the machine falls on both), and the medians of the rounds.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildTestApp } from '../server/test/helpers/test-app.js';
import { generateNationalData, NATIONAL } from './national-data.js';

const run = promisify(execFile);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const CONNECTIONS = 50;

export interface Load {
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export async function load(url: string, headers: Record<string, string>): Promise<Load> {
  const { stdout } = await run(process.execPath, [
    path.join(import.meta.dirname, 'load-client.mjs'),
    JSON.stringify({ url, headers, connections: CONNECTIONS, seconds: SECONDS }),
  ]);
  return JSON.parse(stdout) as Load;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** ROUNDS rounds of the app and the baseline, interleaved; the medians of each side. */
export async function compare(
  app: { url: string; headers: Record<string, string> },
  baseline: { url: string; headers?: Record<string, string> },
) {
  const appLoads: Load[] = [];
  const baseLoads: Load[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      appLoads.push(await load(app.url, app.headers));
      baseLoads.push(await load(baseline.url, baseline.headers ?? {}));
    } else {
      baseLoads.push(await load(baseline.url, baseline.headers ?? {}));
      appLoads.push(await load(app.url, app.headers));
    }
  }
  const side = (loads: Load[]) => ({
    rps: median(loads.map((l) => l.rps)),
    p50: median(loads.map((l) => l.p50)),
    p95: median(loads.map((l) => l.p95)),
    p99: median(loads.map((l) => l.p99)),
    failures: loads.reduce((sum, l) => sum + l.non2xx + l.errors, 0),
  });
  return { app: side(appLoads), baseline: side(baseLoads) };
}

/**
 * The real app on a fresh PostgreSQL database with the demo and the national data set (bench/national-data.ts),
 * listening on a loopback port, and a pool of the app's size on the same database for the baseline; null (with a
 * line saying why) when no PostgreSQL is configured.
 */
export async function nationalAppAndPool(benchName: string) {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log(`the ${benchName} benchmark needs PostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)`);
    return null;
  }
  process.env.TEST_DB = 'postgres';
  process.env.TEST_DATABASE_URL = pgUrl;
  const t = await buildTestApp();
  const generated = performance.now();
  await generateNationalData(t.ctx.database.db, { seed: 1, campaignId: t.ids.campaigns.xz });
  console.log(
    `national data set: ${NATIONAL.participations} participations, ${NATIONAL.bodies} bodies, ${NATIONAL.experts} experts in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );
  const appAddress = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const named = (
    (await t.ctx.database.db.execute(sql`select current_database() as name`)) as { rows: Array<{ name: string }> }
  ).rows;
  const scratchUrl = new URL(pgUrl);
  scratchUrl.pathname = `/${named[0]!.name}`;
  const pool = new pg.Pool({ connectionString: scratchUrl.toString(), max: 10 });
  return { t, appAddress, pool };
}
