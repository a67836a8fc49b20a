/** Participation queries; every one carries the actor's scope. */
import { and, asc, count, desc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { enterprises } from '../intake/intake.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { participationExperts, participations, stageEvents } from './participations.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from './participation-scope.js';
import type { z } from 'zod';
import type { ParticipationListQuery } from './participations.schemas.js';

const enterpriseOrg = alias(organizations, 'enterprise_org');
const bodyOrg = alias(organizations, 'body_org');
const preferredOrg = alias(organizations, 'preferred_org');

/** The joins every participation read needs: enterprise, campaign, region, certification body. */
function withParticipationJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .leftJoin(bodyOrg, eq(bodyOrg.id, participations.certificationBodyId));
}

/** The list filters as SQL, with the actor's scope always first. */
function listConditions(actor: Actor, query: Omit<z.infer<typeof ParticipationListQuery>, 'page' | 'pageSize'>): SQL[] {
  const conditions: SQL[] = [participationScope(actor)];
  if (query.campaignId) conditions.push(eq(participations.campaignId, query.campaignId));
  if (query.regionCode) conditions.push(regionWithin(participations.regionCode, query.regionCode));
  if (query.stage) conditions.push(eq(participations.stage, query.stage));
  if (query.industryCode) conditions.push(eq(participations.industryCode, query.industryCode));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterpriseOrg.name, pattern), ilike(enterprises.uscc, pattern))!);
  }
  return conditions;
}

/**
 * One page of the export, in id order after `afterId` (keyset: memory stays flat for any size).
 * Leaner than the list query: region names come from the caller's map, the campaign is known.
 */
export async function exportPage(
  executor: Executor,
  actor: Actor,
  query: Omit<z.infer<typeof ParticipationListQuery>, 'page' | 'pageSize'>,
  afterId: string | null,
  limit: number,
) {
  const conditions = listConditions(actor, query);
  if (afterId) conditions.push(gt(participations.id, afterId));
  return executor
    .select({
      id: participations.id,
      enterpriseName: enterpriseOrg.name,
      uscc: enterprises.uscc,
      regionCode: participations.regionCode,
      industryCode: participations.industryCode,
      stage: participations.stage,
      sizeClass: participations.sizeClass,
      origin: participations.origin,
      certificationBodyName: bodyOrg.name,
      contactName: enterprises.contactName,
      contactPhone: enterprises.contactPhone,
      updatedAt: participations.updatedAt,
    })
    .from(participations)
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .leftJoin(bodyOrg, eq(bodyOrg.id, participations.certificationBodyId))
    .where(and(...conditions))
    .orderBy(asc(participations.id))
    .limit(limit);
}

export async function listParticipations(
  executor: Executor,
  actor: Actor,
  query: z.infer<typeof ParticipationListQuery>,
) {
  const where = and(...listConditions(actor, query));
  const rows = withParticipationJoins(
    executor
      .select({
        id: participations.id,
        stage: participations.stage,
        enterpriseName: enterpriseOrg.name,
        uscc: enterprises.uscc,
        regionCode: participations.regionCode,
        regionName: regions.name,
        industryCode: participations.industryCode,
        campaignId: campaigns.id,
        campaignName: campaigns.name,
        certificationBodyName: bodyOrg.name,
        updatedAt: participations.updatedAt,
      })
      .from(participations)
      .$dynamic(),
  );
  const [items, [totalRow]] = await Promise.all([
    rows
      .where(where)
      .orderBy(desc(participations.updatedAt), asc(participations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    withParticipationJoins(executor.select({ n: count() }).from(participations).$dynamic()).where(where),
  ]);
  return { items: items.map((i) => ({ ...i, updatedAt: i.updatedAt.toISOString() })), total: totalRow?.n ?? 0 };
}

/** The participation with its enterprise, or undefined when it does not exist or is out of scope. */
export async function findParticipation(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = withParticipationJoins(
    executor
      .select({
        p: participations,
        enterpriseName: enterpriseOrg.name,
        enterprise: enterprises,
        regionName: regions.name,
        campaignName: campaigns.name,
        campaignYear: campaigns.year,
        bodyName: bodyOrg.name,
        preferredBodyName: preferredOrg.name,
      })
      .from(participations)
      .$dynamic(),
  )
    .leftJoin(preferredOrg, eq(preferredOrg.id, participations.preferredBodyId))
    .where(and(eq(participations.id, id), participationScope(actor)));
  const [row] = options.forUpdate ? await query.for('update', { of: participations }) : await query;
  return row;
}

export async function participationExpertsOf(executor: Executor, participationId: string) {
  return executor
    .select({
      userId: participationExperts.expertUserId,
      displayName: users.displayName,
      fromOn: participationExperts.fromOn,
      toOn: participationExperts.toOn,
      workingGroupId: participationExperts.workingGroupId,
    })
    .from(participationExperts)
    .innerJoin(users, eq(users.id, participationExperts.expertUserId))
    .where(eq(participationExperts.participationId, participationId))
    .orderBy(asc(participationExperts.fromOn));
}

export async function stageEventsOf(executor: Executor, participationId: string) {
  const rows = await executor
    .select({
      id: stageEvents.id,
      command: stageEvents.command,
      fromStage: stageEvents.fromStage,
      toStage: stageEvents.toStage,
      actorName: users.displayName,
      actorRole: stageEvents.actorRole,
      reason: stageEvents.reason,
      occurredAt: stageEvents.occurredAt,
    })
    .from(stageEvents)
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .where(eq(stageEvents.participationId, participationId))
    .orderBy(asc(stageEvents.id));
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
}
