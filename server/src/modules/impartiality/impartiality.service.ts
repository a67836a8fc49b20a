/**
 * The impartiality register as a service (issue 4 item 4): every assistance relation of an
 * enterprise, across campaigns, and the check the certification stage calls before appointing an
 * auditor, audit-team member or decision maker.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { participationExperts, participations } from '../../platform/db/schema.js';
import { impartialityConflicts, DEFAULT_COOLING_OFF_YEARS, type AssistanceRelation, type ImpartialityConflict } from '../../../../domain/impartiality/cooling-off.js';

export async function assistanceRelationsOf(executor: Executor, enterpriseId: string): Promise<AssistanceRelation[]> {
  return executor
    .select({ userId: participationExperts.expertUserId, fromOn: participationExperts.fromOn, toOn: participationExperts.toOn })
    .from(participationExperts)
    .innerJoin(participations, eq(participations.id, participationExperts.participationId))
    .where(eq(participations.enterpriseId, enterpriseId));
}

export async function checkImpartiality(
  executor: Executor,
  input: { enterpriseId: string; userIds: ReadonlyArray<string>; onDate: string; coolingOffYears?: number },
): Promise<ImpartialityConflict[]> {
  const relations = await assistanceRelationsOf(executor, input.enterpriseId);
  return impartialityConflicts(relations, input.userIds, input.onDate, input.coolingOffYears ?? DEFAULT_COOLING_OFF_YEARS);
}
