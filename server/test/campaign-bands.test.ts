/**
 * Grade bands as a campaign setting (seed 003 Table 2 "可视实际情况调整", ADR 0041): a campaign's bands are validated
 * with the field named, new evaluation panels start from them and record them, a later change of the campaign never
 * regrades a signed-off evaluation, and once any evaluation of the campaign is signed off its bands are locked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { campaigns } from '../src/modules/campaigns/campaigns.table.js';
import { plans } from '../src/modules/plans/plans.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import type { GradeBand } from '../../domain/evaluation/annex-c.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

/** 良好 starts at 50: a total of 40 is 合格 here, 良好 under Table 2. */
const goodFrom50: GradeBand[] = [
  { grade: 'fail', min: 0, max: 9 },
  { grade: 'pass', min: 10, max: 49 },
  { grade: 'good', min: 50, max: 69 },
  { grade: 'excellent', min: 70, max: 90 },
];
const TABLE_2 = [
  { grade: 'fail', min: 0, max: 9 },
  { grade: 'pass', min: 10, max: 29 },
  { grade: 'good', min: 30, max: 59 },
  { grade: 'excellent', min: 60, max: 90 },
];
const campaignUrl = (id: string) => `/api/v1/campaigns/${id}`;
const evaluationUrl = (key: string, tail = '') =>
  `/api/v1/participations/${t.ids.participations[key]}/evaluation${tail}`;

describe('a campaign’s grade bands', () => {
  it('create with bad bands is refused naming the field, and nothing is written', async () => {
    const xuzhou = await t.as('xuzhou');
    const before = (await t.ctx.database.db.select({ id: campaigns.id }).from(campaigns)).length;
    const overlap = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市分数段测试行动',
      gradeBands: goodFrom50.map((b, i) => (i === 2 ? { ...b, min: 45 } : b)),
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json()).toMatchObject({ code: 'GRADE_BANDS_OVERLAP', field: 'gradeBands.2.min' });
    expect(overlap.json().message).toContain('评价等级分数段 3 · 起始分');
    const gap = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市分数段测试行动',
      gradeBands: goodFrom50.map((b, i) => (i === 3 ? { ...b, max: 80 } : b)),
    });
    expect(gap.json()).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'gradeBands.3.max' });
    expect((await t.ctx.database.db.select({ id: campaigns.id }).from(campaigns)).length).toBe(before);
  });

  it('create with bands, change them, back to Table 2 with null; each change is in the audit trail', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市分数段测试行动',
      gradeBands: goodFrom50,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const detail = (await xuzhou.get(campaignUrl(id))).json();
    expect(detail).toMatchObject({ gradeBands: goodFrom50, bandsInForce: goodFrom50, bandsLocked: false });

    const bad = await xuzhou.post(campaignUrl(id), {
      version: detail.version,
      gradeBands: goodFrom50.map((b, i) => (i === 1 ? { ...b, min: 12 } : b)),
    });
    expect(bad.json()).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'gradeBands.1.min' });
    expect((await xuzhou.get(campaignUrl(id))).json().version).toBe(detail.version);

    const reset = await xuzhou.post(campaignUrl(id), { version: detail.version, gradeBands: null });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await xuzhou.get(campaignUrl(id))).json()).toMatchObject({ gradeBands: null, bandsInForce: TABLE_2 });
    const trail = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(eq(auditTrail.objectId, id));
    expect(trail.map((r) => r.action)).toEqual(['campaign.create', 'campaign.update']);
  });

  it('ADR 0041: the demo campaign has signed-off evaluations, so its bands are locked', async () => {
    const xuzhou = await t.as('xuzhou');
    const detail = (await xuzhou.get(campaignUrl(t.ids.campaigns.xz))).json();
    expect(detail).toMatchObject({ gradeBands: null, bandsInForce: TABLE_2, bandsLocked: true });
    const locked = await xuzhou.post(campaignUrl(t.ids.campaigns.xz), {
      version: detail.version,
      gradeBands: goodFrom50,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'CAMPAIGN_BANDS_LOCKED', field: 'gradeBands' });
    // nothing half-written: neither the bands nor the name sent with them
    const withName = await xuzhou.post(campaignUrl(t.ids.campaigns.xz), {
      version: detail.version,
      name: '改名不应生效的行动名称',
      gradeBands: goodFrom50,
    });
    expect(withName.json().code).toBe('CAMPAIGN_BANDS_LOCKED');
    const after = (await xuzhou.get(campaignUrl(t.ids.campaigns.xz))).json();
    expect(after).toMatchObject({ name: detail.name, version: detail.version, gradeBands: null });
    // sending the bands in force is no change, and other fields still change
    const same = await xuzhou.post(campaignUrl(t.ids.campaigns.xz), { version: detail.version, gradeBands: null });
    expect(same.statusCode, same.body).toBe(204);
  });
});

describe('panels grade by their campaign’s bands and keep them', () => {
  it('e05’s panel starts from the campaign’s bands; a total of 40 is 合格 when 良好 starts at 50; a later change of the campaign does not regrade it', async () => {
    const db = t.ctx.database.db;
    const pid = t.ids.participations.e05!;
    // fixture: the campaign set its bands before the demo's sign-offs (the route refuses it now, ADR 0041), and
    // e05's accepted plan measures four items, so 40 can occur
    await db.update(campaigns).set({ gradeBands: goodFrom50 }).where(eq(campaigns.id, t.ids.campaigns.xz));
    const [plan] = await db
      .select()
      .from(plans)
      .where(and(eq(plans.participationId, pid), eq(plans.status, 'accepted')));
    const base = plan!.indicators[0]!;
    await db
      .update(plans)
      .set({
        indicators: [
          ...plan!.indicators,
          { ...base, key: 'extra_resources', itemKey: 'resources', name: '检测设备完好率' },
          { ...base, key: 'extra_innovation', itemKey: 'improvement_innovation', name: '合理化建议采纳数' },
        ],
      })
      .where(eq(plans.id, plan!.id));

    const bureau = await t.as('xuzhou');
    // the demo formed e05's panel under Table 2; it keeps those until the bureau forms it again
    const before = (await bureau.get(evaluationUrl('e05'))).json();
    expect(before).toMatchObject({ bandsInForce: TABLE_2, bandsSource: 'panel' });
    const formed = await bureau.post(evaluationUrl('e05', '/panel'), {
      leaderUserId: t.ids.users.evaluator,
      memberUserIds: [],
      documentReview: true,
      onsiteReview: true,
      startsOn: t.calendar.steps.complete_review,
      endsOn: t.calendar.steps.evaluate,
    });
    expect(formed.statusCode, formed.body).toBe(200);
    expect(formed.json().panel.bands).toEqual(goodFrom50);
    expect(formed.json()).toMatchObject({ bandsInForce: goodFrom50, bandsSource: 'panel' });

    const leader = await t.as('evaluator');
    const { indicators } = (await leader.get(`/api/v1/participations/${pid}/indicators`)).json();
    expect(indicators).toHaveLength(4);
    const sheet = await leader.post(evaluationUrl('e05', '/sheet'), {
      values: indicators.map((i: { key: string; direction: string; target: number }) => ({
        indicatorKey: i.key,
        after: i.direction === 'higher_is_better' ? i.target + 1 : i.target - 1,
        evidence: '查阅记录',
      })),
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    expect(sheet.json().sheets[0]).toMatchObject({ total: 40, grade: 'pass' });
    const signed = await leader.post(evaluationUrl('e05', '/sign-off'), { version: sheet.json().panel.version });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().result).toMatchObject({ total: 40, grade: 'pass' });

    // the campaign goes back to Table 2 (where 40 is 良好): the signed-off evaluation keeps its bands and grade
    await db.update(campaigns).set({ gradeBands: null }).where(eq(campaigns.id, t.ids.campaigns.xz));
    const later = (await bureau.get(evaluationUrl('e05'))).json();
    expect(later).toMatchObject({
      bandsInForce: goodFrom50,
      bandsSource: 'panel',
      result: { total: 40, grade: 'pass' },
    });
    const detail = (await bureau.get(`/api/v1/participations/${pid}`)).json();
    expect(detail.milestones).toMatchObject({ evaluationScore: 40, evaluationGrade: 'pass' });
    // and a demo evaluation signed off under Table 2 still shows Table 2
    expect((await bureau.get(evaluationUrl('e02'))).json()).toMatchObject({
      bandsInForce: TABLE_2,
      bandsSource: 'panel',
    });
  });
});
