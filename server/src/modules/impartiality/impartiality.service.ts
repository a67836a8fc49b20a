/**
 * Impartiality's use cases (seed 000 §三; ADR 0013, 0018): the register check the certification stage and the
 * bodies call before appointing an auditor, audit-team member or decision maker; the findings every other module
 * files through recordFindings; the report in the caller's scope and language.
 */
import type { FindingKind, ImpartialityCheckRequest, ImpartialityFinding } from '../../../../contracts/impartiality.js';
import { ERROR_CODES, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import {
  DEFAULT_COOLING_OFF_YEARS,
  impartialityConflicts,
  type ImpartialityConflict,
} from '../../../../domain/impartiality/cooling-off.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import {
  assistanceRelationsOf,
  type FindingInput,
  insertFindings,
  participationOfEnterpriseInScope,
  selectFindings,
} from './impartiality.repository.js';

/** A conflict the register check found, a refused appointment, or a hard rule overridden with a reason. */
export function recordFindings(executor: Executor, input: FindingInput): Promise<void> {
  return insertFindings(executor, input);
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

function ruleMessage(rule: string, locale: Locale): string {
  if (rule === 'COOLING_OFF') return localMessage('IMPARTIALITY_CONFLICT', locale, { field: 'auditorUserIds' });
  return rule in ERROR_CODES ? localMessage(rule as ErrorCode, locale) : rule;
}

/** The impartiality report: a bureau its region, a body its own, each rule named in the caller's language. */
export async function listFindings(
  executor: Executor,
  actor: Actor,
  campaignId: string | null,
  locale: Locale,
): Promise<ImpartialityFinding[]> {
  const rows = await selectFindings(executor, actor, campaignId);
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
