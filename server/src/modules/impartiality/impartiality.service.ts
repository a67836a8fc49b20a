/**
 * The impartiality register as a service (seed 000 §三; ADR 0018): every assistance relation of an
 * enterprise, across campaigns, and the check the certification stage calls before appointing an
 * auditor, audit-team member or decision maker.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';
import {
  impartialityConflicts,
  DEFAULT_COOLING_OFF_YEARS,
  type AssistanceRelation,
  type ImpartialityConflict,
} from '../../../../domain/impartiality/cooling-off.js';

export async function assistanceRelationsOf(executor: Executor, enterpriseId: string): Promise<AssistanceRelation[]> {
  return executor
    .select({
      userId: participationExperts.expertUserId,
      fromOn: participationExperts.fromOn,
      toOn: participationExperts.toOn,
    })
    .from(participationExperts)
    .innerJoin(participations, eq(participations.id, participationExperts.participationId))
    .where(eq(participations.enterpriseId, enterpriseId));
}

export async function checkImpartiality(
  executor: Executor,
  input: { enterpriseId: string; userIds: ReadonlyArray<string>; onDate: string; coolingOffYears?: number },
): Promise<ImpartialityConflict[]> {
  const relations = await assistanceRelationsOf(executor, input.enterpriseId);
  return impartialityConflicts(
    relations,
    input.userIds,
    input.onDate,
    input.coolingOffYears ?? DEFAULT_COOLING_OFF_YEARS,
  );
}

/**
 * The enterprise's latest participation the actor sees (participationScope), or undefined: the
 * check and its findings are about enterprises in the caller's scope only.
 */
export async function participationOfEnterpriseInScope(executor: Executor, actor: Actor, enterpriseId: string) {
  const [row] = await executor
    .select({
      id: participations.id,
      enterpriseId: participations.enterpriseId,
      campaignId: participations.campaignId,
      regionCode: participations.regionCode,
      certificationBodyId: participations.certificationBodyId,
    })
    .from(participations)
    .where(and(eq(participations.enterpriseId, enterpriseId), participationScope(actor)))
    .orderBy(desc(participations.createdAt), desc(participations.id))
    .limit(1);
  return row;
}
