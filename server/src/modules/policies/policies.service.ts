/** The policy register's use cases: list a region's measures, record and change one's own (checked, audited, one transaction). */
import type { Policy, PolicyInput, PolicyListQuery, UpdatePolicyRequest } from '../../../../contracts/policies.js';
import {
  issuingLevelOf,
  parseWan,
  periodIsOrdered,
  sumWan,
  type IssuingLevel,
  type Period,
} from '../../../../domain/statistics/statistics.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { actorRef } from '../auth/auth.service.js';
import { mayChange, ownRegion, readableRegion } from './policies.policy.js';
import { insertPolicy, lockPolicy, selectPolicies, updatePolicy, type PolicyRow } from './policies.repository.js';

function toPolicy(actor: Actor, row: PolicyRow): Policy {
  return {
    ...row,
    issuingLevel: row.issuingLevel as IssuingLevel,
    // numerics read back padded ("12.5000"); the register shows them as written
    subsidyWan: sumWan([row.subsidyWan]),
    creditWan: sumWan([row.creditWan]),
    feesWaivedWan: sumWan([row.feesWaivedWan]),
    editable: mayChange(actor, row.regionCode),
  };
}

export function assertPeriod(period: Period): void {
  if (!periodIsOrdered(period)) throw new AppError('STATISTICS_PERIOD_INVALID', { field: 'from' });
}

/** The measures of a region (already checked to lie in the caller's jurisdiction) issued in the period. */
export async function policiesOfRegion(
  executor: Executor,
  actor: Actor,
  regionCode: string,
  period: Period,
): Promise<Policy[]> {
  const rows = await selectPolicies(executor, regionCode, {
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  });
  return rows.map((row) => toPolicy(actor, row));
}

export async function listPolicies(ctx: AppContext, actor: Actor, query: PolicyListQuery): Promise<Policy[]> {
  const region = readableRegion(actor, query.regionCode);
  assertPeriod(query);
  return policiesOfRegion(ctx.database.db, actor, region, query);
}

/** 万元 amounts ≥ 0 with at most 4 places, a date not after today; answers the values to store. */
function checkedValues(ctx: AppContext, input: PolicyInput) {
  for (const field of ['subsidyWan', 'creditWan', 'feesWaivedWan'] as const) {
    if (parseWan(input[field]) === null) throw new AppError('POLICY_AMOUNT_INVALID', { field, detail: input[field] });
  }
  if (input.issuedOn > chinaDate(ctx.clock.now())) throw new AppError('POLICY_DATE_IN_FUTURE', { field: 'issuedOn' });
  return {
    documentNumber: input.documentNumber,
    title: input.title,
    issuedOn: input.issuedOn,
    content: input.content,
    subsidyWan: input.subsidyWan,
    creditWan: input.creditWan,
    feesWaivedWan: input.feesWaivedWan,
  };
}

export async function createPolicy(ctx: AppContext, actor: Actor, input: PolicyInput): Promise<string> {
  const regionCode = ownRegion(actor);
  const values = checkedValues(ctx, input);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const id = await insertPolicy(tx, {
      ...values,
      regionCode,
      issuingLevel: issuingLevelOf(regionCode),
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'policy.create',
      objectType: 'policy',
      objectId: id,
      outcome: 'success',
      after: { ...values, regionCode },
    });
    return id;
  });
}

export async function changePolicy(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdatePolicyRequest,
): Promise<Policy> {
  const jurisdiction = readableRegion(actor, undefined);
  const { version, ...rest } = input;
  const values = checkedValues(ctx, rest);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockPolicy(tx, id, jurisdiction);
    assertFound(row, 'policy');
    if (!mayChange(actor, row.regionCode)) throw new AppError('POLICY_NOT_OWN_REGION');
    if (!(await updatePolicy(tx, id, version, values, now))) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'policy.update',
      objectType: 'policy',
      objectId: id,
      outcome: 'success',
      before: row,
      after: values,
    });
    return toPolicy(actor, { ...row, ...values, version: row.version + 1 });
  });
}
