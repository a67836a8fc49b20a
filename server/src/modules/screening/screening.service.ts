/**
 * Recording the eligibility screening (003 §6.2.3; ADR 0009). Each item keeps who verified it, when,
 * where (the credit lists have no public API, so the check is a recorded verification) and the
 * evidence. Items the platform answers itself (size, revenue rule) cannot be overwritten.
 */
import type {
  CorrectFiguresRequest,
  RecordScreeningRequest,
  ScreeningView,
  WaitlistRequest,
} from '../../../../contracts/screening.js';
import type { Executor } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/http/context.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { recordScreeningFields } from '../participations/participations.service.js';
import { automaticItemsFor, loadScreening, saveScreeningRow, selectScreeningRow } from './screening.repository.js';
import { assertMayWaitlist, assertScreeningOpen, assertVersion } from './screening.policy.js';
import { screeningAnswerProblem, type ScreeningItemKey } from '../../../../domain/intake/screening.js';
import {
  correctFigures,
  figureCorrectionProblems,
  figuresOf,
  type FigureCorrection,
} from '../../../../domain/intake/figure-correction.js';
import { notify } from '../notifications/notify.js';

export async function getScreening(ctx: AppContext, actor: Actor, participationId: string): Promise<ScreeningView> {
  const row = await findParticipation(ctx.database.db, actor, participationId);
  assertFound(row, 'participation');
  const figures = figuresOf(row.p.application);
  const corrections = Array.isArray(row.p.application.figureCorrections)
    ? (row.p.application.figureCorrections as FigureCorrection[])
    : [];
  return {
    ...(await loadScreening(ctx.database.db, row.p)),
    waitlisted: row.p.waitlisted,
    figures: { ...figures, sizeClass: row.p.sizeClass, participationVersion: row.p.version, corrections },
  };
}

/**
 * The bureau corrects the application's size figures while screening is open: with a reason, the
 * old and new values kept on the application and in the trail, the size class derived again
 * (ADR 0009, ADR 0025).
 */
export async function correctApplicationFigures(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: CorrectFiguresRequest,
): Promise<ScreeningView> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await lockWhileScreeningOpen(tx, actor, participationId);
    assertVersion(row.p.version, input.version);
    const { version: _v, reason, ...change } = input;
    const [problem] = figureCorrectionProblems(figuresOf(row.p.application), change, reason);
    if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
    const corrected = correctFigures(row.p.application, change, {
      at: now.toISOString(),
      by: actor.displayName,
      reason,
    });
    await recordScreeningFields(tx, participationId, {
      application: corrected.application,
      sizeClass: corrected.sizeClass,
      version: row.p.version + 1,
      updatedAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'participation.correct_figures',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: { ...corrected.correction.before, sizeClass: row.p.sizeClass },
      after: { ...corrected.correction.after, sizeClass: corrected.sizeClass },
      detail: {
        reason: corrected.correction.reason,
        before: corrected.correction.before,
        after: corrected.correction.after,
        sizeClass: { before: row.p.sizeClass, after: corrected.sizeClass },
      },
    });
  });
  return getScreening(ctx, actor, participationId);
}

export async function recordScreening(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: RecordScreeningRequest,
): Promise<ScreeningView> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await lockWhileScreeningOpen(tx, actor, participationId);
    const existing = await selectScreeningRow(tx, participationId);
    assertVersion(existing?.version ?? 0, input.version);
    const previous = new Map(
      ((existing?.items ?? []) as Array<Record<string, unknown>>).map((i) => [i.key as string, i]),
    );
    const { automatic } = await automaticItemsFor(tx, row.p);
    for (const item of input.items) {
      // a result the rule settled stands; one it left open the officer answers with evidence (ADR 0025)
      const problem = screeningAnswerProblem({ ...item, key: item.key as ScreeningItemKey }, automatic);
      if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
      const before = previous.get(item.key);
      const changed =
        !before || before.result !== item.result || before.evidence !== item.evidence || before.source !== item.source;
      previous.set(
        item.key,
        changed ? { ...item, verifiedBy: actor.displayName, verifiedAt: now.toISOString() } : before,
      );
    }
    const items = [...previous.values()];
    const values = {
      items,
      summary: input.note ?? existing?.summary ?? null,
      updatedBy: actor.userId,
      updatedAt: now,
      version: (existing?.version ?? 0) + 1,
    };
    await saveScreeningRow(tx, participationId, Boolean(existing), values);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'screening.record',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: existing?.items ?? null,
      after: items,
    });
  });
  return getScreening(ctx, actor, participationId);
}

/** 候补: a screened enterprise kept on the waiting list for a place that frees up. */
export async function setWaitlisted(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: WaitlistRequest,
): Promise<ScreeningView> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    assertMayWaitlist(row.p.stage);
    assertVersion(row.p.version, input.version);
    await recordScreeningFields(tx, participationId, {
      waitlisted: input.waitlisted,
      version: row.p.version + 1,
      updatedAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: input.waitlisted ? 'participation.waitlist' : 'participation.unwaitlist',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
    });
    if (input.waitlisted) {
      await notify(tx, {
        organizationId: row.p.enterpriseId,
        kind: 'participation.waitlist',
        campaignId: row.p.campaignId,
        participationId,
        params: {},
      });
    }
  });
  return getScreening(ctx, actor, participationId);
}

/** The participation, locked for this transaction, while its screening is still open (003 §6.2.3). */
async function lockWhileScreeningOpen(tx: Executor, actor: Actor, participationId: string) {
  const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
  assertFound(row, 'participation');
  assertScreeningOpen(row.p.stage);
  return row;
}
