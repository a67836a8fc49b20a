/** All SQL of the QMS document register; the only writer of qms_documents, qms_document_revisions, qms_non_applicable. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../../platform/auth/identity.table.js';
import { files } from '../files/files.table.js';
import { qmsDocumentRevisions, qmsDocuments, qmsNonApplicable } from './qms-documents.table.js';

export type DocumentRow = typeof qmsDocuments.$inferSelect;
export type RevisionRow = typeof qmsDocumentRevisions.$inferSelect;
export type NonApplicableRow = typeof qmsNonApplicable.$inferSelect;

export async function documentsOf(executor: Executor, participationId: string): Promise<DocumentRow[]> {
  return executor
    .select()
    .from(qmsDocuments)
    .where(eq(qmsDocuments.participationId, participationId))
    .orderBy(asc(qmsDocuments.createdAt), asc(qmsDocuments.numberKey));
}

export async function revisionsOf(executor: Executor, participationId: string): Promise<RevisionRow[]> {
  return executor
    .select()
    .from(qmsDocumentRevisions)
    .where(eq(qmsDocumentRevisions.participationId, participationId))
    .orderBy(asc(qmsDocumentRevisions.createdAt));
}

export async function documentForUpdate(
  executor: Executor,
  participationId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  const [row] = await executor
    .select()
    .from(qmsDocuments)
    .where(and(eq(qmsDocuments.id, documentId), eq(qmsDocuments.participationId, participationId)))
    .for('update');
  return row;
}

export async function documentRevisions(executor: Executor, documentId: string): Promise<RevisionRow[]> {
  return executor
    .select()
    .from(qmsDocumentRevisions)
    .where(eq(qmsDocumentRevisions.documentId, documentId))
    .orderBy(asc(qmsDocumentRevisions.createdAt));
}

export async function insertDocument(executor: Executor, row: typeof qmsDocuments.$inferInsert): Promise<string> {
  const [inserted] = await executor.insert(qmsDocuments).values(row).returning({ id: qmsDocuments.id });
  return inserted!.id;
}

export async function updateDocument(
  executor: Executor,
  id: string,
  changes: Partial<typeof qmsDocuments.$inferInsert> & { version: number },
): Promise<void> {
  await executor.update(qmsDocuments).set(changes).where(eq(qmsDocuments.id, id));
}

export async function insertRevision(
  executor: Executor,
  row: typeof qmsDocumentRevisions.$inferInsert,
): Promise<string> {
  const [inserted] = await executor.insert(qmsDocumentRevisions).values(row).returning({ id: qmsDocumentRevisions.id });
  return inserted!.id;
}

export async function updateRevision(
  executor: Executor,
  id: string,
  changes: Partial<typeof qmsDocumentRevisions.$inferInsert>,
): Promise<void> {
  await executor.update(qmsDocumentRevisions).set(changes).where(eq(qmsDocumentRevisions.id, id));
}

export async function activeNonApplicable(executor: Executor, participationId: string): Promise<NonApplicableRow[]> {
  return executor
    .select()
    .from(qmsNonApplicable)
    .where(and(eq(qmsNonApplicable.participationId, participationId), isNull(qmsNonApplicable.withdrawnAt)))
    .orderBy(asc(qmsNonApplicable.clause));
}

export async function insertNonApplicable(
  executor: Executor,
  row: typeof qmsNonApplicable.$inferInsert,
): Promise<string> {
  const [inserted] = await executor.insert(qmsNonApplicable).values(row).returning({ id: qmsNonApplicable.id });
  return inserted!.id;
}

/** Withdraws an active non-applicability of the participation; false when there is none with that id. */
export async function withdrawNonApplicable(
  executor: Executor,
  participationId: string,
  id: string,
  by: string,
  at: Date,
): Promise<NonApplicableRow | undefined> {
  const [row] = await executor
    .update(qmsNonApplicable)
    .set({ withdrawnAt: at, withdrawnBy: by })
    .where(
      and(
        eq(qmsNonApplicable.id, id),
        eq(qmsNonApplicable.participationId, participationId),
        isNull(qmsNonApplicable.withdrawnAt),
      ),
    )
    .returning();
  return row;
}

export async function fileNames(executor: Executor, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .select({ id: files.id, fileName: files.fileName })
    .from(files)
    .where(inArray(files.id, unique));
  return new Map(rows.map((r) => [r.id, r.fileName]));
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
