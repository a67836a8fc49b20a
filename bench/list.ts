/**
 * The scoped participation list at national scale (PostgreSQL): about 100,000 participations over the real
 * regions (bench/national-data.ts), the first page with its total, asked by 50 concurrent connections of a load
 * client in its own process (bench/load-client.mjs). Each case runs through the real app (session, guard, scope,
 * zod) and through a baseline written in the same run: a bare Fastify + `pg` server running the same SQL by hand,
 * with no session and no validation. Rounds are interleaved (app, baseline, baseline, app, …) and the table gives
 * the medians of the rounds. Targets: p99 ≤ 50 ms and ≥ 0.7× the baseline's requests per second.
 */
import Fastify from 'fastify';
import { SESSION_COOKIE } from '../server/src/platform/auth/session-store.js';
import { regionPrefix } from '../domain/regions/region-code.js';
import {
  BASELINE_CAP,
  BASELINE_COUNT_SQL,
  BASELINE_ESTIMATE_SQL,
  BASELINE_PAGE_SQL,
  BASELINE_ROWS_SQL,
} from './list-baseline-sql.js';
import { compare, CONNECTIONS, nationalAppAndPool, ROUNDS, SECONDS } from './http-load.js';

interface Case {
  name: string;
  persona: string;
  /** The scope the persona has (a region code), which the baseline applies by hand. */
  region: string;
  query: string;
}

const CASES: Case[] = [
  { name: 'national list, page 1 with total', persona: 'national', region: '000000', query: 'pageSize=20' },
  { name: 'province (江苏) list, page 1 with total', persona: 'jiangsu', region: '320000', query: 'pageSize=20' },
  {
    name: 'province (江苏) list, one stage',
    persona: 'jiangsu',
    region: '320000',
    query: 'pageSize=20&stage=operating',
  },
  { name: 'county (丰县) list, page 1 with total', persona: 'fengxian', region: '320321', query: 'pageSize=20' },
];

export async function runListBench(): Promise<void> {
  const set = await nationalAppAndPool('list');
  if (!set) return;
  const { t, appAddress, pool } = set;
  const bare = Fastify();
  bare.get<{ Querystring: { prefix: string; stage?: string } }>('/list', async (request) => {
    const like = `${request.query.prefix}%`;
    const stage = request.query.stage ?? null;
    const [page, total] = await Promise.all([
      pool.query({ text: BASELINE_PAGE_SQL, values: [like, stage] }),
      pool.query({ text: BASELINE_COUNT_SQL, values: [like, stage] }),
    ]);
    const ids = page.rows.map((r) => r.id as string);
    const items = ids.length
      ? await pool.query({ name: 'bench-rows', text: BASELINE_ROWS_SQL, values: [ids] })
      : { rows: [] };
    const counted = Number(total.rows[0].n);
    if (counted <= BASELINE_CAP) return { items: items.rows, total: counted, totalIsEstimate: false };
    const plan = await pool.query({ text: BASELINE_ESTIMATE_SQL, values: [like, stage] });
    const estimated = Math.round(plan.rows[0]['QUERY PLAN'][0].Plan['Plan Rows']);
    return { items: items.rows, total: Math.max(counted, estimated), totalIsEstimate: true };
  });
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const c of CASES) {
      const client = await t.as(c.persona);
      const appUrl = `${appAddress}/api/v1/participations?${c.query}`;
      const stage = new URLSearchParams(c.query).get('stage');
      const bareUrl = `${bareAddress}/list?prefix=${regionPrefix(c.region)}${stage ? `&stage=${stage}` : ''}`;
      const headers = { cookie: `${SESSION_COOKIE}=${client.cookie}` };
      const { app, baseline } = await compare({ url: appUrl, headers }, { url: bareUrl });
      rows.push({
        case: c.name,
        'app req/s': app.rps.toFixed(0),
        'app p50 ms': app.p50.toFixed(1),
        'app p99 ms': app.p99.toFixed(1),
        'baseline req/s': baseline.rps.toFixed(0),
        'baseline p99 ms': baseline.p99.toFixed(1),
        '× baseline': (app.rps / baseline.rps).toFixed(2),
        goal: 'p99 ≤ 50 ms, ≥ 0.70×',
        failures: app.failures,
      });
    }
  } finally {
    await bare.close();
    await pool.end();
    await t.close();
  }
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, medians of the rounds\n`);
  console.table(rows);
}
