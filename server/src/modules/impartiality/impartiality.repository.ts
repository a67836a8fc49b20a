/**
 * All SQL of impartiality (seed 000 §三; ADR 0013, 0018): the assistance relations the register reads, the
 * enterprise's participation in the caller's scope, and the findings (written here only, read in the caller's scope).
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FindingKind } from '../../../../contracts/impartiality.js';
import type { AssistanceRelation } from '../../../../domain/impartiality/cooling-off.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { actorScope, rowScopeCondition } from '../../platform/db/row-scope.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participationScope } from '../participations/participation-scope.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { impartialityFindings } from './impartiality.table.js';

const enterpriseOrg = alias(organizations, 'enterprise_org');
const bodyOrg = alias(organizations, 'body_org');
const person = alias(users, 'person');
const actorUser = alias(users, 'actor_user');

type ParticipationRow = Pick<
  typeof participations.$inferSelect,
  'id' | 'enterpriseId' | 'campaignId' | 'certificationBodyId' | 'regionCode'
>;

export interface FindingInput {
  kind: FindingKind;
  /** COOLING_OFF or a hard pair rule (domain/matching/pair-check). */
  rules: ReadonlyArray<string>;
  participation: ParticipationRow;
  /** The person the finding is about (the expert, auditor or decision maker). */
  userId: string;
  actorUserId: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
  occurredAt: Date;
}

/** One finding per rule, under the participation's region and certification body so the report shows it to them. */
export async function insertFindings(executor: Executor, input: FindingInput): Promise<void> {
  if (input.rules.length === 0) return;
  const p = input.participation;
  await executor.insert(impartialityFindings).values(
    input.rules.map((rule) => ({
      occurredAt: input.occurredAt,
      kind: input.kind,
      rule,
      enterpriseId: p.enterpriseId,
      participationId: p.id,
      campaignId: p.campaignId,
      organizationId: p.certificationBodyId,
      regionCode: p.regionCode,
      userId: input.userId,
      actorUserId: input.actorUserId,
      reason: input.reason ?? null,
      detail: input.detail ?? {},
    })),
  );
}

/** A bureau sees the findings filed under its region subtree, a body its own; nobody else any. */
function findingScope(actor: Actor): SQL {
  return rowScopeCondition(actorScope(actor), {
    region: impartialityFindings.regionCode,
    body: impartialityFindings.organizationId,
  });
}

/** The latest 500 findings in the actor's scope, of one campaign or all. */
export async function selectFindings(executor: Executor, actor: Actor, campaignId: string | null) {
  return executor
    .select({
      f: impartialityFindings,
      enterpriseName: enterpriseOrg.name,
      personName: person.displayName,
      campaignName: campaigns.name,
      bodyName: bodyOrg.name,
      actorName: actorUser.displayName,
    })
    .from(impartialityFindings)
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, impartialityFindings.enterpriseId))
    .innerJoin(person, eq(person.id, impartialityFindings.userId))
    .leftJoin(campaigns, eq(campaigns.id, impartialityFindings.campaignId))
    .leftJoin(bodyOrg, eq(bodyOrg.id, impartialityFindings.organizationId))
    .leftJoin(actorUser, eq(actorUser.id, impartialityFindings.actorUserId))
    .where(and(findingScope(actor), campaignId ? eq(impartialityFindings.campaignId, campaignId) : undefined))
    .orderBy(desc(impartialityFindings.id))
    .limit(500);
}

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
