/**
 * Intake benchmark (ADR 0011, 0021): import a 10,000-row roster with 2 % bad rows through the real
 * service, and export 100,000 participations streamed, on PGlite and (with BENCH_DATABASE_URL or
 * TEST_DATABASE_URL) on PostgreSQL. Times are also given as ratios to a baseline measured in the
 * same run: reading the same XLSX alone (import) and writing the same rows with the same streaming
 * XLSX writer without the database (export). Memory is the peak growth of RSS during each case.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../server/test/helpers/test-app.js';
import { ROSTER_COLUMNS, REQUIRED_HEADERS } from '../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { readUpload, XLSX_TYPE } from '../server/src/modules/rosters/roster-workbook.js';
import { XlsxStreamWriter } from '../server/src/platform/xlsx/stream-writer.js';

const IMPORT_ROWS = 10_000;
const EXPORT_ROWS = 100_000;

async function rosterFile(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  const counties = ['320321', '320322', '320324', '320302', '320303'];
  for (let i = 0; i < rows; i++) {
    const bad = i % 50 === 7; // 2 %
    const values: Record<string, string | number> = {
      uscc: withUsccCheckChar(`91${counties[i % 5]}MA3${String(i).padStart(6, '0')}`),
      name: `徐州基准企业${i}有限公司`,
      regionCode: counties[i % 5]!,
      address: `示范路${i}号`,
      sizeIndustry: '工业',
      industryCode: bad ? '77' : String((i % 39) + 1).padStart(2, '0'),
      employees: 10 + (i % 200),
      revenueWan: 100 + (i % 5000),
      assetsWan: 80 + (i % 4000),
      certificationStatus: '未获证',
      legalRepresentative: '张三',
      contactName: '李四',
      contactPhone: '13912345678',
      willing: '是',
    };
    sheet.addRow(ROSTER_COLUMNS.map((c) => values[c.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Peak RSS growth while `fn` runs: the process also holds PGlite's WASM heap, so the absolute figure says little. */
function peakRss() {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) - start;
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T; rssMiB: number }> {
  global.gc?.();
  const rss = peakRss();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  return { ms, value, rssMiB: Math.round(rss.stop() / 1024 / 1024) };
}

/** 100,000 participations of 徐州 enterprises in the demo's 徐州 campaign, inserted set-wise. */
async function seedExportRows(t: TestApp): Promise<void> {
  const { db } = t.ctx.database;
  const campaign = t.ids.campaigns.xz;
  await db.execute(sql`
    with orgs as (
      insert into organizations (kind, name, region_code)
      select 'enterprise', '导出基准企业' || g, (array['320321','320322','320324','320302','320303'])[1 + g % 5]
      from generate_series(1, ${EXPORT_ROWS}) g returning id, region_code
    ), numbered as (select id, region_code, row_number() over () as n from orgs),
    ents as (
      insert into enterprises (organization_id, uscc, industry_code, contact_name, contact_phone)
      select id, 'BENCH' || lpad(n::text, 13, '0'), lpad((1 + n % 39)::text, 2, '0'), '王五', '13912345678' from numbered returning organization_id
    )
    insert into participations (campaign_id, enterprise_id, stage, origin, region_code, industry_code)
    select ${campaign}, id, 'applied', 'bureau', region_code, lpad((1 + n % 39)::text, 2, '0') from numbered`);
  // what autovacuum does on PostgreSQL after a bulk load (PGlite has no autovacuum)
  await db.execute(sql`analyze`);
}

async function benchOne(kind: 'pglite' | 'postgres', file: Buffer, baselineParseMs: number, exportBaselineMs: number) {
  process.env.TEST_DB = kind;
  const t = await buildTestApp();
  const xuzhou = await t.as('xuzhou');
  const upload = (mode: string) =>
    xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import?mode=${mode}`, file, {
      'content-type': XLSX_TYPE,
    });
  const rejected = await timed(() => upload('all_or_nothing'));
  const imported = await timed(() => upload('valid_rows'));
  const result = imported.value.json();

  await seedExportRows(t);
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const exported = await timed(async () => {
    const response = await fetch(`${address}/api/v1/campaigns/${t.ids.campaigns.xz}/participations.xlsx`, {
      headers: { cookie: `uplift_sid=${xuzhou.cookie}` },
    });
    let bytes = 0;
    for await (const chunk of response.body!) bytes += (chunk as Uint8Array).length;
    return bytes;
  });
  await t.close();
  return [
    {
      kind,
      case: `import ${IMPORT_ROWS} rows, all-or-nothing (rejected)`,
      ms: rejected.ms,
      ratio: rejected.ms / baselineParseMs,
      rssMiB: rejected.rssMiB,
      note: `${rejected.value.json().invalidRows} bad rows`,
    },
    {
      kind,
      case: `import ${IMPORT_ROWS} rows, valid rows`,
      ms: imported.ms,
      ratio: imported.ms / baselineParseMs,
      rssMiB: imported.rssMiB,
      note: `${result.createdRows} created`,
    },
    {
      kind,
      case: `export ${EXPORT_ROWS + 16} rows streamed`,
      ms: exported.ms,
      ratio: exported.ms / exportBaselineMs,
      rssMiB: exported.rssMiB,
      note: `${(exported.value / 1024 / 1024).toFixed(1)} MiB xlsx`,
    },
  ];
}

export async function runIntakeBench(): Promise<void> {
  const file = await rosterFile(IMPORT_ROWS);
  const parse = await timed(() => readUpload(file, REQUIRED_HEADERS));
  const writeOnly = await timed(async () => {
    const stream = new PassThrough();
    stream.resume();
    const sheet = new XlsxStreamWriter(stream, 'x');
    for (let i = 0; i < EXPORT_ROWS; i++)
      sheet.addRow([
        '导出基准企业',
        'BENCH0000000000001',
        '丰县',
        '320321',
        '18 机械及设备',
        '申请推荐',
        'small',
        'bureau',
        '',
        '王*',
        '139****5678',
        '2026-11-23 10:00:00',
      ]);
    await sheet.finish();
  });
  const rows = [
    {
      kind: '-',
      case: `baseline: read the ${IMPORT_ROWS}-row XLSX only`,
      ms: parse.ms,
      ratio: 1,
      rssMiB: parse.rssMiB,
      note: `${(file.length / 1024 / 1024).toFixed(1)} MiB file`,
    },
    {
      kind: '-',
      case: `baseline: write ${EXPORT_ROWS} rows to a streamed XLSX, no database`,
      ms: writeOnly.ms,
      ratio: 1,
      rssMiB: writeOnly.rssMiB,
      note: '',
    },
    ...(await benchOne('pglite', file, parse.ms, writeOnly.ms)),
  ];
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    process.env.TEST_DATABASE_URL = pgUrl;
    rows.push(...(await benchOne('postgres', file, parse.ms, writeOnly.ms)));
  } else {
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL)');
  }
  console.log('\nintake benchmark (targets: import < 10 s; export < 5 s and < 256 MiB)');
  console.log('| database | case | seconds | × baseline | RSS growth MiB | note |\n|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.kind} | ${r.case} | ${(r.ms / 1000).toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.rssMiB} | ${r.note} |`,
    );
}
