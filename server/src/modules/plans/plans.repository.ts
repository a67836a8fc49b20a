/** All SQL of the plan: its versions, their comments and who wrote them. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../../platform/auth/identity.table.js';
import { planComments, plans } from './plans.table.js';

export type PlanRow = typeof plans.$inferSelect;

export async function versionsOf(executor: Executor, participationId: string): Promise<PlanRow[]> {
  return executor.select().from(plans).where(eq(plans.participationId, participationId)).orderBy(asc(plans.version));
}

export async function findVersion(
  executor: Executor,
  participationId: string,
  version: number,
): Promise<PlanRow | undefined> {
  const [row] = await executor
    .select()
    .from(plans)
    .where(and(eq(plans.participationId, participationId), eq(plans.version, version)));
  return row;
}

/** The latest version, locked for the rest of the transaction. */
export async function lockLatest(executor: Executor, participationId: string): Promise<PlanRow | undefined> {
  const [row] = await executor
    .select()
    .from(plans)
    .where(eq(plans.participationId, participationId))
    .orderBy(desc(plans.version))
    .limit(1)
    .for('update');
  return row;
}

export async function insertVersion(executor: Executor, values: typeof plans.$inferInsert): Promise<void> {
  await executor.insert(plans).values(values);
}

export async function updateVersion(
  executor: Executor,
  id: string,
  changes: Partial<typeof plans.$inferInsert>,
): Promise<void> {
  await executor.update(plans).set(changes).where(eq(plans.id, id));
}

/** 003 §6.7.3: accepting a new version supersedes the accepted one (one baseline at a time). */
export async function supersedeAccepted(executor: Executor, participationId: string): Promise<void> {
  await executor
    .update(plans)
    .set({ status: 'superseded' })
    .where(and(eq(plans.participationId, participationId), eq(plans.status, 'accepted')));
}

export async function commentsOf(executor: Executor, planId: string) {
  return executor
    .select({
      id: planComments.id,
      authorName: users.displayName,
      authorRole: planComments.authorRole,
      body: planComments.body,
      createdAt: planComments.createdAt,
    })
    .from(planComments)
    .innerJoin(users, eq(users.id, planComments.authorUserId))
    .where(eq(planComments.planId, planId))
    .orderBy(asc(planComments.createdAt));
}

export async function insertComment(executor: Executor, values: typeof planComments.$inferInsert): Promise<void> {
  await executor.insert(planComments).values(values);
}

export async function displayNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
