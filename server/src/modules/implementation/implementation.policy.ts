/**
 * Who may keep which implementation record, when (003 §6.7): the assistance side (the body's managers, an expert
 * assisting now) and the enterprise's contact write — the side each takes comes from domain/plans planActorOf —,
 * everyone else in scope reads. The stages: the team from the agreed plan on; the operation start at implementing
 * (the lifecycle rule decides); records while operating and after the review; the issue log throughout.
 */
import type { PlanActor } from '../../../../domain/plans/plan.js';
import { AppError } from '../../platform/http/app-error.js';

export type ImplementationWrite = 'team' | 'operation_start' | 'record' | 'issue';

const STAGES: Record<ImplementationWrite, ReadonlySet<string>> = {
  team: new Set(['plan_agreed', 'implementing', 'operating']),
  operation_start: new Set(['implementing']),
  record: new Set(['operating', 'reviewed']),
  issue: new Set(['plan_agreed', 'implementing', 'operating', 'reviewed']),
};

/** 000 §二(4): the assistance side records the start of operation (the stage command's roles); both keep the rest. */
const SIDES: Record<ImplementationWrite, ReadonlyArray<PlanActor>> = {
  team: ['assistance', 'enterprise'],
  operation_start: ['assistance'],
  record: ['assistance', 'enterprise'],
  issue: ['assistance', 'enterprise'],
};

export function mayWrite(write: ImplementationWrite, side: PlanActor | null, stage: string): boolean {
  return side !== null && SIDES[write].includes(side) && STAGES[write].has(stage);
}

export function assertMayWrite(write: ImplementationWrite, side: PlanActor | null, stage: string): void {
  if (side === null || !SIDES[write].includes(side)) throw new AppError('FORBIDDEN');
  if (!STAGES[write].has(stage)) throw new AppError('IMPLEMENTATION_LOCKED', { detail: stage });
}
