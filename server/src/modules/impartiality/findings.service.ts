/**
 * The impartiality report (ADR 0013): conflicts found by the check, appointments refused for
 * them, and hard matching rules a manager overrode with a reason. A bureau sees its region, a
 * body its own.
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { impartialityFindings } from './impartiality.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorScope, rowScopeCondition } from '../../platform/db/row-scope.js';
import { errorMessage, ERROR_CODES, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';

const enterpriseOrg = alias(organizations, 'enterprise_org');
const bodyOrg = alias(organizations, 'body_org');
const person = alias(users, 'person');
const actorUser = alias(users, 'actor_user');

/** A bureau sees the findings filed under its region subtree, a body its own; nobody else any. */
function findingScope(actor: Actor): SQL {
  return rowScopeCondition(actorScope(actor), {
    region: impartialityFindings.regionCode,
    body: impartialityFindings.organizationId,
  });
}

function ruleMessage(rule: string, locale: Locale): string {
  if (rule === 'COOLING_OFF') return errorMessage('IMPARTIALITY_CONFLICT', locale, { field: 'auditorUserIds' });
  return rule in ERROR_CODES ? errorMessage(rule as ErrorCode, locale) : rule;
}

export async function listFindings(executor: Executor, actor: Actor, campaignId: string | null, locale: Locale) {
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
    kind: r.f.kind as 'found' | 'refused' | 'overridden',
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
