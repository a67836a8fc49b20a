/**
 * Training (000 §二(3); 001 annex 培训; 003 §6.7.2.2; 002 Annex 2 row 2): sessions of the kinds of
 * domain/training, enrolment of enterprises, attendance per person, the person-times roll-ups and the
 * coverage checks.
 */
import type { Executor } from '../../platform/db/client.js';
import { internalAuditorAttendanceOf } from './training.repository.js';

/**
 * The internal-auditor training of one enterprise (002 step 8 (1): "内审开始前，内审员应当参加内审员培训"; 000 §二(3)), before the
 * internal audit: every attendance at an internal_auditor session, oldest first. Read by the internal audit.
 */
export async function internalAuditorTrainingOf(
  tx: Executor,
  participationId: string,
): Promise<Array<{ personName: string; sessionId: string; heldOn: string }>> {
  return internalAuditorAttendanceOf(tx, participationId);
}
