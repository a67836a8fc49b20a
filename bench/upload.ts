/**
 * Upload benchmark (ADR 0021): a 200,000-row roster sent to the real app over loopback must be
 * refused fast, with flat memory, while /api/health keeps answering. Baselines from the same run:
 * health latency at rest, and the same request with a small valid roster (1,000 rows, dry run).
 * Health is probed every 25 ms during each upload; RSS is the peak growth during the request.
 * Then, old against new in the same run (three rounds, interleaved, medians): the 200,000-row refusal
 * and a valid 10,000-row dry run, with the rows first counted on the sheet's bytes (now) and without
 * that count (before: refused only once the cells of cap + 1 rows were parsed).
 * BENCH_EXCELJS=1 adds the previous reader (exceljs loading the whole workbook) for comparison.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildTestApp } from '../server/test/helpers/test-app.js';
import { ROSTER_COLUMNS } from '../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { ROSTER_LIMITS, XLSX_TYPE } from '../server/src/modules/rosters/roster-workbook.js';
import { XlsxStreamWriter } from '../server/src/platform/xlsx/stream-writer.js';
import { SESSION_COOKIE } from '../server/src/platform/auth/session-store.js';

const BIG_ROWS = 200_000;
const SMALL_ROWS = 1_000;
const VALID_ROWS = 10_000;
const ROUNDS = 3;

/** A roster as a bureau would send it, every column filled (streamed writer: exceljs takes minutes for this). */
async function rosterFile(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const sheet = new XlsxStreamWriter(out, '企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  const counties = ['320321', '320322', '320324', '320302', '320303'];
  for (let i = 0; i < rows; i++) {
    const county = counties[i % 5]!;
    const values: Record<string, string | number> = {
      uscc: withUsccCheckChar(`91${county}MA3${String(i).padStart(6, '0')}`),
      name: `徐州基准企业${i}有限公司`,
      regionCode: county,
      address: `示范路${i}号`,
      sizeIndustry: '工业',
      industryCode: String((i % 39) + 1).padStart(2, '0'),
      employees: 10 + (i % 200),
      revenueWan: 100 + (i % 5000),
      assetsWan: 80 + (i % 4000),
      certificationStatus: '未获证',
      legalRepresentative: '张三',
      contactName: '李四',
      contactPhone: '13912345678',
      willing: '是',
      resources: '质量负责人1名，每周2天',
    };
    sheet.addRow(ROSTER_COLUMNS.map((c) => values[c.key] ?? null));
  }
  await sheet.finish();
  return Buffer.concat(chunks);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function healthAtRest(base: string, probes = 40): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < probes; i++) {
    const start = performance.now();
    await (await fetch(`${base}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return latencies;
}

/** Sends `file`, probing health every 25 ms meanwhile; returns the answer, its time, the probes and the RSS growth. */
async function uploadWhileProbing(base: string, url: string, headers: Record<string, string>, file: Buffer) {
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 10);
  const latencies: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const start = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': XLSX_TYPE },
    body: new Uint8Array(file),
  });
  const body = (await response.json()) as { code?: string; totalRows?: number };
  const ms = performance.now() - start;
  probing = false;
  await prober;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  return { status: response.status, body, ms, latencies, rssMiB: Math.round((rssPeak - rssStart) / 1048576) };
}

type Run = Awaited<ReturnType<typeof uploadWhileProbing>>;

export async function runUploadBench(): Promise<void> {
  const big = await rosterFile(BIG_ROWS);
  const small = await rosterFile(SMALL_ROWS);
  const valid10k = await rosterFile(VALID_ROWS);
  process.env.TEST_DB = 'pglite';
  const t = await buildTestApp();
  const base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('[::1]', '127.0.0.1');
  const xuzhou = await t.as('xuzhou');
  const headers = { cookie: `${SESSION_COOKIE}=${xuzhou.cookie}`, 'x-csrf-token': xuzhou.csrfToken! };
  const url = `${base}/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import?dryRun=1`;

  await uploadWhileProbing(base, url, headers, small); // warm-up
  const rest = await healthAtRest(base);
  const valid = await uploadWhileProbing(base, url, headers, small);
  const refused = await uploadWhileProbing(base, url, headers, big);

  // old against new: the byte count is switched off by an infinite allowance (no sheet is counted then)
  const allowance = ROSTER_LIMITS.rowsBesidesData;
  const runs: Record<'now' | 'before', { big: Run[]; valid: Run[] }> = {
    now: { big: [], valid: [] },
    before: { big: [], valid: [] },
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 ? (['before', 'now'] as const) : (['now', 'before'] as const)) {
      ROSTER_LIMITS.rowsBesidesData = mode === 'now' ? allowance : Infinity;
      runs[mode].valid.push(await uploadWhileProbing(base, url, headers, valid10k));
      runs[mode].big.push(await uploadWhileProbing(base, url, headers, big));
    }
  }
  ROSTER_LIMITS.rowsBesidesData = allowance;
  await t.close();

  const rows = [
    {
      case: 'baseline: /api/health at rest',
      ms: NaN,
      status: '',
      rss: '',
      health: rest,
      note: `${rest.length} probes`,
    },
    {
      case: `baseline: ${SMALL_ROWS}-row roster, dry run`,
      ms: valid.ms,
      status: `${valid.status}`,
      rss: `${valid.rssMiB}`,
      health: valid.latencies,
      note: `${(small.length / 1048576).toFixed(2)} MiB, ${valid.body.totalRows} rows read`,
    },
    {
      case: `${BIG_ROWS}-row roster (refused)`,
      ms: refused.ms,
      status: `${refused.status} ${refused.body.code}`,
      rss: `${refused.rssMiB}`,
      health: refused.latencies,
      note: `${(big.length / 1048576).toFixed(2)} MiB`,
    },
  ];
  const medianRun = (list: Run[]) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)]!;
  const compared: Array<{ case: string; run: Run; all: number[] }> = [];
  for (const mode of ['before', 'now'] as const) {
    const label = mode === 'now' ? 'now: rows counted on the bytes first' : 'before: cells parsed to the cap';
    compared.push({
      case: `${BIG_ROWS}-row roster refused, ${label}`,
      run: medianRun(runs[mode].big),
      all: runs[mode].big.map((r) => r.ms),
    });
    compared.push({
      case: `${VALID_ROWS}-row roster, dry run, ${label}`,
      run: medianRun(runs[mode].valid),
      all: runs[mode].valid.map((r) => r.ms),
    });
  }
  for (const c of compared) {
    rows.push({
      case: c.case,
      ms: c.run.ms,
      status: `${c.run.status}${c.run.body.code ? ` ${c.run.body.code}` : ''}`,
      rss: `${c.run.rssMiB}`,
      health: c.run.latencies,
      note: `median of ${ROUNDS}: ${c.all.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s${c.run.body.totalRows ? `, ${c.run.body.totalRows} rows read` : ''}`,
    });
  }
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  const summary = `now ÷ before (medians): refusal ${ratio(
    runs.now.big.map((r) => r.ms),
    runs.before.big.map((r) => r.ms),
  )}, valid ${VALID_ROWS}-row dry run ${ratio(
    runs.now.valid.map((r) => r.ms),
    runs.before.valid.map((r) => r.ms),
  )}`;
  if (process.env.BENCH_EXCELJS === '1') {
    const rssStart = process.memoryUsage().rss;
    let peak = rssStart;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const start = performance.now();
    await new ExcelJS.Workbook().xlsx.load(big as unknown as ArrayBuffer);
    clearInterval(sampler);
    rows.push({
      case: `reference: exceljs loads the ${BIG_ROWS}-row file (the previous reader)`,
      ms: performance.now() - start,
      status: '',
      rss: `${Math.round((Math.max(peak, process.memoryUsage().rss) - rssStart) / 1048576)}`,
      health: [],
      note: 'no server',
    });
  }
  const restMedian = median(rest);
  console.log(
    `\nupload benchmark (target: the ${BIG_ROWS}-row roster refused in < 1 s, memory flat, health answering)`,
  );
  console.log(
    '| case | seconds | × small roster | answer | RSS growth MiB | health median ms | health max ms | × health at rest | note |\n|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    const healthMax = r.health.length ? Math.max(...r.health) : NaN;
    console.log(
      `| ${r.case} | ${Number.isNaN(r.ms) ? '' : (r.ms / 1000).toFixed(2)} | ${Number.isNaN(r.ms) ? '' : (r.ms / valid.ms).toFixed(2)} | ${r.status} | ${r.rss} | ${r.health.length ? median(r.health).toFixed(1) : ''} | ${Number.isNaN(healthMax) ? '' : healthMax.toFixed(1)} | ${r.health.length ? (median(r.health) / restMedian).toFixed(2) : ''} | ${r.note} |`,
    );
  }
  console.log(`\n${summary}`);
}
