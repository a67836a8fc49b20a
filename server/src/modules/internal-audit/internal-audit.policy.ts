/**
 * Who keeps the internal audit, when (000 §二(4); 003 §6.8.1): the audit is the enterprise's own, so its contact
 * records it, and the assistance side (the body's managers, an expert assisting now) guides and records with it —
 * both sides write, each entry naming who did it; bureaus of the region read. The plan, checklist and findings are
 * written while the QMS operates; the cycle of a nonconformity goes on after the review (corrective actions take
 * time), until the evaluation.
 */
import type { PlanActor } from '../../../../domain/plans/plan.js';
import { AppError } from '../../platform/http/app-error.js';

export type AuditWrite = 'plan' | 'finding' | 'nc_step' | 'complete';

const STAGES: Record<AuditWrite, ReadonlySet<string>> = {
  plan: new Set(['operating']),
  finding: new Set(['operating']),
  complete: new Set(['operating']),
  nc_step: new Set(['operating', 'reviewed']),
};

export function mayWriteAudit(write: AuditWrite, side: PlanActor | null, stage: string): boolean {
  return side !== null && STAGES[write].has(stage);
}

export function assertMayWriteAudit(write: AuditWrite, side: PlanActor | null, stage: string): void {
  if (side === null) throw new AppError('FORBIDDEN');
  if (!STAGES[write].has(stage)) throw new AppError('AUDIT_STAGE_LOCKED', { detail: stage });
}
