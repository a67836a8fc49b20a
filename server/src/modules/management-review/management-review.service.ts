/**
 * 管理评审 (000 §二(4)–(5); 003 §6.8): recording the review held runs complete_review in the same transaction — the
 * one way to "reviewed" besides the certified enterprise's verification —; its outputs become improvement actions
 * followed to their effectiveness check (003 §6.8.2). Every write is in the audit trail.
 */
import type {
  ImprovementUpdate,
  ManagementReviewOverview,
  RecordReviewRequest,
  VerifyCertifiedRequest,
} from '../../../../contracts/management-review.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import {
  improvementProblem,
  improvementState,
  reviewProblems,
  verificationProblems,
  type ReviewOutput,
  type ReviewProblem,
} from '../../../../domain/management-review/management-review.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { auditResultsOf } from '../internal-audit/internal-audit.service.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { acceptedIndicators } from '../plans/plans.service.js';
import { displayNames } from '../diagnosis/diagnosis.repository.js';
import { assistanceAccess } from '../survey/survey.service.js';
import {
  actionForUpdate,
  actionsOf,
  insertActions,
  insertReview,
  insertVerification,
  reviewOf,
  trainingPersonTimes,
  updateAction,
  verificationOf,
} from './management-review.repository.js';

function refuse(problems: ReadonlyArray<ReviewProblem | null>): void {
  const first = problems.find((p) => p !== null);
  if (first) throw new AppError(first.code, { field: first.field, detail: first.detail });
}

/** 000 §二(5): the enterprise declared itself certified when it applied (003 §6.2.2). */
function declaredCertified(application: Record<string, unknown>): boolean {
  return application.certificationStatus === 'certified';
}

async function record(tx: Executor, now: Date, actor: Actor, action: AuditAction, id: string, after: unknown) {
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action,
    objectType: 'participation',
    objectId: id,
    outcome: 'success',
    after,
  });
}

export async function getManagementReview(
  executor: Executor,
  actor: Actor,
  participationId: string,
  now: Date,
): Promise<ManagementReviewOverview> {
  const { row, side } = await assistanceAccess(executor, actor, participationId);
  const today = chinaDate(now);
  const [audit, personTimes, indicators, review, verification, actions] = await Promise.all([
    auditResultsOf(executor, participationId, today),
    trainingPersonTimes(executor, participationId),
    acceptedIndicators(executor, actor, participationId),
    reviewOf(executor, participationId),
    verificationOf(executor, participationId),
    actionsOf(executor, participationId),
  ]);
  const names = verification ? await displayNames(executor, [verification.checkedBy]) : new Map<string, string>();
  const operating = row.p.stage === 'operating';
  return {
    stage: row.p.stage,
    mayRecord: operating && side !== null && !review,
    mayVerify: operating && side === 'assistance' && declaredCertified(row.p.application) && !verification,
    certifiedEnterprise: declaredCertified(row.p.application),
    operationStartedOn: row.p.operationStartedOn,
    prefill: {
      audit: audit
        ? {
            status: audit.status,
            startsOn: audit.startsOn,
            endsOn: audit.endsOn,
            findings: audit.findings,
            openNonconformities: audit.openNonconformities,
            closedNonconformities: audit.closedNonconformities,
          }
        : null,
      trainingPersonTimes: personTimes,
      indicators: indicators.indicators.map((i) => ({
        name: i.name,
        baseline: i.baseline === null ? '—' : `${i.baseline}${i.unit}`,
        target: `${i.target}${i.unit}`,
      })),
    },
    review: review ? { id: review.id, record: review.record, recordedAt: review.createdAt.toISOString() } : null,
    verification: verification
      ? {
          auditOn: verification.auditOn,
          reviewOn: verification.reviewOn,
          evidenceFileIds: verification.evidenceFileIds,
          note: verification.note,
          checkedByName: names.get(verification.checkedBy) ?? '',
        }
      : null,
    actions: actions.map((a) => {
      const state = improvementState({
        doneOn: a.doneOn,
        effectiveness:
          a.effective === null
            ? null
            : { effective: a.effective, checkedOn: a.checkedOn!, checkedBy: a.checkedBy ?? '' },
      });
      return {
        id: a.id,
        kind: a.kind as ReviewOutput,
        text: a.text,
        owner: a.owner,
        raisedOn: a.raisedOn,
        dueOn: a.dueOn,
        doneOn: a.doneOn,
        doneNote: a.doneNote,
        effective: a.effective,
        checkedOn: a.checkedOn,
        checkedBy: a.checkedBy,
        state,
        overdue: state !== 'effective' && a.dueOn < today,
        version: a.version,
      };
    }),
    participationVersion: row.p.version,
  };
}

/** Records the review held and, in the same transaction, moves the participation to "reviewed" (complete_review). */
export async function recordReview(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: RecordReviewRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  await ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    if (side === null) throw new AppError('FORBIDDEN');
    if (row.p.stage !== 'operating') throw new AppError('REVIEW_STAGE_LOCKED', { detail: row.p.stage });
    if (row.p.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const audit = await auditResultsOf(tx, participationId, today);
    refuse(
      reviewProblems(input.review, {
        operationStartedOn: row.p.operationStartedOn,
        audit: audit ? { completed: audit.status === 'completed', endsOn: audit.endsOn } : null,
        today,
      }),
    );
    const reviewId = await insertReview(tx, {
      participationId,
      heldOn: input.review.heldOn,
      record: input.review,
      recordedBy: actor.userId,
      createdAt: now,
    });
    await insertActions(
      tx,
      input.review.outputs.map((o) => ({
        participationId,
        reviewId,
        kind: o.kind,
        text: o.text,
        owner: o.owner,
        raisedOn: input.review.heldOn,
        dueOn: o.dueOn,
        updatedAt: now,
      })),
    );
    await record(tx, now, actor, 'management_review.record', participationId, input.review);
    // 000 §二(4)–(5): the guard reads the records just written
    await transitionInTransaction(
      tx,
      actor,
      participationId,
      { command: 'complete_review', version: input.version },
      now,
    );
  });
}

/** 000 §二(5): the assistance side verifies a certified enterprise's own audit and review of this year. */
export async function verifyCertified(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: VerifyCertifiedRequest,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    if (side !== 'assistance') throw new AppError('FORBIDDEN');
    if (row.p.stage !== 'operating') throw new AppError('REVIEW_STAGE_LOCKED', { detail: row.p.stage });
    if (row.p.version !== input.version) throw new AppError('VERSION_CONFLICT');
    refuse(
      verificationProblems(input, {
        certified: declaredCertified(row.p.application),
        campaignYear: row.campaignYear,
        today: chinaDate(now),
      }),
    );
    await insertVerification(tx, {
      participationId,
      auditOn: input.auditOn,
      reviewOn: input.reviewOn,
      evidenceFileIds: input.evidenceFileIds,
      note: input.note,
      checkedBy: actor.userId,
      createdAt: now,
    });
    await record(tx, now, actor, 'management_review.verify_certified', participationId, input);
    await transitionInTransaction(
      tx,
      actor,
      participationId,
      { command: 'complete_review', version: input.version },
      now,
    );
  });
}

/** 003 §6.8.2: an improvement action done, or checked for effectiveness. */
export async function updateImprovementAction(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  actionId: string,
  input: ImprovementUpdate,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const { side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    const action = await actionForUpdate(tx, participationId, actionId);
    assertFound(action, 'actionId');
    if (side === null) throw new AppError('FORBIDDEN');
    if (action.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const current = {
      raisedOn: action.raisedOn,
      doneOn: action.doneOn,
      effectiveness:
        action.effective === null ? null : { effective: action.effective, checkedOn: action.checkedOn!, checkedBy: '' },
    };
    refuse([improvementProblem(current, { doneOn: input.doneOn, check: input.check }, chinaDate(now))]);
    await updateAction(tx, action.id, {
      ...(input.doneOn ? { doneOn: input.doneOn, doneNote: input.doneNote ?? null } : {}),
      ...(input.check
        ? { effective: input.check.effective, checkedOn: input.check.checkedOn, checkedBy: input.check.checkedBy }
        : {}),
      updatedAt: now,
    });
    await record(tx, now, actor, 'management_review.improvement', participationId, { actionId, ...input });
  });
}

/** The review for its Word document, as the caller may read it. */
export async function reviewForDocument(executor: Executor, actor: Actor, participationId: string, now: Date) {
  const overview = await getManagementReview(executor, actor, participationId, now);
  assertFound(overview.review, 'managementReview');
  const { row } = await assistanceAccess(executor, actor, participationId);
  return {
    overview,
    review: overview.review,
    meta: { enterpriseName: row.enterpriseName, campaignName: row.campaignName },
  };
}
