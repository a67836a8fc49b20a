/**
 * The impartiality report (ADR 0013): conflicts found by the check, appointments refused for
 * them, and hard matching rules a manager overrode with a reason. A bureau sees its region, a
 * body its own.
 */
import { and, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FindingKind, ImpartialityFinding } from '../../../../contracts/impartiality.js';
import type { Executor } from '../../platform/db/client.js';
import { campaigns, impartialityFindings, organizations, users } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { regionPrefix } from '../../../../domain/regions/region-code.js';
import { errorMessage, ERROR_CODES, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';

const enterpriseOrg = alias(organizations, 'enterprise_org');
const bodyOrg = alias(organizations, 'body_org');
const person = alias(users, 'person');
const actorUser = alias(users, 'actor_user');

function findingScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'bureau_officer':
      return actor.regionCode
        ? like(impartialityFindings.regionCode, `${regionPrefix(actor.regionCode)}%`)
        : sql`false`;
    case 'cb_admin':
    case 'cb_manager':
      return eq(impartialityFindings.organizationId, actor.organizationId);
    default:
      return sql`false`;
  }
}

function ruleMessage(rule: string, locale: Locale): string {
  if (rule === 'COOLING_OFF') return errorMessage('IMPARTIALITY_CONFLICT', locale, { field: 'auditorUserIds' });
  return rule in ERROR_CODES ? errorMessage(rule as ErrorCode, locale) : rule;
}

export async function listFindings(
  executor: Executor,
  actor: Actor,
  campaignId: string | null,
  locale: Locale,
): Promise<ImpartialityFinding[]> {
  const rows = await executor
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
  return rows.map((r) => ({
    id: r.f.id,
    occurredAt: r.f.occurredAt.toISOString(),
    kind: r.f.kind as FindingKind,
    rule: r.f.rule,
    ruleMessage: ruleMessage(r.f.rule, locale),
    enterprise: { id: r.f.enterpriseId, name: r.enterpriseName },
    person: { userId: r.f.userId, displayName: r.personName },
    campaignName: r.campaignName,
    bodyName: r.bodyName,
    reason: r.f.reason,
    actorName: r.actorName,
  }));
}
