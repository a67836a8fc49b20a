/**
 * The internal audit through the API (000 §二(4); 002 steps 4, 6, 7): the three-month gate on the audit's start with
 * the injectable clock, trained auditors who do not audit their own department, a nonconformity that cannot close
 * without a verified corrective action, completion answering every diagnosis pain point, the scope, the Word
 * documents. The demo's e01 is operating; its internal-auditor training is a fixture row here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { operationCompleteOn } from '../../domain/lifecycle/operation-period.js';
import { trainingAttendance, trainingSessions } from '../src/modules/training/training.table.js';
import { auditResultsOf } from '../src/modules/internal-audit/internal-audit.service.js';
import { canRender, renderDocx } from './helpers/render-docx.js';
import fs from 'node:fs';

let t: TestApp;
let e01: string;
let expert: Client;
let contact: Client;
let startedOn: string;
let earliest: string;

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const plan = (startsOn: string, over: Record<string, unknown> = {}) => ({
  objectives: '验证质量管理体系运行的符合性和有效性',
  scope: '生产部、质量部、销售部',
  criteria: ['GB/T 19001-2016', '质量手册 A/0'],
  startsOn,
  endsOn: plusDays(startsOn, 1),
  team: [
    { name: '王芳', department: '质量部', leader: true },
    { name: '李强', department: '生产部', leader: false },
  ],
  schedule: [
    { department: '生产部', clauses: ['8.5.1', '8.7'], auditorName: '王芳', on: startsOn },
    { department: '质量部', clauses: ['9.1.1'], auditorName: '李强', on: plusDays(startsOn, 1) },
  ],
  ...over,
});
const checklist = [
  {
    clause: '8.7',
    department: '生产部',
    content: '不合格品的标识与隔离',
    evidence: '抽查3份不合格品记录',
    result: 'nonconforming',
  },
  {
    clause: '9.1.1',
    department: '质量部',
    content: '检验数据的统计分析',
    evidence: '月度质量报表',
    result: 'conforming',
  },
];

beforeAll(async () => {
  t = await buildTestApp();
  e01 = t.ids.participations.e01!;
  expert = await t.as('expert');
  contact = await t.as('enterprise');
  const overview = (await expert.get(`/api/v1/participations/${e01}/internal-audit`)).json();
  startedOn = overview.operationStartedOn;
  earliest = operationCompleteOn(startedOn);
  expect(overview.earliestStartOn).toBe(earliest);
  // the enterprise's two internal auditors were trained (002 step 4): a fixture session and its attendance
  const [session] = await t.ctx.database.db
    .insert(trainingSessions)
    .values({
      campaignId: t.ids.campaigns.xz,
      kind: 'internal_auditor',
      delivery: 'offline',
      title: '内审员培训',
      organizerOrganizationId: t.ids.orgs.cb1!,
      organizerUserId: t.ids.users.cbmanager!,
      heldOn: startedOn,
      endsOn: startedOn,
      durationHours: '16',
      place: '徐州',
      topics: ['GB/T 19001 内审'],
      audiences: ['system_builders'],
      regionCode: '320321',
      materialFileIds: [],
      createdBy: t.ids.users.cbmanager!,
    })
    .returning({ id: trainingSessions.id });
  for (const personName of ['王芳', '李强'])
    await t.ctx.database.db.insert(trainingAttendance).values({
      sessionId: session!.id,
      participationId: e01,
      personName,
      source: 'manual',
      recordedBy: t.ids.users.cbmanager!,
    });
  // the audit happens after the gate: the clock a few days past it
  t.clock.set(new Date(`${plusDays(earliest, 5)}T02:00:00Z`));
}, 120_000);
afterAll(async () => t?.close());

const url = (path = '') => `/api/v1/participations/${e01}/internal-audit${path}`;

describe('the internal audit (000 §二(4))', () => {
  it('an audit starting 2 months and 29 days after operation began is refused; at 3 months it is accepted', async () => {
    const early = await expert.post(url(), { plan: plan(dayBefore(earliest)), checklist });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'OPERATION_PERIOD_TOO_SHORT', field: 'startsOn' });
    const onTime = await expert.post(url(), { plan: plan(earliest), checklist });
    expect(onTime.statusCode).toBe(200);
    expect(onTime.json().version).toBe(1);
  });

  it('refuses an untrained auditor and one who audits their own department, naming the field', async () => {
    const { version } = (await expert.get(url())).json().audit;
    const untrained = plan(earliest, {
      team: [...plan(earliest).team, { name: '赵六', department: '销售部', leader: false }],
    });
    expect((await expert.post(url(), { plan: untrained, checklist, version })).json()).toMatchObject({
      code: 'AUDITOR_NOT_TRAINED',
      field: 'team.2.name',
    });
    const own = plan(earliest, {
      schedule: [{ department: '质量部', clauses: ['9.1'], auditorName: '王芳', on: earliest }],
    });
    expect((await expert.post(url(), { plan: own, checklist, version })).json()).toMatchObject({
      code: 'AUDITOR_OWN_WORK',
      field: 'schedule.0.auditorName',
    });
    const stale = await expert.post(url(), { plan: plan(earliest), checklist, version: version + 5 });
    expect(stale.statusCode).toBe(409);
  });

  it('walks a nonconformity to closure; it cannot close without a verified corrective action', async () => {
    const finding = await contact.post(url('/findings'), {
      grade: 'minor',
      clause: '8.7',
      department: '生产部',
      evidence: '3月5日两批不合格品未标识、未隔离',
      foundOn: earliest,
      dueOn: plusDays(earliest, 30),
    });
    expect(finding.statusCode).toBe(201);
    const findingId = finding.json().id as string;
    // 002 step 7: past its rectification deadline and not closed, the NC is flagged on the file and in the list
    const overdueFlags = async () => {
      const overview = (await expert.get(`/api/v1/participations/${e01}/implementation`)).json();
      const list = (await expert.get('/api/v1/participations?pageSize=100')).json();
      const item = list.items.find((i: { id: string }) => i.id === e01);
      return { file: overview.overdue as string[], list: item.overdue as string[] };
    };
    expect((await overdueFlags()).file).not.toContain('nonconformity_overdue');
    t.clock.set(new Date(`${plusDays(earliest, 31)}T02:00:00Z`));
    expect(await overdueFlags()).toMatchObject({
      file: expect.arrayContaining(['nonconformity_overdue']),
      list: expect.arrayContaining(['nonconformity_overdue']),
    });
    t.clock.set(new Date(`${plusDays(earliest, 5)}T02:00:00Z`));
    const step = async (client: Client, body: Record<string, unknown>) => {
      const current = (await client.get(url())).json().findings.find((f: { id: string }) => f.id === findingId);
      return client.post(url(`/findings/${findingId}/steps`), { version: current.version, ...body });
    };
    const day1 = earliest;
    const day3 = plusDays(earliest, 2);
    expect(
      (await step(contact, { step: 'correction', owner: '张三', doneOn: day1, text: '两批产品已标识隔离' })).statusCode,
    ).toBe(204);
    expect(
      (await step(contact, { step: 'root_cause', owner: '张三', doneOn: day1, text: '未规定不合格品的标识方法' }))
        .statusCode,
    ).toBe(204);
    expect((await step(contact, { step: 'closure', owner: '王芳', doneOn: day3, text: '' })).json()).toMatchObject({
      code: 'NC_CLOSE_WITHOUT_VERIFIED_ACTION',
    });
    expect(
      (
        await step(contact, {
          step: 'corrective_action',
          owner: '张三',
          dueOn: day3,
          doneOn: day3,
          text: '修订《不合格品控制程序》并培训',
        })
      ).statusCode,
    ).toBe(204);
    expect((await step(contact, { step: 'closure', owner: '王芳', doneOn: day3, text: '' })).json().code).toBe(
      'NC_CLOSE_WITHOUT_VERIFIED_ACTION',
    );
    // verified before its action: refused, naming the field
    expect(
      (await step(expert, { step: 'verification', owner: '王芳', doneOn: day1, text: '抽查', effective: true })).json(),
    ).toMatchObject({ code: 'DATE_ORDER', field: 'verification.doneOn' });
    expect(
      (
        await step(expert, {
          step: 'verification',
          owner: '王芳',
          doneOn: day3,
          text: '抽查5批均已标识',
          effective: true,
        })
      ).statusCode,
    ).toBe(204);
    expect((await step(expert, { step: 'closure', owner: '王芳', doneOn: day3, text: '' })).statusCode).toBe(204);
    const closed = (await expert.get(url())).json().findings.find((f: { id: string }) => f.id === findingId);
    expect(closed).toMatchObject({ state: 'closed', nextSteps: [] });
    expect(closed.steps.map((s: { step: string }) => s.step)).toEqual([
      'correction',
      'root_cause',
      'corrective_action',
      'verification',
      'closure',
    ]);
    // the 一企一档 timeline holds the audit's plan, the NC raised and the NC closed, dated by the records
    const records = (await expert.get(`/api/v1/participations/${e01}`)).json().records as Array<{
      kind: string;
      on: string;
      section: string;
    }>;
    const auditKinds = new Set([
      'internal_audit_planned',
      'internal_audit_completed',
      'nonconformity_raised',
      'nonconformity_closed',
    ]);
    const auditRecords = records.filter((r) => auditKinds.has(r.kind)).map((r) => [r.kind, r.on]);
    // each leads to the file's part of the audit and the review
    expect(new Set(records.filter((r) => auditKinds.has(r.kind)).map((r) => r.section))).toEqual(
      new Set(['audit-review']),
    );
    // newest first; the plan and the NC share a day (their order within it follows when each was typed in)
    expect(auditRecords[0]).toEqual(['nonconformity_closed', day3]);
    expect(auditRecords.slice(1)).toHaveLength(2);
    expect(auditRecords.slice(1)).toEqual(
      expect.arrayContaining([
        ['internal_audit_planned', earliest],
        ['nonconformity_raised', earliest],
      ]),
    );
    expect((await overdueFlags()).file).not.toContain('nonconformity_overdue');
  });

  it('completes only when the report answers every diagnosis pain point; then the plan is locked', async () => {
    const overview = (await contact.get(url())).json();
    expect(overview.painPoints.length).toBeGreaterThan(0);
    const base = {
      summary: '体系运行基本有效',
      conclusion: '质量管理体系符合标准要求',
      version: overview.audit.version,
    };
    const missing = await contact.post(url('/complete'), { ...base, painPoints: [] });
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ code: 'AUDIT_PAIN_POINT_UNANSWERED', field: 'painPoints' });
    const answers = overview.painPoints.map((p: { ref: string }) => ({
      ref: p.ref,
      response: '已建立制度并运行，抽查有效',
    }));
    expect((await contact.post(url('/complete'), { ...base, painPoints: answers })).statusCode).toBe(204);
    const after = (await expert.get(url())).json();
    expect(after.audit).toMatchObject({ status: 'completed', completedOn: plusDays(earliest, 5) });
    expect(
      (await expert.post(url(), { plan: plan(earliest), checklist, version: after.audit.version })).json().code,
    ).toBe('AUDIT_COMPLETED');
    const results = await auditResultsOf(t.ctx.database.db, e01, plusDays(earliest, 5));
    expect(results).toMatchObject({
      status: 'completed',
      startsOn: earliest,
      findings: { major: 0, minor: 1, observation: 0 },
      openNonconformities: [],
      closedNonconformities: 1,
    });
  });

  it('is read by the region bureau, written by neither it nor strangers', async () => {
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.get(url())).statusCode).toBe(200);
    expect(
      (
        await xuzhou.post(url('/findings'), {
          grade: 'observation',
          clause: '7.5',
          department: '质量部',
          evidence: '…',
          foundOn: earliest,
        })
      ).statusCode,
    ).toBe(403);
    expect((await (await t.as('tianjin')).get(url())).statusCode).toBe(404);
    expect((await (await t.as('expert2')).get(url())).statusCode).toBe(404);
    expect((await (await t.as('ent02')).get(url())).statusCode).toBe(404);
  });

  it('gives the plan, the NC report and the report as Word documents', async () => {
    const overview = (await expert.get(url())).json();
    for (const path of ['/plan.docx', '/report.docx', `/findings/${overview.findings[0].id}/nc-report.docx`]) {
      const response = await expert.get(url(path));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('wordprocessingml');
      expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it.runIf(canRender())(
    'renders the three documents through LibreOffice to PNG (artifacts/documents/)',
    async () => {
      const overview = (await expert.get(url())).json();
      const documents: Array<[string, string, string]> = [
        ['/plan.docx', 'internal-audit-plan', '内部审核计划'],
        [`/findings/${overview.findings[0].id}/nc-report.docx`, 'internal-audit-nc-report', '不符合项报告'],
        ['/report.docx', 'internal-audit-report', '内部审核报告'],
      ];
      for (const [path, name, heading] of documents) {
        const { text, png } = renderDocx((await expert.get(url(path))).rawPayload, name);
        expect(text).toContain(heading);
        expect(fs.statSync(png).size).toBeGreaterThan(5_000);
      }
    },
    180_000,
  );
});
