/**
 * The management review through the API (000 §二(4)–(5); 003 §6.8): "reviewed" is reached only through the records —
 * the bare complete_review is refused, the review needs the completed internal audit and three months of operation,
 * and recording it moves the stage —, the improvement actions are checked for effectiveness, a certified enterprise
 * has this year's audit and review verified instead; scope and the Word report. The demo's e01 is operating; the
 * internal-auditor training is a fixture row, the audit is made through its own API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { operationCompleteOn } from '../../domain/lifecycle/operation-period.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { canRender, renderDocx } from './helpers/render-docx.js';
import { completedAudit, heldReview, plusDays, trainAuditors } from './helpers/audit-and-review.js';

const review = heldReview;

describe('the management review and the reviewed stage', () => {
  let t: TestApp;
  let e01: string;
  let expert: Client;
  let contact: Client;
  let earliest: string;
  let personTimesBefore: number;
  const url = (path = '') => `/api/v1/participations/${e01}/management-review${path}`;
  const version = async () => (await expert.get(`/api/v1/participations/${e01}`)).json().version as number;

  beforeAll(async () => {
    t = await buildTestApp();
    e01 = t.ids.participations.e01!;
    expert = await t.as('expert');
    contact = await t.as('enterprise');
    const before = (await expert.get(url())).json();
    const startedOn = before.operationStartedOn as string;
    personTimesBefore = before.prefill.trainingPersonTimes;
    earliest = operationCompleteOn(startedOn);
    await trainAuditors(t, e01, startedOn);
    t.clock.set(new Date(`${plusDays(earliest, 10)}T02:00:00Z`));
  }, 120_000);
  afterAll(async () => t?.close());

  it('refuses the bare complete_review command: only the records reach "reviewed"', async () => {
    const bare = await expert.post(`/api/v1/participations/${e01}/transitions`, {
      command: 'complete_review',
      version: await version(),
      internalAuditOn: earliest,
      managementReviewOn: earliest,
    });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().code).toBe('REVIEW_RECORD_REQUIRED');
  });

  it('refuses a review before the internal audit is completed', async () => {
    const early = await contact.post(url(), { review: review(plusDays(earliest, 3)), version: await version() });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'REVIEW_AUDIT_NOT_COMPLETED', field: 'heldOn' });
  });

  it('after the audit, records the review, which moves the stage to reviewed with the records’ dates', async () => {
    await completedAudit(contact, e01, earliest);
    const overview = (await contact.get(url())).json();
    expect(overview.prefill.audit).toMatchObject({ status: 'completed', startsOn: earliest, closedNonconformities: 0 });
    // the fixture's two auditors count beside the demo's trainings
    expect(overview.prefill.trainingPersonTimes).toBe(personTimesBefore + 2);
    // before the audit ended
    const before = await contact.post(url(), { review: review(earliest), version: await version() });
    expect(before.json()).toMatchObject({ code: 'DATE_ORDER', field: 'heldOn' });
    const notTop = await contact.post(url(), {
      review: review(plusDays(earliest, 3), { chairIsTopManager: false }),
      version: await version(),
    });
    expect(notTop.json().code).toBe('REVIEW_CHAIR_NOT_TOP_MANAGEMENT');
    const held = await contact.post(url(), { review: review(plusDays(earliest, 3)), version: await version() });
    expect(held.statusCode).toBe(204);
    const detail = (await expert.get(`/api/v1/participations/${e01}`)).json();
    expect(detail.stage).toBe('reviewed');
    expect(detail.milestones).toMatchObject({
      internalAuditOn: earliest,
      managementReviewOn: plusDays(earliest, 3),
    });
    // the 一企一档 timeline holds the review on its day, and the audit completed
    const kinds = (detail.records as Array<{ kind: string; on: string }>).map((r) => `${r.kind} ${r.on}`);
    expect(kinds).toContain(`management_review_held ${plusDays(earliest, 3)}`);
    expect(kinds.some((k) => k.startsWith('internal_audit_completed '))).toBe(true);
  });

  it('follows the review’s improvement actions to their effectiveness check', async () => {
    const [action] = (await expert.get(url())).json().actions;
    expect(action).toMatchObject({ kind: 'improvement', state: 'open', owner: '王芳' });
    const actionUrl = `/api/v1/participations/${e01}/improvement-actions/${action.id}`;
    const early = await expert.post(actionUrl, {
      check: { effective: true, checkedOn: plusDays(earliest, 5), checkedBy: '王芳' },
      version: action.version,
    });
    expect(early.json().code).toBe('IMPROVEMENT_NOT_DONE');
    expect(
      (await contact.post(actionUrl, { doneOn: plusDays(earliest, 5), doneNote: '已修订', version: action.version }))
        .statusCode,
    ).toBe(204);
    const checkedEarly = await expert.post(actionUrl, {
      check: { effective: true, checkedOn: plusDays(earliest, 4), checkedBy: '王芳' },
      version: action.version + 1,
    });
    expect(checkedEarly.json()).toMatchObject({ code: 'DATE_ORDER', field: 'checkedOn' });
    expect(
      (
        await expert.post(actionUrl, {
          check: { effective: true, checkedOn: plusDays(earliest, 6), checkedBy: '王芳' },
          version: action.version + 1,
        })
      ).statusCode,
    ).toBe(204);
    expect((await expert.get(url())).json().actions[0].state).toBe('effective');
  });

  it('is read by the region bureau, written by neither it nor strangers', async () => {
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.get(url())).statusCode).toBe(200);
    expect((await xuzhou.post(url(), { review: review(earliest), version: 1 })).statusCode).toBe(403);
    expect((await (await t.as('tianjin')).get(url())).statusCode).toBe(404);
    expect((await (await t.as('ent02')).get(url())).statusCode).toBe(404);
  });

  it.runIf(canRender())(
    'gives the review report as a Word document, rendered to PNG',
    async () => {
      const response = await expert.get(url('/report.docx'));
      expect(response.statusCode).toBe(200);
      const { text, png } = renderDocx(response.rawPayload, 'management-review-report');
      expect(text).toContain('管理评审报告');
      expect(fs.statSync(png).size).toBeGreaterThan(5_000);
    },
    180_000,
  );
});

describe('the certified-enterprise path (000 §二(5))', () => {
  let t: TestApp;
  let e01: string;
  let expert: Client;
  beforeAll(async () => {
    t = await buildTestApp();
    e01 = t.ids.participations.e01!;
    expert = await t.as('expert');
  }, 120_000);
  afterAll(async () => t?.close());
  const url = `/api/v1/participations/${'ID'}/management-review/verification`;
  const body = async (over: Record<string, unknown> = {}) => {
    const detail = (await expert.get(`/api/v1/participations/${e01}`)).json();
    const year = t.calendar.steps.start_operation!.slice(0, 4);
    return {
      auditOn: `${year}-01-10`,
      reviewOn: `${year}-01-20`,
      evidenceFileIds: ['00000000-0000-4000-8000-000000000001'],
      note: '查阅了本年度内审报告与管理评审报告',
      version: detail.version,
      ...over,
    };
  };

  it('is refused for an enterprise that did not declare itself certified', async () => {
    const refused = await expert.post(url.replace('ID', e01), await body());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('REVIEW_NOT_CERTIFIED_ENTERPRISE');
  });

  it("verifies a certified enterprise's own audit and review of this year, and reaches reviewed", async () => {
    await t.ctx.database.db
      .update(participations)
      .set({ application: sql`${participations.application} || '{"certificationStatus":"certified"}'::jsonb` })
      .where(eq(participations.id, e01));
    const noEvidence = await expert.post(url.replace('ID', e01), await body({ evidenceFileIds: [] }));
    expect(noEvidence.json()).toMatchObject({ code: 'REVIEW_EVIDENCE_REQUIRED', field: 'evidenceFileIds' });
    // the enterprise cannot verify itself: the check is the expert's
    const contact = await t.as('enterprise');
    expect((await contact.post(url.replace('ID', e01), await body())).statusCode).toBe(403);
    expect((await expert.post(url.replace('ID', e01), await body())).statusCode).toBe(204);
    const detail = (await expert.get(`/api/v1/participations/${e01}`)).json();
    expect(detail.stage).toBe('reviewed');
    expect(detail.records.map((r: { kind: string }) => r.kind)).toContain('review_verified');
    const overview = (await expert.get(`/api/v1/participations/${e01}/management-review`)).json();
    expect(overview.verification).toMatchObject({ note: '查阅了本年度内审报告与管理评审报告' });
  });
});
