/**
 * Who keeps the QMS document register, when (001 annex 体系建设; 003 §6.7.2.3): the documents are the enterprise's
 * own, so its contact writes them, and the assistance side (the body's managers, an expert assisting now) builds them
 * with it; everyone else in scope reads (bureaus of the region, the appointed evaluator). The register is built from
 * the start of implementation and kept up (revisions, withdrawals) while the QMS operates and after the review.
 */
import type { PlanActor } from '../../../../domain/plans/plan.js';
import { AppError } from '../../platform/http/app-error.js';

const STAGES: ReadonlySet<string> = new Set(['implementing', 'operating', 'reviewed']);

export function mayWriteRegister(side: PlanActor | null, stage: string): boolean {
  return side !== null && STAGES.has(stage);
}

export function assertMayWriteRegister(side: PlanActor | null, stage: string): void {
  if (side === null) throw new AppError('FORBIDDEN');
  if (!STAGES.has(stage)) throw new AppError('QMS_DOCUMENTS_LOCKED', { detail: stage });
}
