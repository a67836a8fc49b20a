/** All SQL of the implementation records; the only writer of their tables. Reads the plan and file tables. */
import { and, asc, desc, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../../platform/auth/identity.table.js';
import { files } from '../files/files.table.js';
import { plans } from '../plans/plans.table.js';
import { implementationIssues, improvementTeams, operationRecords, operationStarts } from './implementation.table.js';

export type TeamRow = typeof improvementTeams.$inferSelect;
export type OperationStartRow = typeof operationStarts.$inferSelect;
export type OperationRecordRow = typeof operationRecords.$inferSelect;
export type IssueRow = typeof implementationIssues.$inferSelect;

export async function teamVersions(executor: Executor, participationId: string): Promise<TeamRow[]> {
  return executor
    .select()
    .from(improvementTeams)
    .where(eq(improvementTeams.participationId, participationId))
    .orderBy(desc(improvementTeams.version));
}

export async function insertTeamVersion(executor: Executor, values: typeof improvementTeams.$inferInsert) {
  await executor.insert(improvementTeams).values(values);
}

export async function operationStartOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(operationStarts)
    .where(eq(operationStarts.participationId, participationId));
  return row;
}

export async function insertOperationStart(executor: Executor, values: typeof operationStarts.$inferInsert) {
  await executor.insert(operationStarts).values(values);
}

export async function recordsOf(executor: Executor, participationId: string): Promise<OperationRecordRow[]> {
  return executor
    .select()
    .from(operationRecords)
    .where(eq(operationRecords.participationId, participationId))
    .orderBy(desc(operationRecords.recordedOn), desc(operationRecords.createdAt));
}

export async function insertRecord(executor: Executor, values: typeof operationRecords.$inferInsert) {
  await executor.insert(operationRecords).values(values);
}

export async function issuesOf(executor: Executor, participationId: string): Promise<IssueRow[]> {
  return executor
    .select()
    .from(implementationIssues)
    .where(eq(implementationIssues.participationId, participationId))
    .orderBy(desc(implementationIssues.raisedOn), desc(implementationIssues.createdAt));
}

export async function insertIssue(executor: Executor, values: typeof implementationIssues.$inferInsert) {
  await executor.insert(implementationIssues).values(values);
}

export async function lockIssue(executor: Executor, participationId: string, issueId: string) {
  const [row] = await executor
    .select()
    .from(implementationIssues)
    .where(and(eq(implementationIssues.id, issueId), eq(implementationIssues.participationId, participationId)))
    .for('update');
  return row;
}

export async function resolveIssueRow(
  executor: Executor,
  issueId: string,
  values: { resolution: string; resolvedOn: string; planVersion: number | null; resolvedBy: string },
) {
  await executor.update(implementationIssues).set(values).where(eq(implementationIssues.id, issueId));
}

/** The plan's versions (status, acceptance, amendment reason, content) for the dates and control points. */
export async function planVersionsOf(executor: Executor, participationId: string) {
  return executor
    .select({
      version: plans.version,
      status: plans.status,
      content: plans.content,
      acceptedAt: plans.acceptedAt,
      amendReason: plans.amendReason,
      createdAt: plans.createdAt,
    })
    .from(plans)
    .where(eq(plans.participationId, participationId))
    .orderBy(asc(plans.version));
}

/** The first time the enterprise accepted a version of the plan (003 §6.6.2), or null. */
export async function firstPlanAcceptance(executor: Executor, participationId: string): Promise<Date | null> {
  const rows = await executor
    .select({ acceptedAt: plans.acceptedAt })
    .from(plans)
    .where(and(eq(plans.participationId, participationId), isNotNull(plans.acceptedAt)))
    .orderBy(asc(plans.acceptedAt))
    .limit(1);
  return rows[0]?.acceptedAt ?? null;
}

/** Which of these files belong to the participation and were uploaded as operation records. */
export async function operationFiles(executor: Executor, participationId: string, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return executor
    .select({ id: files.id, fileName: files.fileName, mime: files.mime })
    .from(files)
    .where(
      and(
        inArray(files.id, [...ids]),
        eq(files.participationId, participationId),
        eq(files.purpose, 'operation_record'),
      ),
    );
}

export async function displayNames(executor: Executor, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The latest operation record's date (the overdue flag's input). */
export async function lastRecordOn(executor: Executor, participationId: string): Promise<string | null> {
  const [row] = await executor
    .select({ last: max(operationRecords.recordedOn) })
    .from(operationRecords)
    .where(eq(operationRecords.participationId, participationId));
  return row?.last ?? null;
}
