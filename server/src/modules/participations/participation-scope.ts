/**
 * Row-level scope of participations (R12–R13) as one SQL condition, used by every list, count,
 * detail and write: a bureau its region subtree, a certification body its participations, an
 * expert the enterprises assigned to them now (an ended assignment gives nothing, ADR 0018), an
 * enterprise itself, an evaluation expert the evaluations they are appointed to. Anything else
 * sees nothing.
 */
import { and, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { evaluationAppointments, participationExperts, participations } from './participations.table.js';
import { regionPrefix } from '../../../../domain/regions/region-code.js';
import { scopeOf } from '../../../../domain/access/permissions.js';
import type { Actor } from '../../platform/auth/session-store.js';

export function participationScope(actor: Actor): SQL {
  const scope = scopeOf({
    userId: actor.userId,
    role: actor.role,
    organizationId: actor.organizationId,
    regionCode: actor.regionCode,
  });
  switch (scope.kind) {
    case 'region':
      return like(participations.regionCode, `${regionPrefix(scope.regionCode)}%`);
    case 'body':
      return eq(participations.certificationBodyId, scope.organizationId);
    case 'own_enterprise':
      return eq(participations.enterpriseId, scope.organizationId);
    case 'assigned':
      // only a current assignment gives access (domain/access/assignment-access.ts):
      // an expert re-planned away, withdrawn or closed keeps just the past-assignment list
      return sql`exists (select 1 from ${participationExperts} where ${and(
        eq(participationExperts.participationId, participations.id),
        eq(participationExperts.expertUserId, scope.userId),
        isNull(participationExperts.toOn),
      )})`;
    case 'appointed':
      return sql`exists (select 1 from ${evaluationAppointments} where ${and(
        eq(evaluationAppointments.participationId, participations.id),
        eq(evaluationAppointments.userId, scope.userId),
      )})`;
    case 'none':
      return sql`false`;
  }
}
