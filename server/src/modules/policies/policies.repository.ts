/** All SQL of the policy register; the only writer of policy_measures. Reads carry a region subtree (ADR 0004). */
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import { policyMeasures } from './policies.table.js';

export type PolicyRow = Awaited<ReturnType<typeof selectPolicies>>[number];
export type PolicyValues = Pick<
  typeof policyMeasures.$inferInsert,
  'documentNumber' | 'title' | 'issuedOn' | 'content' | 'subsidyWan' | 'creditWan' | 'feesWaivedWan'
>;

const columns = {
  id: policyMeasures.id,
  regionCode: policyMeasures.regionCode,
  regionName: regions.name,
  issuingLevel: policyMeasures.issuingLevel,
  documentNumber: policyMeasures.documentNumber,
  title: policyMeasures.title,
  issuedOn: policyMeasures.issuedOn,
  content: policyMeasures.content,
  subsidyWan: policyMeasures.subsidyWan,
  creditWan: policyMeasures.creditWan,
  feesWaivedWan: policyMeasures.feesWaivedWan,
  version: policyMeasures.version,
};

/** The measures of a region's subtree issued in [from, to], newest first. */
export function selectPolicies(executor: Executor, regionCode: string, period: { from?: string; to?: string }) {
  return executor
    .select(columns)
    .from(policyMeasures)
    .innerJoin(regions, eq(regions.code, policyMeasures.regionCode))
    .where(
      and(
        regionWithin(policyMeasures.regionCode, regionCode),
        period.from ? gte(policyMeasures.issuedOn, period.from) : undefined,
        period.to ? lte(policyMeasures.issuedOn, period.to) : undefined,
      ),
    )
    .orderBy(desc(policyMeasures.issuedOn), desc(policyMeasures.createdAt), policyMeasures.id);
}

/** One measure within a region's subtree, locked for a change. */
export async function lockPolicy(executor: Executor, id: string, regionCode: string) {
  const [row] = await executor
    .select(columns)
    .from(policyMeasures)
    .innerJoin(regions, eq(regions.code, policyMeasures.regionCode))
    .where(and(eq(policyMeasures.id, id), regionWithin(policyMeasures.regionCode, regionCode)))
    .for('update', { of: policyMeasures });
  return row;
}

export async function insertPolicy(
  executor: Executor,
  values: PolicyValues & { regionCode: string; issuingLevel: string; createdBy: string; createdAt: Date },
): Promise<string> {
  const [row] = await executor
    .insert(policyMeasures)
    .values({ ...values, updatedAt: values.createdAt })
    .returning({ id: policyMeasures.id });
  return row!.id;
}

/** The change when the version still holds; false on a conflict. */
export async function updatePolicy(
  executor: Executor,
  id: string,
  version: number,
  values: PolicyValues,
  now: Date,
): Promise<boolean> {
  const rows = await executor
    .update(policyMeasures)
    .set({ ...values, updatedAt: now, version: sql`${policyMeasures.version} + 1` })
    .where(and(eq(policyMeasures.id, id), eq(policyMeasures.version, version)))
    .returning({ id: policyMeasures.id });
  return rows.length === 1;
}
