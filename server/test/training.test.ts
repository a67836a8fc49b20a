/**
 * Training through the API (001 annex 一、1; 003 §6.7.2.2; 002 Annex 2 row 2): sessions, enrolment, attendance by hand
 * and from the Excel sign-in sheet (all-or-nothing with an error file), the person-times statistics with the fixture's
 * known answers, the coverage checks, scope (out of scope is 404) and dates in the wrong order.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { enterprises } from '../src/modules/intake/intake.table.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { internalAuditorTrainingOf } from '../src/modules/training/training.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// the fixture's sessions are held in a month the demo does not use, so the statistics filter isolates them
const FROM = '2031-03-01';
const TO = '2031-03-31';

let t: TestApp;
let xz: string;
let e01: string;
let e04: string;
let usccOf: Record<string, string>;

const session = (over: Record<string, unknown> = {}) => ({
  campaignId: xz,
  kind: 'centralized',
  delivery: 'offline',
  title: '质量管理体系标准集中培训',
  heldOn: '2031-03-10',
  endsOn: '2031-03-10',
  durationHours: 3,
  place: '徐州市市场监管局三楼会议室',
  topics: ['GB/T 19001 标准理解'],
  regionCode: '320300',
  ...over,
});

async function inject(user: string, url: string, payload: unknown) {
  return (await t.as(user)).post(url, payload);
}

beforeAll(async () => {
  t = await buildTestApp();
  xz = t.ids.campaigns.xz;
  e01 = t.ids.participations.e01!;
  e04 = t.ids.participations.e04!;
  const rows = await t.ctx.database.db
    .select({ id: participations.id, uscc: enterprises.uscc })
    .from(participations)
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId));
  usccOf = Object.fromEntries(rows.map((r) => [r.id, r.uscc]));
});
afterAll(async () => t?.close());

let s1: string; // centralized, offline, by the 徐州 bureau: e01 张三 + 李四, e04 王五
let s2: string; // online, by the body's manager: e01 张三 again (recorded by the enterprise itself)

describe('sessions', () => {
  it('a bureau officer records a centralized session; an end before the start is refused naming endsOn', async () => {
    const xuzhou = await t.as('xuzhou');
    const wrong = await xuzhou.post('/api/v1/training/sessions', session({ endsOn: '2031-03-09' }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'DATE_ORDER', field: 'endsOn' });
    const noPlace = await xuzhou.post('/api/v1/training/sessions', session({ place: null }));
    expect(noPlace.json()).toMatchObject({ code: 'REQUIRED', field: 'place' });
    const zero = await xuzhou.post('/api/v1/training/sessions', session({ durationHours: 0 }));
    expect(zero.json()).toMatchObject({ code: 'TRAINING_DURATION_INVALID', field: 'durationHours' });
    const ok = await xuzhou.post('/api/v1/training/sessions', session());
    expect(ok.statusCode).toBe(201);
    s1 = ok.json().id;
  });

  it('a bureau does not organize tiered sessions, nor outside its jurisdiction', async () => {
    const xuzhou = await t.as('xuzhou');
    const tiered = await xuzhou.post(
      '/api/v1/training/sessions',
      session({ kind: 'tiered', audiences: ['leadership'] }),
    );
    expect(tiered.statusCode).toBe(403);
    const fengxian = await t.as('fengxian');
    const outside = await fengxian.post('/api/v1/training/sessions', session({ regionCode: '320303' }));
    expect(outside.json()).toMatchObject({ code: 'REGION_OUTSIDE_JURISDICTION', field: 'regionCode' });
  });

  it('the body manager records an online session, which needs its URL', async () => {
    const manager = await t.as('cbmanager');
    const online = session({ kind: 'online', delivery: 'online', place: null, title: '网络培训：质量管理工具' });
    expect((await manager.post('/api/v1/training/sessions', online)).json()).toMatchObject({
      code: 'REQUIRED',
      field: 'url',
    });
    const ok = await manager.post('/api/v1/training/sessions', {
      ...online,
      url: 'https://learn.example.cn/qms/1',
      heldOn: '2031-03-20',
      endsOn: '2031-03-20',
    });
    expect(ok.statusCode).toBe(201);
    s2 = ok.json().id;
  });

  it('enrols enterprises in scope and campaign; others are refused', async () => {
    const xuzhou = await t.as('xuzhou');
    const enrolled = await xuzhou.post(`/api/v1/training/sessions/${s1}/enrolments`, { participationIds: [e01, e04] });
    expect(enrolled.json()).toEqual({ enrolled: 2 });
    const tj = await xuzhou.post(`/api/v1/training/sessions/${s1}/enrolments`, {
      participationIds: [t.ids.participations.e15!],
    });
    expect(tj.statusCode).toBe(404);
    const manager = await t.as('cbmanager');
    expect(
      (await manager.post(`/api/v1/training/sessions/${s2}/enrolments`, { participationIds: [e01] })).json(),
    ).toEqual({ enrolled: 1 });
  });

  it('edits with the version; a stale version is a conflict', async () => {
    const detail = (await (await t.as('xuzhou')).get(`/api/v1/training/sessions/${s1}`)).json();
    const { campaignId: _c, ...body } = session({ durationHours: 3.5 });
    const ok = await inject('xuzhou', `/api/v1/training/sessions/${s1}`, {
      ...body,
      version: detail.session.version,
    });
    expect(ok.statusCode).toBe(204);
    const stale = await inject('xuzhou', `/api/v1/training/sessions/${s1}`, {
      ...body,
      version: detail.session.version,
    });
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    const wrong = await inject('xuzhou', `/api/v1/training/sessions/${s1}`, {
      ...body,
      endsOn: '2031-03-01',
      version: detail.session.version + 1,
    });
    expect(wrong.json()).toMatchObject({ code: 'DATE_ORDER', field: 'endsOn' });
    // the body's manager is not the organizer of the bureau's session
    const other = await inject('cbmanager', `/api/v1/training/sessions/${s1}`, {
      ...body,
      version: detail.session.version + 1,
    });
    expect(other.statusCode).toBe(403);
  });
});

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('签到表');
  sheet.addRow(['统一社会信用代码', '企业名称', '姓名', '岗位', '培训对象层级']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('attendance and the sign-in sheet', () => {
  it('the template lists the enrolled enterprises', async () => {
    const r = await (await t.as('xuzhou')).get(`/api/v1/training/sessions/${s1}/sign-in/template.xlsx`);
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const uscc = wb.worksheets[0]!.getColumn(1).values.slice(2).map(String).sort();
    expect(uscc).toEqual([usccOf[e01], usccOf[e04]].sort());
  });

  it('an import with one bad row writes nothing and gives the error file', async () => {
    const xuzhou = await t.as('xuzhou');
    const file = await workbook([
      [usccOf[e01]!, '', '张三', '质量部经理', 'b'],
      ['91320000000000000X', '', '赵六', '', ''],
      [usccOf[e04]!, '', '', '', 'z'],
    ]);
    const r = await xuzhou.post(`/api/v1/training/sessions/${s1}/sign-in/import`, file, { 'content-type': XLSX });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ status: 'rejected', totalRows: 3, invalidRows: 2, createdRows: 0 });
    expect(body.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`)).toEqual([
      '3:TRAINING_NOT_ENROLLED',
      '4:REQUIRED',
      '4:VALIDATION_FAILED',
    ]);
    const detail = (await xuzhou.get(`/api/v1/training/sessions/${s1}`)).json();
    expect(detail.attendance).toHaveLength(0);
    const errors = await xuzhou.get(`/api/v1/training/sessions/${s1}/sign-in/imports/${body.importId}/errors.xlsx`);
    expect(errors.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]!.getRow(3).getCell(6).value)).toContain('未报名');
  });

  it('a valid sheet imports every row', async () => {
    const xuzhou = await t.as('xuzhou');
    const file = await workbook([
      [usccOf[e01]!, '', '张三', '质量部经理', 'b'],
      [usccOf[e01]!, '', '李四', '班组长', 'd'],
      [usccOf[e04]!, '', '王五', '总经理', '企业负责人及领导层'],
    ]);
    const r = await xuzhou.post(`/api/v1/training/sessions/${s1}/sign-in/import`, file, { 'content-type': XLSX });
    expect(r.json()).toMatchObject({ status: 'imported', createdRows: 3, invalidRows: 0 });
  });

  it('the enterprise records its own attendance at the online session, not at the offline one', async () => {
    const contact = await t.as('enterprise'); // e01
    const offline = await contact.post(`/api/v1/training/sessions/${s1}/attendance`, {
      participationId: e01,
      personName: '张三',
    });
    expect(offline.statusCode).toBe(403);
    const online = await contact.post(`/api/v1/training/sessions/${s2}/attendance`, {
      participationId: e01,
      personName: '张三',
      post: '质量部经理',
      audienceLevel: 'system_builders',
    });
    expect(online.statusCode).toBe(201);
    const notEnrolled = await (await t.as('cbmanager')).post(`/api/v1/training/sessions/${s2}/attendance`, {
      participationId: e04,
      personName: '王五',
    });
    expect(notEnrolled.json()).toMatchObject({ code: 'TRAINING_NOT_ENROLLED', field: 'participationId' });
  });

  it('scope: the enterprise sees its own rows only; another region sees nothing (404)', async () => {
    const contact = await t.as('enterprise');
    const mine = (await contact.get(`/api/v1/training/sessions/${s1}`)).json();
    expect(mine.attendance.map((a: { personName: string }) => a.personName).sort()).toEqual(['张三', '李四']);
    expect(mine.mayEdit).toBe(false);
    const tianjin = await t.as('tianjin');
    expect((await tianjin.get(`/api/v1/training/sessions/${s1}`)).statusCode).toBe(404);
    const list = (await tianjin.get('/api/v1/training/sessions')).json();
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(s1);
    expect((await (await t.as('tjexpert')).get(`/api/v1/training/sessions/${s2}`)).statusCode).toBe(404);
    // e04's expert sees the session its enterprise is enrolled in
    expect((await (await t.as('expert4')).get(`/api/v1/training/sessions/${s1}`)).statusCode).toBe(200);
  });

  it('removes an attendance row of the organizer side', async () => {
    const xuzhou = await t.as('xuzhou');
    const extra = await xuzhou.post(`/api/v1/training/sessions/${s1}/attendance`, {
      participationId: e04,
      personName: '临时',
    });
    expect(extra.statusCode).toBe(201);
    expect(
      (
        await inject('enterprise', `/api/v1/training/sessions/${s1}/attendance/remove`, {
          attendanceId: extra.json().id,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await inject('xuzhou', `/api/v1/training/sessions/${s1}/attendance/remove`, { attendanceId: extra.json().id }))
        .statusCode,
    ).toBe(204);
  });

  it('the sign-in sheet downloads as DOCX', async () => {
    const r = await (await t.as('xuzhou')).get(`/api/v1/training/sessions/${s1}/sign-in-sheet.docx`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
  });
});

describe('statistics (002 Annex 2 row 2) and coverage (001 annex 一、1)', () => {
  it('gives the fixture’s known answers: 4 人次 and 2 enterprises; offline 3/2, online 1/1; 张三 twice', async () => {
    const xuzhou = await t.as('xuzhou');
    const r = (await xuzhou.get(`/api/v1/training/statistics?campaignId=${xz}&from=${FROM}&to=${TO}&by=region`)).json();
    expect(r.total).toEqual({ personTimes: 4, enterprises: 2 });
    expect(r.offline).toEqual({ personTimes: 3, enterprises: 2 });
    expect(r.online).toEqual({ personTimes: 1, enterprises: 1 });
    // by county under the city bureau: 丰县 (e01) 3 人次 1 enterprise, 云龙区 (e04) 1 / 1
    expect(r.rows.map((x: { key: string; total: unknown }) => [x.key, x.total])).toEqual([
      ['320303', { personTimes: 1, enterprises: 1 }],
      ['320321', { personTimes: 3, enterprises: 1 }],
    ]);
    expect(r.rows[1].label).toBe('丰县');
    const byKind = (await xuzhou.get(`/api/v1/training/statistics?from=${FROM}&to=${TO}&by=kind&kind=online`)).json();
    expect(byKind.total).toEqual({ personTimes: 1, enterprises: 1 });
    const byIndustry = (
      await xuzhou.get(`/api/v1/training/statistics?from=${FROM}&to=${TO}&by=industry&industryCode=03`)
    ).json();
    expect(byIndustry.total).toEqual({ personTimes: 3, enterprises: 1 });
    const tianjin = (await (await t.as('tianjin')).get(`/api/v1/training/statistics?from=${FROM}&to=${TO}`)).json();
    expect(tianjin.total).toEqual({ personTimes: 0, enterprises: 0 });
    expect((await (await t.as('enterprise')).get('/api/v1/training/statistics')).statusCode).toBe(403);
  });

  it('flags the regions without an industry session; the centralized city session covers every county', async () => {
    const r = (await (await t.as('xuzhou')).get(`/api/v1/campaigns/${xz}/training-coverage`)).json();
    const centralized = r.checks.filter((c: { check: string }) => c.check === 'centralized');
    expect(centralized.length).toBeGreaterThan(0);
    // the xz campaign is a city's: coverage per county; s1 (320300) covers them if it is within the period
    const industry = r.checks.filter((c: { check: string }) => c.check === 'industry');
    expect(industry.length).toBeGreaterThanOrEqual(centralized.length);
    expect(r.missing).toBe(r.checks.filter((c: { sessions: number }) => c.sessions === 0).length);
    expect((await (await t.as('tianjin')).get(`/api/v1/campaigns/${xz}/training-coverage`)).statusCode).toBe(404);
  });

  it('internal-auditor training of an enterprise, for the internal audit', async () => {
    const manager = await t.as('cbmanager');
    const ia = await manager.post(
      '/api/v1/training/sessions',
      session({
        kind: 'internal_auditor',
        title: '内审员培训',
        regionCode: '320321',
        heldOn: '2031-03-25',
        endsOn: '2031-03-26',
      }),
    );
    expect(ia.statusCode).toBe(201);
    await manager.post(`/api/v1/training/sessions/${ia.json().id}/enrolments`, { participationIds: [e01] });
    await manager.post(`/api/v1/training/sessions/${ia.json().id}/attendance`, {
      participationId: e01,
      personName: '张三',
    });
    const rows = await internalAuditorTrainingOf(t.ctx.database.db, e01);
    expect(rows.filter((r) => r.sessionId === ia.json().id)).toEqual([
      { personName: '张三', sessionId: ia.json().id, heldOn: '2031-03-25' },
    ]);
    const mine = (await (await t.as('enterprise')).get(`/api/v1/participations/${e01}/training`)).json();
    expect(mine.attended.find((a: { sessionId: string }) => a.sessionId === s1)).toMatchObject({ persons: 2 });
  });
});
