/**
 * The participation lifecycle through the API: every legal step by the right role lands in the
 * timeline and the trail; illegal ones are refused with a code and leave nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditPlan, completedAudit, heldReview, trainAuditors } from './helpers/audit-and-review.js';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { agreePlan, diagnose } from './helpers/assistance.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function run(client: Client, id: string, command: string, extra: Record<string, unknown> = {}) {
  const detail = (await client.get(`/api/v1/participations/${id}`)).json();
  return client.post(`/api/v1/participations/${id}/transitions`, { command, version: detail.version, ...extra });
}

describe('illegal transitions', () => {
  it('refuses a command the stage does not allow, with a code, and records the refusal', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e01!; // operating
    const response = await run(xuzhou, id, 'screen');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'stage' });
    expect((await xuzhou.get(`/api/v1/participations/${id}`)).json().stage).toBe('operating');
    const denied = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, id), eq(auditTrail.outcome, 'denied')));
    expect(denied.map((d) => d.action)).toContain('participation.screen');
  });

  it('refuses a role the command does not belong to', async () => {
    const contact = await t.as('ent12');
    const response = await run(contact, t.ids.participations.e12!, 'screen');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('TRANSITION_ROLE_FORBIDDEN');
  });

  it('refuses a stale version with 409 so two officers never overwrite each other', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!; // screened
    const response = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'reject',
      version: 1,
      reason: '重复申报',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('VERSION_CONFLICT');
  });

  it('requires a reason to reject', async () => {
    const response = await run(await t.as('xuzhou'), t.ids.participations.e11!, 'reject', { reason: '   ' });
    expect(response.statusCode).toBe(400);
  });
});

describe('the whole path, applied → closed', () => {
  it('walks one enterprise through every stage with the right actors and guards', async () => {
    const id = t.ids.participations.e12!;
    const xuzhou = await t.as('xuzhou');
    expect((await run(xuzhou, id, 'screen')).json().code).toBe('SCREENING_INCOMPLETE');
    const checked = await xuzhou.post(`/api/v1/participations/${id}/screening`, {
      version: 0,
      items: [
        'registered_in_region',
        'licences',
        'not_abnormal_list',
        'not_dishonesty_list',
        'no_major_accident',
        'no_quality_penalty',
        'operating_normally',
        'willing_and_resourced',
      ].map((key) => ({ key, result: 'pass', evidence: '核查通过', source: '国家企业信用信息公示系统' })),
    });
    expect(checked.json().summary.outcome).toBe('eligible');
    expect((await run(xuzhou, id, 'screen')).statusCode).toBe(200);
    expect((await run(xuzhou, id, 'select', { certificationBodyId: t.ids.orgs.cb2 })).json().code).toBe('NOT_FOUND'); // not a body of this campaign
    expect((await run(xuzhou, id, 'select', { certificationBodyId: t.ids.orgs.cb1 })).statusCode).toBe(200);

    const manager = await t.as('cbmanager');
    const full = await run(manager, id, 'assign', { expertUserIds: [t.ids.users.expert] }); // 王建国 already assists two
    expect(full.json()).toMatchObject({ code: 'EXPERT_CAPACITY_EXCEEDED' });
    const stranger = await run(manager, id, 'assign', { expertUserIds: [t.ids.users.tjexpert] });
    expect(stranger.json()).toMatchObject({ code: 'EXPERT_NOT_IN_BODY' });
    const experts = (await manager.get(`/api/v1/participations/${id}/assignable-experts`)).json().items;
    expect(experts.find((e: { userId: string }) => e.userId === t.ids.users.expert).load).toBe(2);
    // e12 is category 16, outside 郑丽's specialties (17, 01, 18): a hard rule, given way to only with a reason
    const mismatch = await run(manager, id, 'assign', { expertUserIds: [t.ids.users.expert2] });
    expect(mismatch.json()).toMatchObject({ code: 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED', field: 'reason' });
    expect(
      (
        await run(manager, id, 'assign', {
          expertUserIds: [t.ids.users.expert2],
          reason: '建材类专家均已满额，由其临时帮扶',
        })
      ).statusCode,
    ).toBe(200);

    // "diagnosed" and "plan agreed" need the confirmed report and the accepted plan behind them
    const contact = await t.as('ent12');
    expect((await run(contact, id, 'confirm_diagnosis')).json().code).toBe('DIAGNOSIS_NOT_CONFIRMED');
    await diagnose(t, id, 'expert2', 'ent12');
    expect((await contact.get(`/api/v1/participations/${id}`)).json().stage).toBe('diagnosed');
    expect((await run(contact, id, 'agree_plan')).json().code).toBe('PLAN_NOT_ACCEPTED');
    await agreePlan(t, id, 'expert2', 'ent12');
    expect((await contact.get(`/api/v1/participations/${id}`)).json().stage).toBe('plan_agreed');

    const expert = await t.as('expert2');
    expect((await run(expert, id, 'start_implementation')).statusCode).toBe(200);
    // 000 §二(4): operation starts through its record, never by the bare command
    expect((await run(expert, id, 'start_operation', { operationStartedOn: '2026-11-23' })).json()).toMatchObject({
      code: 'OPERATION_START_RECORD_REQUIRED',
      field: 'command',
    });
    const team = await expert.post(`/api/v1/participations/${id}/implementation/team`, {
      leader: { name: '张三', isTopManager: true },
      members: [{ name: '李四', role: '副组长' }],
    });
    expect(team.statusCode, team.body).toBe(200);
    const startOn = async (operationStartedOn: string) =>
      expert.post(`/api/v1/participations/${id}/implementation/operation-start`, {
        operationStartedOn,
        version: (await expert.get(`/api/v1/participations/${id}`)).json().version,
      });
    expect((await startOn('2026-11-24')).json()).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'operationStartedOn' });
    expect((await startOn('2026-11-23')).statusCode).toBe(200);

    // seed 000 §二(4)–(5): at least three months of operation before the internal audit; "reviewed" only through
    // the recorded audit and review, never by the bare command
    await trainAuditors(t, id, '2026-11-23');
    t.clock.set('2027-02-25T02:00:00Z');
    const later = await t.as('expert2');
    expect(
      (
        await run(later, id, 'complete_review', { internalAuditOn: '2027-02-23', managementReviewOn: '2027-02-25' })
      ).json().code,
    ).toBe('REVIEW_RECORD_REQUIRED');
    const early = await later.post(`/api/v1/participations/${id}/internal-audit`, {
      plan: auditPlan('2027-02-22'),
      checklist: [],
    });
    expect(early.json()).toMatchObject({ code: 'OPERATION_PERIOD_TOO_SHORT', field: 'startsOn' });
    expect(early.json().message).toContain('2027-02-23');
    await completedAudit(later, id, '2027-02-23');
    const held = await later.post(`/api/v1/participations/${id}/management-review`, {
      review: heldReview('2027-02-25'),
      version: (await later.get(`/api/v1/participations/${id}`)).json().version,
    });
    expect(held.statusCode, held.body).toBe(204);
    expect((await later.get(`/api/v1/participations/${id}`)).json()).toMatchObject({
      stage: 'reviewed',
      milestones: { internalAuditOn: '2027-02-23', managementReviewOn: '2027-02-25' },
    });

    const evaluator = await t.as('evaluator');
    expect((await evaluator.get(`/api/v1/participations/${id}`)).statusCode).toBe(404); // not appointed yet
    // 003 §6.9: the stage 已评价 comes only from the panel's signed-off C.1 evaluation
    const panel = await (await t.as('xuzhou')).post(`/api/v1/participations/${id}/evaluation/panel`, {
      leaderUserId: t.ids.users.evaluator,
      memberUserIds: [],
      documentReview: true,
      onsiteReview: true,
      startsOn: '2027-02-25',
      endsOn: '2027-02-26',
    });
    expect(panel.statusCode, panel.body).toBe(200);
    const bare = await run(evaluator, id, 'evaluate');
    expect(bare.json()).toMatchObject({ code: 'EVALUATION_NOT_SIGNED_OFF', field: 'evaluation' });
    const { indicators } = (await evaluator.get(`/api/v1/participations/${id}/indicators`)).json();
    const sheet = await evaluator.post(`/api/v1/participations/${id}/evaluation/sheet`, {
      values: indicators.map((i: { key: string; target: number }) => ({
        indicatorKey: i.key,
        after: i.target,
        evidence: '查阅记录',
      })),
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    const signed = await evaluator.post(`/api/v1/participations/${id}/evaluation/sign-off`, {
      version: sheet.json().panel.version,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const evaluated = await evaluator.get(`/api/v1/participations/${id}`);
    expect(evaluated.json().stage).toBe('evaluated');
    expect(evaluated.json().milestones).toMatchObject({ evaluationScore: 20, evaluationGrade: 'pass' });

    const manager2 = await t.as('cbmanager');
    const conflict = await run(manager2, id, 'certify', {
      certificateNumber: '02627Q0001R0S',
      auditorUserIds: [t.ids.users.expert2],
    });
    expect(conflict.json()).toMatchObject({ code: 'IMPARTIALITY_CONFLICT', field: 'auditorUserIds' });
    expect(
      (
        await run(manager2, id, 'certify', {
          certificateNumber: '02627Q0001R0S',
          auditorUserIds: [t.ids.users.cbadmin],
          decisionMakerUserIds: [t.ids.users.cbmanager],
        })
      ).statusCode,
    ).toBe(200);

    const closed = await run(await t.as('xuzhou'), id, 'close', { reason: '年度总结' });
    expect(closed.statusCode).toBe(200);
    const detail = closed.json();
    expect(detail.stage).toBe('closed');
    expect(detail.timeline.map((e: { status: string }) => e.status)).toEqual(Array(11).fill('done').concat('current'));
    expect(detail.events.map((e: { command: string }) => e.command)).toEqual([
      'apply',
      'screen',
      'select',
      'assign',
      'confirm_diagnosis',
      'agree_plan',
      'start_implementation',
      'start_operation',
      'complete_review',
      'evaluate',
      'certify',
      'close',
    ]);
    expect(detail.availableCommands).toEqual([]);

    const trail = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, id), eq(auditTrail.outcome, 'success')))
      .orderBy(asc(auditTrail.seq));
    expect(trail.map((r) => r.action).filter((a) => a.startsWith('participation.'))).toEqual(
      detail.events.map((e: { command: string }) => `participation.${e.command}`),
    );
  });

  it('shows certification as skipped when an evaluated enterprise closes without it', async () => {
    const detail = (await run(await t.as('xuzhou'), t.ids.participations.e03!, 'close')).json();
    expect(detail.timeline.find((e: { stage: string }) => e.stage === 'certified').status).toBe('skipped');
  });

  it('lets the enterprise withdraw with a reason and shows it at the end of the timeline', async () => {
    const detail = (
      await run(await t.as('ent10'), t.ids.participations.e10!, 'withdraw', { reason: '企业搬迁' })
    ).json();
    expect(detail.stage).toBe('withdrawn');
    expect(detail.timeline.at(-1)).toMatchObject({ stage: 'withdrawn', status: 'current', reason: '企业搬迁' });
  });
});
