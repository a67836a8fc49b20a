/**
 * The impartiality register as a service (seed 000 §三; ADR 0018): every assistance relation of an
 * enterprise, across campaigns, and the check the certification stage calls before appointing an
 * auditor, audit-team member or decision maker.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { ImpartialityCheckRequest } from '../../../../contracts/impartiality.js';
import type { Executor } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/http/context.js';
import { assertFound } from '../../platform/http/app-error.js';
import { chinaDate } from '../../platform/clock.js';
import { recordFindings } from './findings-writer.js';
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

/**
 * Before a certification body appoints auditors or decision makers for an enterprise, it asks whether any of them
 * assisted that enterprise within the cooling-off period (seed 000 §三). Only an enterprise the caller sees (one of
 * its participations in scope) is answered, else 404 as if unknown.
 */
export async function checkRegister(ctx: AppContext, actor: Actor, input: ImpartialityCheckRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const participation = await participationOfEnterpriseInScope(db, actor, input.enterpriseId);
  assertFound(participation, 'enterpriseId');
  const conflicts = await checkImpartiality(db, { ...input, onDate: chinaDate(now) });
  // every conflict found goes to the report (ADR 0013), filed under the participation the caller
  // sees: its region and its certification body, never a region the caller does not hold (ADR 0018)
  for (const c of conflicts) {
    await recordFindings(db, {
      kind: 'found',
      rules: ['COOLING_OFF'],
      participation,
      userId: c.userId,
      actorUserId: actor.userId,
      detail: { fromOn: c.fromOn, toOn: c.toOn, clearOn: c.clearOn },
      occurredAt: now,
    });
  }
  return { allowed: conflicts.length === 0, conflicts };
}
