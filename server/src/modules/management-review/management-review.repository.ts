/** All SQL of the management review; the only writer of its three tables. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { improvementActions, managementReviews, reviewVerifications } from './management-review.table.js';
import { trainingAttendance } from '../training/training.table.js';

export async function reviewOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(managementReviews)
    .where(eq(managementReviews.participationId, participationId))
    .orderBy(desc(managementReviews.createdAt))
    .limit(1);
  return row;
}

export async function verificationOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(reviewVerifications)
    .where(eq(reviewVerifications.participationId, participationId))
    .orderBy(desc(reviewVerifications.createdAt))
    .limit(1);
  return row;
}

export async function insertReview(executor: Executor, row: typeof managementReviews.$inferInsert): Promise<string> {
  const [inserted] = await executor.insert(managementReviews).values(row).returning({ id: managementReviews.id });
  return inserted!.id;
}

export async function insertVerification(executor: Executor, row: typeof reviewVerifications.$inferInsert) {
  await executor.insert(reviewVerifications).values(row);
}

export async function insertActions(executor: Executor, rows: Array<typeof improvementActions.$inferInsert>) {
  if (rows.length > 0) await executor.insert(improvementActions).values(rows);
}

export async function actionsOf(executor: Executor, participationId: string) {
  return executor
    .select()
    .from(improvementActions)
    .where(eq(improvementActions.participationId, participationId))
    .orderBy(asc(improvementActions.dueOn), asc(improvementActions.id));
}

export async function actionForUpdate(executor: Executor, participationId: string, actionId: string) {
  const [row] = await executor
    .select()
    .from(improvementActions)
    .where(eq(improvementActions.id, actionId))
    .for('update');
  return row?.participationId === participationId ? row : undefined;
}

export async function updateAction(
  executor: Executor,
  id: string,
  changes: Partial<typeof improvementActions.$inferInsert>,
): Promise<void> {
  await executor
    .update(improvementActions)
    .set({ ...changes, version: sql`${improvementActions.version} + 1` })
    .where(eq(improvementActions.id, id));
}

/** 9.3.2 c): the training the enterprise's people attended (person-times, 002 Annex 2 row 2). */
export async function trainingPersonTimes(executor: Executor, participationId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingAttendance)
    .where(eq(trainingAttendance.participationId, participationId));
  return row?.n ?? 0;
}
