/**
 * Shared set-up of the tests that need a completed internal audit or a held management review (000 §二(4)–(5)):
 * the internal-auditor training as a fixture row, the audit and the review through their own APIs.
 */
import { expect } from 'vitest';
import { REVIEW_INPUTS } from '../../../domain/management-review/management-review.js';
import { trainingAttendance, trainingSessions } from '../../src/modules/training/training.table.js';
import type { Client, TestApp } from './test-app.js';

export const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** 002 step 4: 王芳 and 李强 trained as internal auditors of the participation on `on`. */
export async function trainAuditors(t: TestApp, participationId: string, on: string) {
  const [session] = await t.ctx.database.db
    .insert(trainingSessions)
    .values({
      campaignId: t.ids.campaigns.xz,
      kind: 'internal_auditor',
      delivery: 'offline',
      title: '内审员培训',
      organizerOrganizationId: t.ids.orgs.cb1!,
      organizerUserId: t.ids.users.cbmanager!,
      heldOn: on,
      endsOn: on,
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
      participationId,
      personName,
      source: 'manual',
      recordedBy: t.ids.users.cbmanager!,
    });
}

/** An audit plan starting on `startsOn` with the two trained auditors, neither on their own department. */
export const auditPlan = (startsOn: string) => ({
  objectives: '验证体系运行',
  scope: '全部部门',
  criteria: ['GB/T 19001-2016'],
  startsOn,
  endsOn: plusDays(startsOn, 1),
  team: [
    { name: '王芳', department: '质量部', leader: true },
    { name: '李强', department: '生产部', leader: false },
  ],
  schedule: [{ department: '生产部', clauses: ['8.7'], auditorName: '王芳', on: startsOn }],
});

/** Plans, and completes, the internal audit of the participation starting on `startsOn` through its API. */
export async function completedAudit(client: Client, id: string, startsOn: string) {
  const base = `/api/v1/participations/${id}/internal-audit`;
  const saved = await client.post(base, {
    plan: auditPlan(startsOn),
    checklist: [
      { clause: '8.7', department: '生产部', content: '不合格品控制', evidence: '记录', result: 'conforming' },
    ],
  });
  expect(saved.statusCode).toBe(200);
  const overview = (await client.get(base)).json();
  const completed = await client.post(`${base}/complete`, {
    summary: '体系运行有效',
    conclusion: '符合',
    painPoints: overview.painPoints.map((p: { ref: string }) => ({ ref: p.ref, response: '已解决' })),
    version: overview.audit.version,
  });
  expect(completed.statusCode).toBe(204);
}

/** A review record held on `heldOn` (every 9.3.2 input, one output). */
export const heldReview = (heldOn: string, over: Record<string, unknown> = {}) => ({
  heldOn,
  chairName: '刘总',
  chairIsTopManager: true,
  attendees: ['王芳', '李强'],
  inputs: Object.fromEntries(REVIEW_INPUTS.map((k) => [k, '已评审，见附件'])),
  outputs: [{ kind: 'improvement', text: '完善出厂检验规程', owner: '王芳', dueOn: plusDays(heldOn, 30) }],
  conclusion: '质量管理体系适宜、充分、有效',
  ...over,
});
