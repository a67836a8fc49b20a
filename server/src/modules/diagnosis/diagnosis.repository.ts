/** All SQL of the diagnosis report: the current report of a participation, issuing, superseding, confirming. */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../../platform/auth/identity.table.js';
import { diagnosisReports } from './diagnosis.table.js';

export type ReportRow = typeof diagnosisReports.$inferSelect;

/** The report in force: the latest one not superseded. */
export async function currentReport(executor: Executor, participationId: string): Promise<ReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(diagnosisReports)
    .where(and(eq(diagnosisReports.participationId, participationId), ne(diagnosisReports.status, 'superseded')))
    .orderBy(desc(diagnosisReports.issuedAt))
    .limit(1);
  return row;
}

/** The display names of the people who issued and confirmed a report. */
export async function displayNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A new report replaces an unconfirmed one (003 §6.5.8: only the confirmed one is final). */
export async function issueReport(
  executor: Executor,
  values: Pick<
    typeof diagnosisReports.$inferInsert,
    'participationId' | 'content' | 'digest' | 'issuedBy' | 'issuedAt'
  >,
): Promise<string> {
  await executor
    .update(diagnosisReports)
    .set({ status: 'superseded' })
    .where(and(eq(diagnosisReports.participationId, values.participationId), eq(diagnosisReports.status, 'issued')));
  const [inserted] = await executor
    .insert(diagnosisReports)
    .values({ ...values, status: 'issued' })
    .returning({ id: diagnosisReports.id });
  return inserted!.id;
}

export async function confirmReport(
  executor: Executor,
  id: string,
  confirmation: Pick<
    typeof diagnosisReports.$inferInsert,
    'confirmMethod' | 'confirmedBy' | 'confirmedAt' | 'signer' | 'scanFileId'
  >,
): Promise<void> {
  await executor
    .update(diagnosisReports)
    .set({ status: 'confirmed', ...confirmation })
    .where(eq(diagnosisReports.id, id));
}
