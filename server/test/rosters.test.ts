/** Roster template, import (all-or-nothing, valid rows, idempotent), error file and scoped streamed export (ADR 0011). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { ROSTER_COLUMNS } from '../../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import { XLSX_TYPE } from '../src/modules/rosters/roster-workbook.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

type Row = Record<string, string | number>;
const row = (n: number, over: Row = {}): Row => ({
  uscc: withUsccCheckChar(`91320321MA2${String(n).padStart(5, '0')}Q`),
  name: `丰县名册企业${n}有限公司`,
  regionCode: '320321',
  industryCode: '18',
  sizeIndustry: '工业',
  employees: 30 + n,
  revenueWan: 800,
  certificationStatus: '未获证',
  contactName: '王五',
  contactPhone: '13912345678',
  willing: '是',
  ...over,
});

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(client: Client, file: Buffer, query = '', campaign = t.ids.campaigns.xz) {
  return client.post(`/api/v1/campaigns/${campaign}/roster/import${query}`, file, {
    'content-type': XLSX_TYPE,
    'x-file-name': encodeURIComponent('丰县名册.xlsx'),
  });
}

async function sheetRows(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('roster import', () => {
  it('offers a template with Chinese headers and an example row that is not imported', async () => {
    const xuzhou = await t.as('xuzhou');
    const template = await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/template`);
    expect(template.headers['content-type']).toContain(XLSX_TYPE);
    const rows = await sheetRows(template.rawPayload);
    expect(rows[0]).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    expect(String(rows[1]![0])).toMatch(/^示例/);
    const dry = (await upload(xuzhou, template.rawPayload, '?dryRun=1')).json();
    expect(dry).toMatchObject({ totalRows: 0, status: 'validated' });
  });

  it('writes nothing when one row is bad, and reports row, field and code', async () => {
    const xuzhou = await t.as('xuzhou');
    const file = await xlsx([row(1), row(2, { industryCode: '45' }), row(3)]);
    const result = (await upload(xuzhou, file)).json();
    expect(result).toMatchObject({ totalRows: 3, invalidRows: 1, createdRows: 0, status: 'rejected' });
    expect(result.errors).toEqual([
      { row: 3, field: 'industryCode', code: 'INDUSTRY_UNKNOWN', message: expect.stringContaining('45') },
    ]);
    const list = (await xuzhou.get(`/api/v1/participations?q=${encodeURIComponent('名册企业')}`)).json();
    expect(list.total).toBe(0);

    const errors = await xuzhou.get(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/roster/imports/${result.importId}/errors.xlsx`,
    );
    const rows = await sheetRows(errors.rawPayload);
    expect(rows[0]!.at(-1)).toBe('错误说明 / Errors');
    expect(rows).toHaveLength(4);
    expect(String(rows[2]!.at(-1))).toContain('45');
    expect(rows[1]!.length).toBeLessThan(rows[0]!.length); // a good row has no error text
  });

  it('imports the valid rows on request, then is idempotent', async () => {
    const xuzhou = await t.as('xuzhou');
    const file = await xlsx([
      row(1),
      row(2, { industryCode: '45' }),
      row(3),
      row(3, { name: '重复' }),
      row(4, { regionCode: '120101' }),
    ]);
    const first = (await upload(xuzhou, file, '?mode=valid_rows')).json();
    expect(first).toMatchObject({ totalRows: 5, invalidRows: 3, createdRows: 2, status: 'imported' });
    expect(first.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [3, 'INDUSTRY_UNKNOWN'],
      [5, 'DUPLICATE_APPLICATION'],
      [6, 'REGION_OUTSIDE_CAMPAIGN'],
    ]);
    const again = (await upload(xuzhou, file, '?mode=valid_rows')).json();
    expect(again).toMatchObject({ createdRows: 0, unchangedRows: 2, invalidRows: 3, status: 'imported' });
    const list = (await xuzhou.get(`/api/v1/participations?q=${encodeURIComponent('名册企业')}`)).json();
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({ stage: 'applied' });
  });

  it('reads codes typed as numbers, sloppy headers, and answers in English when asked', async () => {
    const fengxian = await t.as('fengxian');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(ROSTER_COLUMNS.map((c) => `${c.header.replace('（', '(').replace('）', ')')} `));
    const numeric = row(20, { industryCode: 3, regionCode: 320321 });
    sheet.addRow(ROSTER_COLUMNS.map((c) => numeric[c.key] ?? null));
    const neighbour = row(21, { regionCode: '320303' }); // 云龙区: in the 徐州 campaign, not in 丰县's jurisdiction
    sheet.addRow(ROSTER_COLUMNS.map((c) => neighbour[c.key] ?? null));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = (
      await fengxian.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import?dryRun=1`, file, {
        'content-type': XLSX_TYPE,
        'accept-language': 'en-US',
      })
    ).json();
    expect(result.errors).toEqual([
      {
        row: 3,
        field: 'regionCode',
        code: 'REGION_OUTSIDE_JURISDICTION',
        message: expect.stringContaining("outside your bureau's jurisdiction"),
      },
    ]);
    expect(result).toMatchObject({ totalRows: 2, invalidRows: 1, status: 'validated', createdRows: 0 });
  });

  it('keeps other bureaus out and refuses what is not a roster', async () => {
    const tianjin = await t.as('tianjin');
    expect((await upload(tianjin, await xlsx([row(9)]))).statusCode).toBe(404);
    expect((await tianjin.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/participations.xlsx`)).statusCode).toBe(404);
    const xuzhou = await t.as('xuzhou');
    expect((await upload(xuzhou, Buffer.from('not a spreadsheet'))).json().code).toBe('ROSTER_FILE_INVALID');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['企业名称']);
    const headersOnly = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(xuzhou, headersOnly)).json()).toMatchObject({ code: 'ROSTER_HEADERS_MISSING' });
  });
});

describe('export', () => {
  it('streams only the rows in the caller’s scope', async () => {
    const fengxian = await t.as('fengxian');
    const response = await fengxian.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/participations.xlsx`);
    expect(response.statusCode).toBe(200);
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]![0]).toBe('企业名称');
    const regions = new Set(rows.slice(1).map((r) => r[3]));
    expect([...regions]).toEqual(['320321']);
    expect(rows.length - 1).toBe(6); // e01 e02 e03 e14 + the two rows imported above
    expect(String(rows[1]![10])).toMatch(/\*{4}/); // phones masked
    const stage = await fengxian.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/participations.xlsx?stage=operating`, {
      'accept-language': 'en-US',
    });
    const en = await sheetRows(stage.rawPayload);
    expect(en[0]![0]).toBe('Enterprise');
    expect(en.slice(1).map((r) => r[5])).toEqual(['QMS operating']);
  });
});
