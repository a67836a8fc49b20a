/**
 * The evaluation's remaining parts: the pool's qualifications (003 §6.9.2) — a member is a 评审员 with a certificate
 * valid over the panel's dates or a recommended 行业专家, and a panel holds at least one 评审员; batch panels with
 * impartiality per enterprise (all or nothing unless the refused are skipped); the enterprise's side: the
 * self-evaluation before the panel (Annex C.2), never counted; the 《企业实施情况及成效总结》 (001 §四(三)) with its DOCX;
 * the improvement and innovation action plan (003 §6.9.7), without which a 不合格 enterprise does not close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildTestApp, makeClient, type TestApp } from './helpers/test-app.js';
import { canRender, renderDocx } from './helpers/render-docx.js';
import { memberships, users } from '../src/platform/auth/identity.table.js';
import { createSession } from '../src/platform/auth/session-store.js';
import { participationExperts } from '../src/modules/participations/participations.table.js';
import { evaluationPanels } from '../src/modules/evaluation/evaluation.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const url = (key: string, tail = '') => `/api/v1/participations/${t.ids.participations[key]}/evaluation${tail}`;
const POOL = '/api/v1/evaluation/experts';
const qualify = (userId: string) => `${POOL}/${userId}/qualification`;
const panelBody = (leaderUserId: string, memberUserIds: string[] = [], extra: Record<string, unknown> = {}) => ({
  leaderUserId,
  memberUserIds,
  documentReview: true,
  onsiteReview: true,
  startsOn: t.calendar.steps.complete_review,
  endsOn: t.calendar.steps.evaluate,
  ...extra,
});
const auditorRecord = (extra: Record<string, unknown> = {}) => ({
  kind: 'auditor',
  certificateNumber: 'CCAA-QMS-2026-0901',
  issuingBody: '中国认证认可协会',
  validFrom: '2024-01-01',
  validUntil: '2030-12-31',
  ...extra,
});
const industryRecord = {
  kind: 'industry_expert',
  recommendedBy: '徐州市机械工程学会',
  industries: ['18'],
  regionCode: '320300',
};

/** A further evaluation expert of an organization (no qualification), with a session of that membership. */
async function evaluationExpert(username: string, organization: string, existingUser?: string) {
  const db = t.ctx.database.db;
  const userId =
    existingUser ??
    (
      await db
        .insert(users)
        .values({ username, displayName: `评审专家 ${username}`, passwordHash: 'x' })
        .returning({ id: users.id })
    )[0]!.id;
  const [m] = await db
    .insert(memberships)
    .values({ userId, organizationId: t.ids.orgs[organization]!, role: 'evaluation_expert' })
    .returning({ id: memberships.id });
  const session = await createSession(db, {
    userId,
    membershipId: m!.id,
    now: t.clock.now(),
    policy: t.ctx.sessionPolicy,
  });
  return { userId, client: makeClient(t.app, session.id, session.csrfToken) };
}

describe('the pool’s qualifications (003 §6.9.2)', () => {
  it('shows the demo evaluator as a certified 评审员; the bureau of the jurisdiction records, others see 404', async () => {
    const xuzhou = await t.as('xuzhou');
    const pool = (await xuzhou.get(POOL)).json().items;
    const demo = pool.find((p: { userId: string }) => p.userId === t.ids.users.evaluator);
    expect(demo).toMatchObject({
      qualification: { kind: 'auditor', issuingBody: '中国认证认可协会' },
      mayRecord: true,
    });
    expect(demo.qualification.certificateNumber).toBeTruthy();
    const tianjinPool = (await (await t.as('tianjin')).get(POOL)).json().items;
    expect(tianjinPool.find((p: { userId: string }) => p.userId === t.ids.users.evaluator).mayRecord).toBe(false);

    const expert = await evaluationExpert('industry1', 'assoc');
    expect((await (await t.as('tianjin')).post(qualify(expert.userId), industryRecord)).statusCode).toBe(404);
    expect((await (await t.as('fengxian')).post(qualify(expert.userId), industryRecord)).statusCode).toBe(404);
    // not an evaluation expert at all
    expect((await xuzhou.post(qualify(t.ids.users.cbmanager!), industryRecord)).statusCode).toBe(404);

    const incomplete = await xuzhou.post(qualify(expert.userId), { ...industryRecord, recommendedBy: ' ' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({ code: 'QUALIFICATION_INCOMPLETE', field: 'body.recommendedBy' });
    const noIssuer = await xuzhou.post(qualify(expert.userId), auditorRecord({ issuingBody: null }));
    expect(noIssuer.json()).toMatchObject({ code: 'QUALIFICATION_INCOMPLETE', field: 'body.issuingBody' });
    const order = await xuzhou.post(qualify(expert.userId), auditorRecord({ validUntil: '2023-12-31' }));
    expect(order.json()).toMatchObject({ code: 'DATE_ORDER', field: 'body.validUntil' });

    const recorded = await xuzhou.post(qualify(expert.userId), industryRecord);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().items.find((p: { userId: string }) => p.userId === expert.userId).qualification).toEqual({
      kind: 'industry_expert',
      certificateNumber: null,
      issuingBody: null,
      validFrom: null,
      validUntil: null,
      recommendedBy: '徐州市机械工程学会',
      industries: ['18'],
      regionCode: '320300',
    });
    const trail = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, expert.userId), eq(auditTrail.action, 'evaluation.record_qualification')));
    expect(trail).toHaveLength(1);
  });

  it('refuses an unqualified member, a certificate not valid on the dates, a panel without 评审员, naming the member', async () => {
    const xuzhou = await t.as('xuzhou');
    const unqualified = await evaluationExpert('unqualified1', 'assoc');
    const none = await xuzhou.post(url('e05', '/panel'), panelBody(t.ids.users.evaluator!, [unqualified.userId]));
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'EVALUATOR_NOT_QUALIFIED', field: 'memberUserIds' });
    expect(none.json().message).toContain('评审专家 unqualified1');
    expect(none.json().message).toContain('未登记评审员资格或行业专家推荐');

    // a certificate that ends the day before the panel's last day
    const lapsing = await evaluationExpert('lapsing1', 'assoc');
    const dayBefore = new Date(`${t.calendar.steps.evaluate}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const lastValid = dayBefore.toISOString().slice(0, 10);
    expect((await xuzhou.post(qualify(lapsing.userId), auditorRecord({ validUntil: lastValid }))).statusCode).toBe(200);
    const lapsed = await xuzhou.post(url('e05', '/panel'), panelBody(lapsing.userId));
    expect(lapsed.json()).toMatchObject({ code: 'EVALUATOR_NOT_QUALIFIED', field: 'leaderUserId' });
    expect(lapsed.json().message).toContain('评审员资格证书在评价期间无效');
    // valid through the last day: qualified
    expect(
      (await xuzhou.post(qualify(lapsing.userId), auditorRecord({ validUntil: t.calendar.steps.evaluate }))).statusCode,
    ).toBe(200);

    // industry experts only: the panel needs a 评审员
    const industry = await evaluationExpert('industry2', 'assoc');
    expect((await xuzhou.post(qualify(industry.userId), industryRecord)).statusCode).toBe(200);
    const noAuditor = await xuzhou.post(url('e05', '/panel'), panelBody(industry.userId));
    expect(noAuditor.statusCode).toBe(422);
    expect(noAuditor.json()).toMatchObject({ code: 'PANEL_AUDITOR_REQUIRED', field: 'memberUserIds' });

    // a 评审员 leading, an industry expert and the now-valid auditor beside: formed
    const formed = await xuzhou.post(
      url('e05', '/panel'),
      panelBody(t.ids.users.evaluator!, [industry.userId, lapsing.userId]),
    );
    expect(formed.statusCode, formed.body).toBe(200);
    expect(formed.json().panel.members).toHaveLength(3);
    // back to the demo's panel for the later tests
    expect((await xuzhou.post(url('e05', '/panel'), panelBody(t.ids.users.evaluator!))).statusCode).toBe(200);
  });
});

describe('batch panels (003 §6.9.1)', () => {
  it('checks impartiality per enterprise, names each refused pair, forms nothing unless the refused are skipped', async () => {
    const national = await t.as('national');
    const db = t.ctx.database.db;
    // a reviewer of cb1 (e01's assisting body), certified: refused for e01, not for e15 (cb2)
    const reviewer = await evaluationExpert('cb1reviewer', 'cb1');
    expect((await (await t.as('xuzhou')).post(qualify(reviewer.userId), auditorRecord())).statusCode).toBe(200);
    const batch = (extra: Record<string, unknown> = {}) => ({
      ...panelBody(t.ids.users.evaluator!, [reviewer.userId]),
      participationIds: [t.ids.participations.e01, t.ids.participations.e15],
      ...extra,
    });

    const refused = await national.post('/api/v1/evaluation/panels', batch());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'BATCH_PANEL_REFUSED', field: 'participationIds' });
    const [reviewerRow] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, reviewer.userId));
    expect(refused.json().message).toContain(`${reviewerRow!.name}（属于帮扶该企业的认证机构）`);
    // all or nothing: e15 has no panel
    const panels = async (key: string) =>
      db.select().from(evaluationPanels).where(eq(evaluationPanels.participationId, t.ids.participations[key]!));
    expect(await panels('e15')).toHaveLength(0);
    expect(await panels('e01')).toHaveLength(0);

    const skipped = await national.post('/api/v1/evaluation/panels', batch({ skipRefused: true }));
    expect(skipped.statusCode, skipped.body).toBe(200);
    const items = skipped.json().items;
    expect(
      items.find((i: { participationId: string }) => i.participationId === t.ids.participations.e15),
    ).toMatchObject({ outcome: 'formed', refusals: [] });
    expect(
      items.find((i: { participationId: string }) => i.participationId === t.ids.participations.e01),
    ).toMatchObject({ outcome: 'skipped', refusals: [{ userId: reviewer.userId, rule: '属于帮扶该企业的认证机构' }] });
    expect(await panels('e15')).toHaveLength(1);
    expect(await panels('e01')).toHaveLength(0);

    // e01's assisting expert, made an evaluation expert: refused for having assisted it
    const [assisting] = await db
      .select({ userId: participationExperts.expertUserId })
      .from(participationExperts)
      .where(eq(participationExperts.participationId, t.ids.participations.e01!));
    await evaluationExpert('', 'assoc', assisting!.userId);
    expect((await (await t.as('xuzhou')).post(qualify(assisting!.userId), auditorRecord())).statusCode).toBe(200);
    const assisted = await national.post(
      '/api/v1/evaluation/panels',
      batch({ memberUserIds: [assisting!.userId], participationIds: [t.ids.participations.e01] }),
    );
    expect(assisted.json().message).toContain('曾帮扶该企业（含冷却期）');

    // the same members for both, nobody refused: both formed
    const clean = await national.post('/api/v1/evaluation/panels', batch({ memberUserIds: [] }));
    expect(clean.statusCode, clean.body).toBe(200);
    expect(clean.json().items.map((i: { outcome: string }) => i.outcome)).toEqual(['formed', 'formed']);
    const [p01] = await panels('e01');
    const [p15] = await panels('e15');
    expect([p01!.startsOn, p01!.endsOn]).toEqual([p15!.startsOn, p15!.endsOn]);

    // out of scope: xuzhou does not see e15, nothing is formed
    const outside = await (await t.as('xuzhou')).post('/api/v1/evaluation/panels', batch({ memberUserIds: [] }));
    expect(outside.statusCode).toBe(404);
  });
});

describe('the enterprise’s side', () => {
  it('the demo’s evaluated enterprises carry a self-evaluation and a summary; the self-evaluation is not counted', async () => {
    const bureau = await t.as('xuzhou');
    for (const key of ['e02', 'e03', 'e04']) {
      const view = (await bureau.get(url(key))).json();
      expect(view.selfAssessment.rows).toHaveLength(2);
      expect(view.summary.missing).toEqual([]);
      expect(view.summary.sections.results).toContain('提升');
    }
    // e03 believed both targets met; the panel found one missed, and the result is the panel's
    const e03 = (await bureau.get(url('e03'))).json();
    expect(e03.selfAssessment.total).toBe(20);
    expect(e03.result).toMatchObject({ total: 10 });
  });

  it('self-evaluation on e05 before the panel scores; closed once a rater has scored; the result ignores it', async () => {
    const contact = await t.as('ent05');
    const evaluator = await t.as('evaluator');
    const { indicators } = (await contact.get(`/api/v1/participations/${t.ids.participations.e05}/indicators`)).json();
    const met = (i: { direction: string; target: number }) =>
      i.direction === 'higher_is_better' ? i.target + 1 : i.target - 1;
    const noEvidence = await contact.post(url('e05', '/self-assessment'), {
      values: [{ indicatorKey: indicators[0].key, after: 1, evidence: '' }],
    });
    expect(noEvidence.json()).toMatchObject({ code: 'EVALUATION_EVIDENCE_REQUIRED' });
    const saved = await contact.post(url('e05', '/self-assessment'), {
      values: indicators.map((i: { key: string; direction: string; target: number }) => ({
        indicatorKey: i.key,
        after: met(i),
        evidence: '质量部月度统计',
      })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().selfAssessment).toMatchObject({ total: 20, grade: 'pass' });
    expect(saved.json().result).toBeNull();
    expect(saved.json().you.maySelfAssess).toBe(true);
    // the panel reads it beside its sheets
    expect((await evaluator.get(url('e05'))).json().selfAssessment.total).toBe(20);

    // the panel's rater finds both targets missed: 0, 不合格 — the self-evaluation's 20 is not counted
    const miss = (i: { direction: string; target: number }) =>
      i.direction === 'higher_is_better' ? i.target - 1 : i.target + 1;
    const sheet = await evaluator.post(url('e05', '/sheet'), {
      values: indicators.map((i: { key: string; direction: string; target: number }) => ({
        indicatorKey: i.key,
        after: miss(i),
        evidence: '查阅检验记录',
      })),
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    expect(sheet.json().result).toMatchObject({ total: 0, grade: 'fail' });
    const late = await contact.post(url('e05', '/self-assessment'), { values: [] });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'SELF_ASSESSMENT_CLOSED' });
    expect((await contact.get(url('e05'))).json().you.maySelfAssess).toBe(false);
  });

  it('a 不合格 enterprise closes only with its action plan, which the enterprise makes and its body follows', async () => {
    const evaluator = await t.as('evaluator');
    const contact = await t.as('ent05');
    const bureau = await t.as('xuzhou');
    const pid = t.ids.participations.e05!;
    // the plan follows the evaluation
    const early = await contact.post(url('e05', '/action-plan'), { items: [] });
    expect(early.json()).toMatchObject({ code: 'EVALUATION_STAGE' });

    const view = (await evaluator.get(url('e05'))).json();
    const signed = await evaluator.post(url('e05', '/sign-off'), { version: view.panel.version });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ result: { total: 0, grade: 'fail' }, actionPlanRequired: true });

    const close = async () => {
      const detail = (await bureau.get(`/api/v1/participations/${pid}`)).json();
      return bureau.post(`/api/v1/participations/${pid}/transitions`, { command: 'close', version: detail.version });
    };
    const refused = await close();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ACTION_PLAN_REQUIRED', field: 'actionPlan' });

    const empty = await contact.post(url('e05', '/action-plan'), { items: [] });
    expect(empty.json()).toMatchObject({ code: 'ACTION_PLAN_EMPTY', field: 'body.items' });
    const item = {
      kind: 'improvement',
      action: '对未达成目标的两项指标开展原因分析，修订过程检验规程',
      owner: '质量部 王敏',
      dueOn: '2027-06-30',
    };
    const noOwner = await contact.post(url('e05', '/action-plan'), { items: [{ ...item, owner: ' ' }] });
    expect(noOwner.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.items.0.owner' });
    const made = await contact.post(url('e05', '/action-plan'), {
      items: [item, { ...item, kind: 'innovation', action: '试行检验数据电子化记录' }],
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().actionPlan.items).toHaveLength(2);

    // the assisting body follows it up: done on a day, never ahead of today
    const today = new Date(t.clock.now()).toISOString().slice(0, 10);
    const ahead = await (await t.as('cbmanager')).post(url('e05', '/action-plan'), {
      items: [{ ...item, done: true, doneOn: '2099-01-01' }],
    });
    expect(ahead.json()).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'body.items.0.doneOn' });
    const followed = await (await t.as('cbmanager')).post(url('e05', '/action-plan'), {
      items: [{ ...item, done: true, doneOn: today, followUp: '已现场核实修订后的规程' }],
    });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json().actionPlan).toMatchObject({
      items: [{ done: true, doneOn: today, followUp: '已现场核实修订后的规程' }],
    });
    const trail = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, pid), eq(auditTrail.action, 'evaluation.save_action_plan')));
    expect(trail).toHaveLength(2);

    const closed = await close();
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('the summary: saved by the contact by section, read by the panel, refused once closed; the DOCX renders', async () => {
    const contact = await t.as('enterprise');
    const saved = await contact.post(url('e01', '/summary'), {
      sections: { profile: '徐州某机械零部件有限公司，员工 45 人。', results: '一次交检合格率由 92% 提升至 96%。' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().summary).toMatchObject({
      sections: { profile: '徐州某机械零部件有限公司，员工 45 人。', implementation: '' },
      missing: ['implementation', 'problems', 'next_steps'],
    });
    // other enterprises' contacts do not see it; the bureau and the assistance side read it
    expect((await (await t.as('ent02')).post(url('e01', '/summary'), { sections: {} })).statusCode).toBe(404);
    expect((await (await t.as('xuzhou')).get(url('e01'))).json().summary.sections.results).toContain('96%');
    // e02 is closed: the summary stays as it was
    const closed = await (await t.as('ent02')).post(url('e02', '/summary'), { sections: { profile: '改写' } });
    expect(closed.json()).toMatchObject({ code: 'EVALUATION_STAGE' });
    // a section over the limit is refused by field
    const long = await contact.post(url('e01', '/summary'), { sections: { profile: '字'.repeat(5001) } });
    expect(long.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.sections.profile' });

    const docx = await (await t.as('xuzhou')).get(url('e03', '/summary/docx'));
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('officedocument');
    if (!canRender()) return;
    const { text, png } = renderDocx(docx.rawPayload, 'enterprise-summary-e03');
    expect(text).toContain('企业实施情况及成效总结');
    expect(text).toContain('三、取得的成效');
    expect(text).toContain('主要指标提升情况');
    expect(text).toContain('提升后数值取自评价组签字确认的评价表');
    expect(png).toMatch(/\.png$/);
  });
});
