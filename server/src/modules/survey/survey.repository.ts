/** All SQL of the survey: its templates, the current record and its revisions (the offline merge base). */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { surveyRevisions, surveys, surveyTemplates } from './survey.table.js';

export type SurveyRow = typeof surveys.$inferSelect;

/** The latest stored adaptation of a template, if any. */
export async function latestTemplateRow(executor: Executor, id: string) {
  const [row] = await executor
    .select()
    .from(surveyTemplates)
    .where(eq(surveyTemplates.id, id))
    .orderBy(desc(surveyTemplates.version))
    .limit(1);
  return row;
}

export async function templateRow(executor: Executor, id: string, version: number) {
  const [row] = await executor
    .select()
    .from(surveyTemplates)
    .where(and(eq(surveyTemplates.id, id), eq(surveyTemplates.version, version)));
  return row;
}

export async function findSurvey(
  executor: Executor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<SurveyRow | undefined> {
  const query = executor.select().from(surveys).where(eq(surveys.participationId, participationId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findRevision(executor: Executor, participationId: string, revision: number) {
  const [row] = await executor
    .select()
    .from(surveyRevisions)
    .where(and(eq(surveyRevisions.participationId, participationId), eq(surveyRevisions.revision, revision)));
  return row;
}

/** A save: the record (inserted the first time) and its revision. */
export async function writeSurvey(
  executor: Executor,
  participationId: string,
  values: Omit<typeof surveys.$inferInsert, 'participationId'> & { revision: number },
  exists: boolean,
): Promise<void> {
  if (exists) await executor.update(surveys).set(values).where(eq(surveys.participationId, participationId));
  else await executor.insert(surveys).values({ participationId, ...values });
  await executor.insert(surveyRevisions).values({
    participationId,
    revision: values.revision,
    content: values.content,
    savedBy: values.updatedBy ?? null,
    savedAt: values.updatedAt,
  });
}

export async function markSurveyCompleted(executor: Executor, participationId: string, now: Date): Promise<void> {
  await executor
    .update(surveys)
    .set({ status: 'completed', completedAt: now })
    .where(eq(surveys.participationId, participationId));
}
