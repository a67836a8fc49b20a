/**
 * Who may do what to a plan, from domain/plans: the side an actor takes (planActorOf, asked through the survey's
 * assistanceAccess), the side each action belongs to, and the stages in which a plan is drafted or amended.
 */
import {
  PLAN_EDITABLE_STATUSES,
  planActionSide,
  type PlanAction,
  type PlanActor,
  type PlanStatus,
} from '../../../../domain/plans/plan.js';
import { AppError } from '../../platform/http/app-error.js';

/** Stages in which a plan may be drafted or amended: after the diagnosis, before the review. */
const PLANNING_STAGES: ReadonlySet<string> = new Set(['diagnosed', 'plan_agreed', 'implementing', 'operating']);

export function inPlanningStage(stage: string): boolean {
  return PLANNING_STAGES.has(stage);
}

/** The draft is editable by the assistance side in a planning stage while the latest version is a draft. */
export function mayEditPlan(side: PlanActor | null, stage: string, latest: PlanStatus | undefined): boolean {
  return (
    side === 'assistance' && inPlanningStage(stage) && (latest === undefined || PLAN_EDITABLE_STATUSES.has(latest))
  );
}

export function assertMayDraft(side: PlanActor | null, stage: string): void {
  if (side !== 'assistance') throw new AppError('FORBIDDEN');
  if (!inPlanningStage(stage)) throw new AppError('PLAN_LOCKED', { detail: stage });
}

/** submit / revise / amend are the assistance side's, comment / accept the enterprise's (003 §6.6.2). */
export function assertMayAct(side: PlanActor | null, action: PlanAction, stage: string): void {
  if (side !== planActionSide(action)) throw new AppError('FORBIDDEN');
  if (!inPlanningStage(stage)) throw new AppError('PLAN_LOCKED', { detail: stage });
}
