/**
 * Staged reports (报送, 004 §三(三)) over the API on the demo: 丰县 reports to 徐州 in 徐州's campaign, 徐州 to 江苏 in
 * 江苏's. A submitted version is immutable; the receiver returns it with a reason; the resubmission is a new version
 * and the first is kept; lateness is the first submission's China-calendar day against the due day (the day itself on
 * time); a bureau outside the region gets 404.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsOverview, StageReport } from '../../contracts/stage-reports.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let fengxian: Client;
let xuzhou: Client;
let jiangsu: Client;
let tianjin: Client;
let xz: string;
let may20: string;
let nov20: string;
let nov30: string;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const overview = async (client: Client, campaignId = xz): Promise<ReportsOverview> => {
  const r = await client.get(`/api/v1/campaigns/${campaignId}/stage-reports`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const own = async (client: Client, dueOn: string): Promise<StageReport> => {
  const r = await client.get(`/api/v1/campaigns/${xz}/stage-reports/${dueOn}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const row = (o: ReportsOverview, dueOn: string, region = '320321') =>
  o.deadlines.find((d) => d.dueOn === dueOn)!.subordinates.find((s) => s.regionCode === region)!;

/** Moves the clock and signs everyone in again (sessions time out across the jump). */
async function moveTo(at: string) {
  t.clock.set(at);
  fengxian = await t.as('fengxian');
  xuzhou = await t.as('xuzhou');
  jiangsu = await t.as('jiangsu');
  tianjin = await t.as('tianjin');
}

beforeAll(async () => {
  t = await buildTestApp();
  await moveTo(t.clock.now().toISOString());
  xz = t.ids.campaigns.xz;
  may20 = t.calendar.day('2026-05-20');
  nov20 = t.calendar.day('2026-11-20');
  nov30 = t.calendar.day('2026-11-30');
});
afterAll(async () => t.close());

describe('the demo', () => {
  it('丰县 submitted 20 May on time, has not submitted 20 November (overdue); 徐州 submitted 20 May late to 江苏', async () => {
    const o = await overview(xuzhou);
    expect(o.deadlines.map((d) => d.dueOn)).toEqual([may20, nov20, nov30]);
    expect(o.deadlines[0]!.own).toBeNull(); // 徐州 issues this campaign: it receives
    expect(row(o, may20)).toMatchObject({
      status: 'submitted',
      late: false,
      versions: 1,
      organizationName: '丰县市场监督管理局',
    });
    expect(row(o, nov20)).toMatchObject({ status: 'overdue', late: true, versions: 0, submittedAt: null });
    expect(row(o, nov30)).toMatchObject({ status: 'not_submitted', late: false });
    const js = await overview(jiangsu, t.ids.campaigns.js);
    expect(js.deadlines[0]!.subordinates.map((s) => [s.regionCode, s.status])).toEqual([['320300', 'late_submitted']]);
    const xzOwn = (await overview(xuzhou, t.ids.campaigns.js)).deadlines[0]!;
    expect(xzOwn.own).toMatchObject({ status: 'late_submitted', late: true });
    expect(xzOwn.receiverName).toBe('江苏省市场监督管理局');
  });
});

describe('submit, immutability, return, resubmit', () => {
  let reportId: string;
  it('丰县 drafts, attaches and submits on the due day (23:59 China time): on time, figures of its region', async () => {
    await moveTo(`${nov30}T15:59:00Z`); // 23:59 in China on the due day
    const empty = await own(fengxian, nov30);
    expect(empty).toMatchObject({ id: null, state: null, status: 'not_submitted', mayEdit: true, versions: [] });
    expect(empty.draftFigures?.regionCode).toBe('320321');
    expect(empty.receiverName).toBe('徐州市市场监督管理局');

    const noText = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}/submit`);
    expect(noText.statusCode).toBe(422);
    expect(noText.json().code).toBe('REPORT_TEXT_REQUIRED');

    const saved = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}`, { text: '第一版正文' });
    expect(saved.statusCode, saved.body).toBe(200);
    const attached = await fengxian.post(
      `/api/v1/campaigns/${xz}/stage-reports/${nov30}/attachments?name=${encodeURIComponent('汇总表.png')}`,
      PNG,
      { 'content-type': 'image/png' },
    );
    expect(attached.statusCode, attached.body).toBe(201);
    const submitted = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const report: StageReport = submitted.json();
    reportId = report.id!;
    expect(report).toMatchObject({ state: 'submitted', status: 'submitted', late: false, mayEdit: false });
    expect(report.versions).toHaveLength(1);
    expect(report.versions[0]).toMatchObject({ version: 1, text: '第一版正文', late: false });
    expect(report.versions[0]!.figures.regionCode).toBe('320321');
    expect(report.versions[0]!.attachments.map((a) => a.fileName)).toEqual(['汇总表.png']);
  });

  it('a submitted version cannot change: submit, save and attach are refused and nothing is written', async () => {
    await moveTo(`${t.calendar.day('2026-12-01')}T02:00:00Z`);
    for (const [url, body] of [
      [`/api/v1/campaigns/${xz}/stage-reports/${nov30}/submit`, undefined],
      [`/api/v1/campaigns/${xz}/stage-reports/${nov30}`, { text: '改动' }],
    ] as const) {
      const r = await fengxian.post(url, body);
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('REPORT_ALREADY_SUBMITTED');
    }
    const attach = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}/attachments`, PNG, {
      'content-type': 'image/png',
    });
    expect(attach.json().code).toBe('REPORT_ALREADY_SUBMITTED');
    const report = await own(fengxian, nov30);
    expect(report.text).toBe('第一版正文');
    expect(report.attachments).toHaveLength(1);
    expect(report.versions).toHaveLength(1);
  });

  it('the city sees it and returns it with a reason; the province reads it but may not return it', async () => {
    expect(row(await overview(xuzhou), nov30)).toMatchObject({ status: 'submitted', versions: 1, reportId });
    const read = await xuzhou.get(`/api/v1/stage-reports/${reportId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ mayReturn: true, mayEdit: false, draftFigures: null });
    const file = await xuzhou.get(`/api/v1/stage-reports/${reportId}/attachments/${read.json().attachments[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(Buffer.from(file.rawPayload).subarray(0, 4).toString('hex')).toBe('89504e47');

    const province = await jiangsu.get(`/api/v1/stage-reports/${reportId}`);
    expect(province.statusCode).toBe(200);
    expect(province.json().mayReturn).toBe(false);
    const notReceiver = await jiangsu.post(`/api/v1/stage-reports/${reportId}/return`, { reason: '请补充' });
    expect(notReceiver.statusCode).toBe(403);
    expect(notReceiver.json().code).toBe('REPORT_NOT_RECEIVER');
    const self = await fengxian.post(`/api/v1/stage-reports/${reportId}/return`, { reason: '请补充' });
    expect(self.json().code).toBe('REPORT_NOT_RECEIVER');

    const noReason = await xuzhou.post(`/api/v1/stage-reports/${reportId}/return`, { reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().code).toBe('REPORT_RETURN_REASON_REQUIRED');
    const returned = await xuzhou.post(`/api/v1/stage-reports/${reportId}/return`, { reason: '请补充培训数据说明' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', status: 'returned', mayReturn: false });
    const again = await xuzhou.post(`/api/v1/stage-reports/${reportId}/return`, { reason: '再次退回' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('REPORT_NOT_SUBMITTED');
  });

  it('丰县 sees the reason, revises and resubmits: version 2, version 1 kept as it was, still on time', async () => {
    const returned = await own(fengxian, nov30);
    expect(returned).toMatchObject({ status: 'returned', mayEdit: true });
    expect(returned.versions[0]!.returnReason).toBe('请补充培训数据说明');
    expect(
      (await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}`, { text: '第二版正文' })).statusCode,
    ).toBe(200);
    const resubmitted = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov30}/submit`);
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const report: StageReport = resubmitted.json();
    expect(report.versions.map((v) => [v.version, v.text, v.late])).toEqual([
      [2, '第二版正文', true],
      [1, '第一版正文', false],
    ]);
    expect(report.versions[1]!.returnReason).toBe('请补充培训数据说明');
    expect(report.versions[1]!.attachments).toHaveLength(1);
    // the deadline's lateness is the first submission's
    expect(report).toMatchObject({ status: 'submitted', late: false });
    expect(row(await overview(xuzhou), nov30)).toMatchObject({ status: 'submitted', versions: 2 });
  });

  it('every write is in the audit trail', async () => {
    const entries = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(and(eq(auditTrail.objectType, 'stage_report'), eq(auditTrail.objectId, reportId)));
    const actions = entries.map((e) => e.action);
    for (const a of ['stage_report.save', 'stage_report.attach', 'stage_report.submit', 'stage_report.return'])
      expect(actions).toContain(a);
    expect(actions.filter((a) => a === 'stage_report.submit')).toHaveLength(2);
  });
});

describe('lateness', () => {
  it('a report submitted after its due day is flagged late (逾期提交)', async () => {
    await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov20}`, { text: '补报' });
    const r = await fengxian.post(`/api/v1/campaigns/${xz}/stage-reports/${nov20}/submit`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'late_submitted', late: true });
    expect(row(await overview(xuzhou), nov20)).toMatchObject({ status: 'late_submitted', late: true, versions: 1 });
  });
});

describe('scope', () => {
  it('another city’s bureau gets 404 for the campaign, the report and its attachment', async () => {
    const { id } = await own(fengxian, nov30);
    const detail = await xuzhou.get(`/api/v1/stage-reports/${id}`);
    const attachmentId = detail.json().attachments[0].id;
    for (const url of [
      `/api/v1/campaigns/${xz}/stage-reports`,
      `/api/v1/stage-reports/${id}`,
      `/api/v1/stage-reports/${id}/attachments/${attachmentId}`,
    ]) {
      expect((await tianjin.get(url)).statusCode, url).toBe(404);
    }
    expect((await tianjin.post(`/api/v1/stage-reports/${id}/return`, { reason: '越权' })).statusCode).toBe(404);
  });
  it('the receiving bureau has no report of its own; an unknown deadline is 404; bodies and enterprises are refused', async () => {
    const top = await xuzhou.get(`/api/v1/campaigns/${xz}/stage-reports/${nov30}`);
    expect(top.statusCode).toBe(403);
    expect(top.json().code).toBe('REPORT_NOT_REPORTER');
    const unknown = await fengxian.get(`/api/v1/campaigns/${xz}/stage-reports/${t.calendar.day('2026-11-21')}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REPORT_DEADLINE_UNKNOWN');
    for (const u of ['cbadmin', 'enterprise'])
      expect((await (await t.as(u)).get(`/api/v1/campaigns/${xz}/stage-reports`)).statusCode).toBe(403);
  });
});
