/**
 * The statistics table's reads (it owns no table): the participations that reached `assigned` (their first entry
 * into it, from the stage events), with their enterprise, region and body, in the actor's scope and a region subtree.
 */
import { and, eq, inArray, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';
import { participations, stageEvents } from '../participations/participations.table.js';
import { certificationBodies } from '../bodies/bodies.table.js';

const enterprise = alias(organizations, 'enterprise');
const body = alias(organizations, 'body');

/** Every participation of the region's subtree (in scope) that ever entered `assigned`, with the first time it did. */
export function assignedParticipations(executor: Executor, actor: Actor, regionCode: string) {
  return executor
    .select({
      participationId: participations.id,
      enterpriseId: participations.enterpriseId,
      enterpriseName: enterprise.name,
      regionCode: participations.regionCode,
      regionName: regions.name,
      industryCode: participations.industryCode,
      bodyId: participations.certificationBodyId,
      bodyName: body.name,
      stage: participations.stage,
      assignedAt: min(stageEvents.occurredAt),
    })
    .from(participations)
    .innerJoin(
      stageEvents,
      and(eq(stageEvents.participationId, participations.id), eq(stageEvents.toStage, 'assigned')),
    )
    .innerJoin(enterprise, eq(enterprise.id, participations.enterpriseId))
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .leftJoin(body, eq(body.id, participations.certificationBodyId))
    .where(and(participationScope(actor), regionWithin(participations.regionCode, regionCode)))
    .groupBy(participations.id, enterprise.name, regions.name, body.name);
}

/** The approval numbers (批准号) of these bodies. */
export async function approvalNumbers(
  executor: Executor,
  bodyIds: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  if (bodyIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: certificationBodies.organizationId, approvalNumber: certificationBodies.approvalNumber })
    .from(certificationBodies)
    .where(inArray(certificationBodies.organizationId, [...bodyIds]));
  return new Map(rows.map((r) => [r.id, r.approvalNumber]));
}

/** The names of these enterprises (participation id → enterprise name), in the actor's scope. */
export async function enterpriseNamesOf(
  executor: Executor,
  actor: Actor,
  participationIds: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  if (participationIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: participations.id, name: enterprise.name })
    .from(participations)
    .innerJoin(enterprise, eq(enterprise.id, participations.enterpriseId))
    .where(and(participationScope(actor), inArray(participations.id, [...participationIds])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A region's name, when the code is a known region. */
export async function regionName(executor: Executor, code: string): Promise<string | undefined> {
  const [row] = await executor.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return row?.name;
}
