/** All SQL of the files module: the file rows (the bytes live in the file store, ADR 0022). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { participations } from '../participations/participations.table.js';
import { files } from './files.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';

export type FileRow = typeof files.$inferSelect;

/** The participation's id when the actor sees it. */
export async function participationInScope(executor: Executor, actor: Actor, participationId: string) {
  const [row] = await executor
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.id, participationId), participationScope(actor)));
  return row;
}

export async function insertFile(executor: Executor, values: typeof files.$inferInsert): Promise<FileRow> {
  const [inserted] = await executor.insert(files).values(values).returning();
  return inserted!;
}

export async function anyFileWithDigest(executor: Executor, sha256: string): Promise<boolean> {
  const rows = await executor.select({ id: files.id }).from(files).where(eq(files.sha256, sha256)).limit(1);
  return rows.length > 0;
}

/** A file whose participation the actor sees. */
export async function findFileInScope(executor: Executor, actor: Actor, id: string): Promise<FileRow | undefined> {
  const [row] = await executor
    .select({ f: files })
    .from(files)
    .innerJoin(participations, eq(participations.id, files.participationId))
    .where(and(eq(files.id, id), participationScope(actor)));
  return row?.f;
}

/** A participation's file of one purpose (e.g. the signed B.1 scan), or undefined. */
export async function findParticipationFile(
  executor: Executor,
  id: string,
  participationId: string,
  purpose: string,
): Promise<FileRow | undefined> {
  const [row] = await executor
    .select()
    .from(files)
    .where(and(eq(files.id, id), eq(files.participationId, participationId), eq(files.purpose, purpose)));
  return row;
}
