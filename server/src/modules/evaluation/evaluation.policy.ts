/** Who may do what to an evaluation (003 §6.9): the bureau forms the panel, members score, the leader signs off. */
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError } from '../../platform/http/app-error.js';
import type { PanelRow } from './evaluation.repository.js';

/** Stages in which a panel is formed and scores are entered: after implementation, before the stage 已评价. */
const PANEL_STAGES: ReadonlySet<string> = new Set(['operating', 'reviewed']);

export function mayFormPanel(actor: Actor, stage: string, panel: PanelRow | undefined, sheets: number): boolean {
  return (
    actor.role === 'bureau_officer' && PANEL_STAGES.has(stage) && (!panel || (panel.status === 'open' && sheets === 0))
  );
}

export function assertMayFormPanel(actor: Actor, stage: string, panel: PanelRow | undefined, sheets: number): void {
  if (actor.role !== 'bureau_officer') throw new AppError('FORBIDDEN');
  if (!PANEL_STAGES.has(stage)) throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: stage });
  // once a rater has scored, the panel stays as it was (a change would discard an independent score)
  if (panel && (panel.status !== 'open' || sheets > 0)) throw new AppError('EVALUATION_LOCKED');
}

/** A member scores while the evaluation is open: before the stage 已评价, or after a recorded reopening. */
export function mayScore(
  actor: Actor,
  stage: string,
  panel: PanelRow | undefined,
  members: ReadonlyArray<string>,
): boolean {
  return (
    actor.role === 'evaluation_expert' &&
    !!panel &&
    panel.status === 'open' &&
    members.includes(actor.userId) &&
    (stage === 'reviewed' || stage === 'evaluated')
  );
}

export function assertMayScore(
  actor: Actor,
  stage: string,
  panel: PanelRow | undefined,
  members: ReadonlyArray<string>,
): PanelRow {
  if (!panel || !members.includes(actor.userId)) throw new AppError('EVALUATION_NOT_PANEL_MEMBER');
  if (panel.status !== 'open') throw new AppError('EVALUATION_LOCKED');
  // 003 §6.9: the acceptance evaluation follows the internal audit and management review
  if (stage !== 'reviewed' && stage !== 'evaluated')
    throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: stage });
  return panel;
}

export function assertLeader(actor: Actor, panel: PanelRow | undefined): PanelRow {
  if (!panel) throw new AppError('NOT_FOUND', { field: 'evaluation' });
  if (panel.leaderUserId !== actor.userId) throw new AppError('EVALUATION_NOT_LEADER');
  return panel;
}
