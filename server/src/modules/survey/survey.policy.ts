/**
 * Who may record a participation's survey (and, through the same side, draft its plan): the side the actor takes
 * by domain/plans planActorOf; an expert takes the assistance side only while assigned (ADR 0018).
 */
import { planActorOf, sideNeedsAssignment } from '../../../../domain/plans/plan.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { findParticipation, participationExpertsOf } from '../participations/participations.repository.js';

/**
 * The participation if the actor sees it (participationScope, else NOT_FOUND), and the side they take on its
 * survey and plan.
 */
export async function assistanceAccess(
  executor: Executor,
  actor: Actor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findParticipation(executor, actor, participationId, options);
  assertFound(row, 'participation');
  const assistsNow =
    sideNeedsAssignment(actor.role) &&
    (await participationExpertsOf(executor, participationId)).some((e) => e.userId === actor.userId && e.toOn === null);
  const side = planActorOf(actor.role, assistsNow);
  return { row, side, assists: side === 'assistance' };
}

/** 003 §6.5: the assistance side records the survey while the participation is assigned (later it is locked). */
export function mayRecordSurvey(stage: string, assists: boolean): boolean {
  return assists && stage === 'assigned';
}

export function assertMayRecordSurvey(stage: string, assists: boolean): void {
  if (!assists) throw new AppError('FORBIDDEN');
  if (stage !== 'assigned') throw new AppError('SURVEY_LOCKED', { detail: stage });
}
