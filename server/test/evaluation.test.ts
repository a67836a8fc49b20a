/**
 * Acceptance evaluation by Annex C (seed 003 §6.9, 表 C.1, Table 1, Table 2): the pure rule endpoint
 * reproduces the worked example, scores by direction, and refuses bands that overlap or leave a gap; the panel
 * refuses whoever assisted the enterprise or belongs to its assisting body; raters score independently; the
 * leader's sign-off locks the result and is the only way to the stage 已评价; reopening needs a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildTestApp, makeClient, type TestApp } from './helpers/test-app.js';
import { memberships, users } from '../src/platform/auth/identity.table.js';
import { createSession } from '../src/platform/auth/session-store.js';
import { participationExperts } from '../src/modules/participations/participations.table.js';
import { impartialityFindings } from '../src/modules/impartiality/impartiality.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { evaluatorQualifications } from '../src/modules/evaluation/evaluation.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const RULE = '/api/v1/rules/evaluation';
const satisfaction = (after: number | null) => ({
  item: 'customer_satisfaction',
  name: '顾客满意度',
  direction: 'higher_is_better',
  before: 85,
  target: 90,
  after,
});

describe('POST /api/v1/rules/evaluation', () => {
  it('Annex C worked example: 85 % → 90 % → 92 % scores 10; 87 % scores 0', async () => {
    const met = await t.anonymous.post(RULE, { indicators: [satisfaction(92)] });
    expect(met.statusCode).toBe(200);
    const body = met.json();
    expect(body.rows).toEqual([{ ...satisfaction(92), met: true, improved: true }]);
    expect(body.items).toHaveLength(9);
    expect(body.items.find((i: { item: string }) => i.item === 'customer_satisfaction')).toEqual({
      item: 'customer_satisfaction',
      points: 10,
      indicators: 1,
      reason: 'met',
    });
    expect(body).toMatchObject({ total: 10, grade: 'pass', effective: true, itemRule: 'all' });

    const notMet = (await t.anonymous.post(RULE, { indicators: [satisfaction(87)] })).json();
    expect(notMet.rows[0]).toMatchObject({ met: false });
    expect(notMet).toMatchObject({ total: 0, grade: 'fail' });
  });

  it('lower is better; two indicators score at most 20 whatever their values', async () => {
    const returns = {
      item: 'realization_delivery',
      name: '退货率',
      direction: 'lower_is_better',
      before: 5,
      target: 3,
    };
    const a = (await t.anonymous.post(RULE, { indicators: [satisfaction(99), { ...returns, after: 2 }] })).json();
    expect(a).toMatchObject({ total: 20, grade: 'pass' });
    const b = (await t.anonymous.post(RULE, { indicators: [satisfaction(99), { ...returns, after: 4 }] })).json();
    expect(b.rows[1]).toMatchObject({ met: false, improved: true });
    expect(b.total).toBe(10);
  });

  it('campaign bands: accepted when they tile 0–90, refused with the band named otherwise', async () => {
    const bands = [
      { grade: 'fail', min: 0, max: 19 },
      { grade: 'pass', min: 20, max: 49 },
      { grade: 'good', min: 50, max: 79 },
      { grade: 'excellent', min: 80, max: 90 },
    ];
    const ok = await t.anonymous.post(RULE, { indicators: [satisfaction(92)], bands });
    expect(ok.json()).toMatchObject({ total: 10, grade: 'fail' });

    const gap = await t.anonymous.post(RULE, {
      indicators: [],
      bands: bands.map((b, i) => (i === 2 ? { ...b, min: 51 } : b)),
    });
    expect(gap.statusCode).toBe(400);
    expect(gap.json()).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'body.bands.2.min' });
    const overlap = await t.anonymous.post(RULE, {
      indicators: [],
      bands: bands.map((b, i) => (i === 0 ? { ...b, max: 25 } : b)),
    });
    expect(overlap.json()).toMatchObject({ code: 'GRADE_BANDS_OVERLAP', field: 'body.bands.1.min' });
  });

  it('refuses an unknown item or direction by field', async () => {
    const r = await t.anonymous.post(RULE, { indicators: [{ ...satisfaction(1), item: 'nine' }] });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.indicators.0.item' });
  });
});

/** A further evaluation expert (an association's, or one of the given organization) signed in through that membership. */
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
  // 003 §6.9.2 a: a certified 评审员 (the qualification tests are in evaluation-enterprise.test.ts)
  await db
    .insert(evaluatorQualifications)
    .values({
      userId,
      kind: 'auditor',
      certificateNumber: `CCAA-${username}`,
      issuingBody: '中国认证认可协会',
      validUntil: '2030-12-31',
      industries: [],
      recordedBy: userId,
      recordedAt: t.clock.now(),
    })
    .onConflictDoNothing();
  const session = await createSession(db, {
    userId,
    membershipId: m!.id,
    now: t.clock.now(),
    policy: t.ctx.sessionPolicy,
  });
  return { userId, client: makeClient(t.app, session.id, session.csrfToken) };
}

const url = (key: string, tail = '') => `/api/v1/participations/${t.ids.participations[key]}/evaluation${tail}`;
const panelBody = (leaderUserId: string, memberUserIds: string[] = [], extra: Record<string, unknown> = {}) => ({
  leaderUserId,
  memberUserIds,
  documentReview: true,
  onsiteReview: true,
  startsOn: t.calendar.steps.complete_review,
  endsOn: t.calendar.steps.evaluate,
  ...extra,
});

describe('the demo evaluations (003 §6.9)', () => {
  it('e02, e03, e04 carry signed-off C.1 tables from their plans, with grades that follow from them', async () => {
    const bureau = await t.as('xuzhou');
    for (const [key, total] of [
      ['e02', 20],
      ['e03', 10],
      ['e04', 20],
    ] as const) {
      const view = (await bureau.get(url(key))).json();
      expect(view.panel.status).toBe('signed_off');
      expect(view.sheets).toHaveLength(1);
      const sheet = view.sheets[0];
      expect(sheet.rows).toHaveLength(2);
      for (const row of sheet.rows) {
        expect(row.before).not.toBeNull();
        expect(row.after).not.toBeNull();
        expect(row.evidence).not.toBe('');
        expect(row.enteredByName).toBe('评审专家 许志远');
      }
      expect(view.result).toMatchObject({ total, grade: 'pass', raters: 1 });
      const detail = (await bureau.get(`/api/v1/participations/${t.ids.participations[key]}`)).json();
      expect(detail.milestones).toMatchObject({ evaluationScore: total, evaluationGrade: 'pass' });
    }
    // e03 missed its return-rate target, though it improved (§6.9.8 成效)
    const e03 = (await bureau.get(url('e03'))).json().sheets[0];
    expect(e03.rows.map((r: { met: boolean; improved: boolean }) => [r.met, r.improved])).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(e03.effective).toBe(true);
  });
});

describe('panel, scoring, sign-off on e05 (reviewed)', () => {
  it('refuses an assisting expert and a person of the assisting body, naming the rule and the relation', async () => {
    const db = t.ctx.database.db;
    const pid = t.ids.participations.e05!;
    const [assisting] = await db
      .select({ userId: participationExperts.expertUserId, fromOn: participationExperts.fromOn })
      .from(participationExperts)
      .where(eq(participationExperts.participationId, pid));
    // the assisting expert also holds an evaluation-expert membership of the association
    await evaluationExpert('', 'assoc', assisting!.userId);
    const bureau = await t.as('xuzhou');
    const refused = await bureau.post(url('e05', '/panel'), panelBody(t.ids.users.evaluator!, [assisting!.userId]));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'EVALUATOR_IMPARTIALITY_CONFLICT', field: 'memberUserIds' });
    expect(refused.json().message).toContain(assisting!.fromOn);
    const asLeader = await bureau.post(url('e05', '/panel'), panelBody(assisting!.userId));
    expect(asLeader.json()).toMatchObject({ code: 'EVALUATOR_IMPARTIALITY_CONFLICT', field: 'leaderUserId' });
    // the refusal is in the impartiality report
    const findings = await db.select().from(impartialityFindings).where(eq(impartialityFindings.participationId, pid));
    expect(findings.some((f) => f.userId === assisting!.userId && f.kind === 'refused')).toBe(true);

    // a person of the assisting certification body (cb1), though never assigned to e05
    const ofBody = await evaluationExpert('cb1reviewer', 'cb1');
    const body = await bureau.post(url('e05', '/panel'), panelBody(t.ids.users.evaluator!, [ofBody.userId]));
    expect(body.statusCode).toBe(409);
    expect(body.json()).toMatchObject({ code: 'EVALUATOR_OF_ASSISTING_BODY', field: 'memberUserIds' });

    // not an evaluation expert at all
    const notExpert = await bureau.post(url('e05', '/panel'), panelBody(t.ids.users.cbmanager!));
    expect(notExpert.json()).toMatchObject({ code: 'EVALUATOR_NOT_EXPERT', field: 'leaderUserId' });
    // the panel stays as it was formed
    const view = (await bureau.get(url('e05'))).json();
    expect(view.panel.members.map((m: { userId: string }) => m.userId)).toEqual([t.ids.users.evaluator]);
  });

  it('refuses bands with a gap and dates out of order', async () => {
    const bureau = await t.as('xuzhou');
    const gap = await bureau.post(
      url('e05', '/panel'),
      panelBody(t.ids.users.evaluator!, [], {
        bands: [
          { grade: 'fail', min: 0, max: 9 },
          { grade: 'pass', min: 10, max: 29 },
          { grade: 'good', min: 31, max: 59 },
          { grade: 'excellent', min: 60, max: 90 },
        ],
      }),
    );
    expect(gap.json()).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'body.bands.2.min' });
    const order = await bureau.post(
      url('e05', '/panel'),
      panelBody(t.ids.users.evaluator!, [], { startsOn: '2026-10-28', endsOn: '2026-10-27' }),
    );
    expect(order.json()).toMatchObject({ code: 'DATE_ORDER', field: 'endsOn' });
  });

  it('two raters score independently; two indicators score at most 20 however they tick; the leader signs off and it locks; reopening needs a reason', async () => {
    const bureau = await t.as('xuzhou');
    const second = await evaluationExpert('evaluator2', 'assoc');
    const formed = await bureau.post(
      url('e05', '/panel'),
      panelBody(t.ids.users.evaluator!, [second.userId], { aggregation: 'mean' }),
    );
    expect(formed.statusCode, formed.body).toBe(200);
    const leader = await t.as('evaluator');
    const { indicators } = (await leader.get(`/api/v1/participations/${t.ids.participations.e05}/indicators`)).json();
    expect(indicators).toHaveLength(2);
    const beyond = (i: { direction: string; target: number }) =>
      i.direction === 'higher_is_better' ? i.target + 100 : i.target - 100;

    // no evidence, no value
    const bare = await leader.post(url('e05', '/sheet'), {
      values: [{ indicatorKey: indicators[0].key, after: 99, evidence: '' }],
    });
    expect(bare.json()).toMatchObject({ code: 'EVALUATION_EVIDENCE_REQUIRED', field: 'body.values.0.evidence' });
    const unknown = await leader.post(url('e05', '/sheet'), {
      values: [{ indicatorKey: 'nine_items_met', after: 1, evidence: '—' }],
    });
    expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.values.0.indicatorKey' });

    // the leader: everything far beyond target — still 20, the plan has two indicators
    const mine = await leader.post(url('e05', '/sheet'), {
      values: indicators.map((i: { key: string; direction: string; target: number }) => ({
        indicatorKey: i.key,
        after: beyond(i),
        evidence: '查阅检验记录',
      })),
    });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().sheets[0]).toMatchObject({ total: 20, grade: 'pass' });
    expect(mine.json().sheets[0].items.filter((i: { reason: string }) => i.reason === 'no_indicator')).toHaveLength(7);

    // not everyone has scored
    const early = await leader.post(url('e05', '/sign-off'), { version: mine.json().panel.version });
    expect(early.json()).toMatchObject({ code: 'EVALUATION_SHEETS_MISSING' });
    // only the leader signs off
    const theirs = await second.client.post(url('e05', '/sheet'), {
      values: [{ indicatorKey: indicators[0].key, after: beyond(indicators[0]), evidence: '现场观察' }],
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    const view = theirs.json();
    expect(view.sheets.map((s: { total: number }) => s.total).sort()).toEqual([10, 20]);
    expect(view.result).toMatchObject({ total: 15, grade: 'pass', raters: 2 });
    expect(view.differences.filter((d: { differs: boolean }) => d.differs)).toHaveLength(1);
    expect((await second.client.post(url('e05', '/sign-off'), { version: view.panel.version })).json()).toMatchObject({
      code: 'EVALUATION_NOT_LEADER',
    });
    // the bare command is refused: the stage is reached only through the sign-off
    const detail = (await leader.get(`/api/v1/participations/${t.ids.participations.e05}`)).json();
    const bareEvaluate = await leader.post(`/api/v1/participations/${t.ids.participations.e05}/transitions`, {
      command: 'evaluate',
      version: detail.version,
    });
    expect(bareEvaluate.json()).toMatchObject({ code: 'EVALUATION_NOT_SIGNED_OFF' });

    const signed = await leader.post(url('e05', '/sign-off'), { version: view.panel.version });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().panel).toMatchObject({ status: 'signed_off', signedOffByName: '评审专家 许志远' });
    const after = (await leader.get(`/api/v1/participations/${t.ids.participations.e05}`)).json();
    expect(after.stage).toBe('evaluated');
    expect(after.milestones).toMatchObject({ evaluationScore: 15, evaluationGrade: 'pass' });

    // locked: no sheet, no new panel
    const locked = await second.client.post(url('e05', '/sheet'), { values: [] });
    expect(locked.json()).toMatchObject({ code: 'EVALUATION_LOCKED' });
    expect((await bureau.post(url('e05', '/panel'), panelBody(t.ids.users.evaluator!))).statusCode).toBe(409);

    // reopening needs a reason, and is recorded
    const v = signed.json().panel.version;
    const noReason = await leader.post(url('e05', '/reopen'), { version: v, reason: ' ' });
    expect(noReason.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.reason' });
    const reopened = await leader.post(url('e05', '/reopen'), { version: v, reason: '第二位评审员补充现场证据' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().panel).toMatchObject({ status: 'open', reopenReason: '第二位评审员补充现场证据' });
    const trail = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, t.ids.participations.e05!), eq(auditTrail.action, 'evaluation.reopen')));
    expect(trail).toHaveLength(1);
    // the second rater completes the table; the re-sign-off updates the result
    await second.client.post(url('e05', '/sheet'), {
      values: indicators.map((i: { key: string; direction: string; target: number }) => ({
        indicatorKey: i.key,
        after: beyond(i),
        evidence: '现场观察',
      })),
    });
    const again = await leader.post(url('e05', '/sign-off'), { version: reopened.json().panel.version });
    expect(again.statusCode, again.body).toBe(200);
    const final = (await leader.get(`/api/v1/participations/${t.ids.participations.e05}`)).json();
    expect(final.milestones).toMatchObject({ evaluationScore: 20, evaluationGrade: 'pass' });
  });
});
