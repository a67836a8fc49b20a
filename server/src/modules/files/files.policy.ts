/**
 * Who may upload what (ADR 0022): the assistance side the survey evidence, the enterprise too the signed B.1
 * (003 §6.5.8), by the sides of domain/plans PLAN_ACTOR_ROLES.
 */
import type { FilePurpose } from '../../../../contracts/files.js';
import type { Role } from '../../../../domain/access/roles.js';
import { PLAN_ACTOR_ROLES } from '../../../../domain/plans/plan.js';
import { AppError } from '../../platform/http/app-error.js';

const UPLOADERS: Record<FilePurpose, ReadonlyArray<Role>> = {
  survey_evidence: PLAN_ACTOR_ROLES.assistance,
  diagnosis_scan: [...PLAN_ACTOR_ROLES.enterprise, ...PLAN_ACTOR_ROLES.assistance],
  // 003 §6.7.2.4 d): both sides keep the operation's records and data
  operation_record: [...PLAN_ACTOR_ROLES.enterprise, ...PLAN_ACTOR_ROLES.assistance],
  // 001 annex 一、1: a sign-in photo or scan, or the enterprise's online completion evidence
  training_evidence: [...PLAN_ACTOR_ROLES.enterprise, ...PLAN_ACTOR_ROLES.assistance],
  // 001 annex 体系建设; 003 §6.7.2.3: the register's documents, kept by both sides
  qms_document: [...PLAN_ACTOR_ROLES.enterprise, ...PLAN_ACTOR_ROLES.assistance],
  // 003 §6.10.1: the assistance side writes the case, its images and charts (Annex D.2)
  case_figure: PLAN_ACTOR_ROLES.assistance,
};

export function assertMayUpload(role: Role, purpose: FilePurpose): void {
  if (!UPLOADERS[purpose].includes(role)) throw new AppError('FORBIDDEN');
}
