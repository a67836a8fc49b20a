/** All SQL of the internal audit; the only writer of internal_audits and audit_findings. */
import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { diagnosisReports } from '../diagnosis/diagnosis.table.js';
import { auditFindings, internalAudits } from './internal-audit.table.js';

export type AuditRow = typeof internalAudits.$inferSelect;
export type FindingRow = typeof auditFindings.$inferSelect;

/** The participation's audit (the newest; one per campaign year), locked for a change when asked. */
export async function auditOf(
  executor: Executor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AuditRow | undefined> {
  const query = executor
    .select()
    .from(internalAudits)
    .where(eq(internalAudits.participationId, participationId))
    .orderBy(desc(internalAudits.createdAt))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertAudit(executor: Executor, row: typeof internalAudits.$inferInsert): Promise<string> {
  const [inserted] = await executor.insert(internalAudits).values(row).returning({ id: internalAudits.id });
  return inserted!.id;
}

export async function updateAudit(
  executor: Executor,
  id: string,
  changes: Partial<typeof internalAudits.$inferInsert>,
): Promise<void> {
  await executor
    .update(internalAudits)
    .set({ ...changes, version: sql`${internalAudits.version} + 1` })
    .where(eq(internalAudits.id, id));
}

export async function findingsOf(executor: Executor, auditId: string): Promise<FindingRow[]> {
  return executor
    .select()
    .from(auditFindings)
    .where(eq(auditFindings.auditId, auditId))
    .orderBy(asc(auditFindings.number));
}

export async function findingForUpdate(
  executor: Executor,
  participationId: string,
  findingId: string,
): Promise<FindingRow | undefined> {
  const [row] = await executor
    .select()
    .from(auditFindings)
    .where(and(eq(auditFindings.id, findingId), eq(auditFindings.participationId, participationId)))
    .for('update');
  return row;
}

export async function insertFinding(
  executor: Executor,
  row: Omit<typeof auditFindings.$inferInsert, 'number'>,
): Promise<{ id: string; number: number }> {
  const [{ last } = { last: 0 }] = await executor
    .select({ last: max(auditFindings.number) })
    .from(auditFindings)
    .where(eq(auditFindings.auditId, row.auditId));
  const number = (last ?? 0) + 1;
  const [inserted] = await executor
    .insert(auditFindings)
    .values({ ...row, number })
    .returning({ id: auditFindings.id });
  return { id: inserted!.id, number };
}

export async function updateFinding(
  executor: Executor,
  id: string,
  changes: Partial<typeof auditFindings.$inferInsert>,
): Promise<void> {
  await executor
    .update(auditFindings)
    .set({ ...changes, version: sql`${auditFindings.version} + 1` })
    .where(eq(auditFindings.id, id));
}

/** The pain points of the diagnosis report the enterprise confirmed (000 §二(4): the audit checks they were solved). */
export async function confirmedPainPoints(
  executor: Executor,
  participationId: string,
): Promise<Array<{ ref: string; zh: string; en: string; detail: string }>> {
  const [row] = await executor
    .select({ content: diagnosisReports.content })
    .from(diagnosisReports)
    .where(and(eq(diagnosisReports.participationId, participationId), eq(diagnosisReports.status, 'confirmed')))
    .orderBy(desc(diagnosisReports.issuedAt))
    .limit(1);
  return (row?.content.painPoints ?? []).map((p) => ({
    ref: `${p.source}:${p.ref}`,
    zh: p.zh,
    en: p.en,
    detail: p.detail,
  }));
}

/** Reminders (domain/reminders): the open nonconformities due between the two dates, with their participation. */
export async function openNcsDueBetween(executor: Executor, from: string, to: string) {
  return executor
    .select({ id: auditFindings.id, dueOn: auditFindings.dueOn, participationId: auditFindings.participationId })
    .from(auditFindings)
    .where(
      and(
        sql`${auditFindings.grade} <> 'observation'`,
        sql`${auditFindings.closedOn} is null`,
        sql`${auditFindings.dueOn} between ${from} and ${to}`,
      ),
    );
}
