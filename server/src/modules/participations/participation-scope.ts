/**
 * Row-level scope of participations (R12–R13) as one SQL condition, used by every list, count,
 * detail and write: a bureau its region subtree, a certification body its participations, an
 * expert the enterprises assigned to them now (an ended assignment gives nothing, ADR 0018), an
 * enterprise itself, an evaluation expert the evaluations they are appointed to. Anything else
 * sees nothing.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { evaluationAppointments, participationExperts, participations } from './participations.table.js';
import { appliedTo } from '../certification/certification.repository.js';
import { actorScope, rowScopeCondition } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';

export function participationScope(actor: Actor): SQL {
  return rowScopeCondition(actorScope(actor), {
    region: participations.regionCode,
    // the assisting body, and the body the enterprise applied to for certification (002 step 9)
    body: (organizationId) =>
      sql`(${eq(participations.certificationBodyId, organizationId)} or ${appliedTo(organizationId, participations.id)})`,
    ownEnterprise: participations.enterpriseId,
    // only a current assignment gives access (domain/access/assignment-access.ts):
    // an expert re-planned away, withdrawn or closed keeps just the past-assignment list
    assigned: (userId) =>
      sql`exists (select 1 from ${participationExperts} where ${and(
        eq(participationExperts.participationId, participations.id),
        eq(participationExperts.expertUserId, userId),
        isNull(participationExperts.toOn),
      )})`,
    appointed: (userId) =>
      sql`exists (select 1 from ${evaluationAppointments} where ${and(
        eq(evaluationAppointments.participationId, participations.id),
        eq(evaluationAppointments.userId, userId),
      )})`,
  });
}
