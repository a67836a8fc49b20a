/**
 * 现场调研 (003 §6.5, Annex A): the assigned expert or their body records it; the
 * enterprise and the region's bureaus read it. Every save is a revision; a draft kept offline comes
 * back with the revision it started from and is merged per sub-item (domain mergeSurveyDrafts):
 * what changed on both sides differently keeps the server's value and is returned as a conflict.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { participationExperts } from '../participations/participations.table.js';
import { surveyRevisions, surveys, surveyTemplates } from './survey.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { ANNEX_A_TEMPLATE, type SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import {
  emptySurvey,
  mergeSurveyDrafts,
  surveyProblems,
  surveyProgress,
  type Survey,
} from '../../../../domain/survey/survey.js';
import { errorMessage, type Locale } from '../../../../domain/errors/codes.js';
import type { SurveyContentBody } from './survey.schemas.js';

/** The template for new surveys: the latest stored adaptation of Annex A, else the built-in one. */
export async function currentTemplate(executor: Executor): Promise<SurveyTemplate> {
  const [row] = await executor
    .select()
    .from(surveyTemplates)
    .where(eq(surveyTemplates.id, ANNEX_A_TEMPLATE.id))
    .orderBy(desc(surveyTemplates.version))
    .limit(1);
  return row && row.version > ANNEX_A_TEMPLATE.version ? (row.content as unknown as SurveyTemplate) : ANNEX_A_TEMPLATE;
}

export async function templateOf(executor: Executor, id: string, version: number): Promise<SurveyTemplate> {
  if (id === ANNEX_A_TEMPLATE.id && version === ANNEX_A_TEMPLATE.version) return ANNEX_A_TEMPLATE;
  const [row] = await executor
    .select()
    .from(surveyTemplates)
    .where(and(eq(surveyTemplates.id, id), eq(surveyTemplates.version, version)));
  if (!row) throw new AppError('SURVEY_TEMPLATE_MISMATCH', { field: 'survey.templateId', detail: `${id}@${version}` });
  return row.content as unknown as SurveyTemplate;
}

/**
 * The participation if the actor sees it, and whether they may write its survey and plan: the
 * body's managers, or an expert assisting it now (one whose assistance ended no longer sees it:
 * participationScope).
 */
export async function assistanceAccess(
  executor: Executor,
  actor: Actor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findParticipation(executor, actor, participationId, options);
  assertFound(row, 'participation');
  let assists = actor.role === 'cb_admin' || actor.role === 'cb_manager';
  if (actor.role === 'assistance_expert') {
    const [open] = await executor
      .select({ id: participationExperts.expertUserId })
      .from(participationExperts)
      .where(
        and(
          eq(participationExperts.participationId, participationId),
          eq(participationExperts.expertUserId, actor.userId),
          isNull(participationExperts.toOn),
        ),
      );
    assists = Boolean(open);
  }
  return { row, assists };
}

function localized(problems: ReturnType<typeof surveyProblems>, locale: Locale) {
  return problems.map((p) => ({
    field: p.field,
    code: p.code,
    message: errorMessage(p.code, locale, { field: p.field, detail: p.detail }),
  }));
}

export async function getSurvey(executor: Executor, actor: Actor, participationId: string, locale: Locale) {
  const { row, assists } = await assistanceAccess(executor, actor, participationId);
  const [stored] = await executor.select().from(surveys).where(eq(surveys.participationId, participationId));
  const template = stored
    ? await templateOf(executor, stored.templateId, stored.templateVersion)
    : await currentTemplate(executor);
  const survey = (stored?.content as unknown as Survey | undefined) ?? emptySurvey(template);
  return {
    template: template as unknown as Record<string, unknown>,
    survey: survey as unknown as SurveyContentBody,
    status: (stored?.status ?? 'none') as 'none' | 'draft' | 'completed',
    revision: stored?.revision ?? 0,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
    progress: surveyProgress(template, survey),
    openProblems: localized(surveyProblems(template, survey, { forCompletion: true }), locale),
    editable: assists && row.p.stage === 'assigned',
  };
}

function assertWritable(stage: string, assists: boolean): void {
  if (!assists) throw new AppError('FORBIDDEN');
  if (stage !== 'assigned') throw new AppError('SURVEY_LOCKED', { detail: stage });
}

export async function saveSurvey(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: { baseRevision: number; survey: Survey },
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const conflicts = await db.transaction(async (tx) => {
    const { row, assists } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertWritable(row.p.stage, assists);
    const [stored] = await tx.select().from(surveys).where(eq(surveys.participationId, participationId)).for('update');
    const revision = stored?.revision ?? 0;
    if (input.baseRevision > revision) throw new AppError('VERSION_CONFLICT');
    let content = input.survey;
    let found: ReturnType<typeof mergeSurveyDrafts>['conflicts'] = [];
    if (stored && input.baseRevision < revision) {
      // the draft started from an older revision (offline): merge rather than overwrite
      const [base] =
        input.baseRevision > 0
          ? await tx
              .select()
              .from(surveyRevisions)
              .where(
                and(
                  eq(surveyRevisions.participationId, participationId),
                  eq(surveyRevisions.revision, input.baseRevision),
                ),
              )
          : [];
      const merged = mergeSurveyDrafts(
        (base?.content as unknown as Survey | undefined) ?? null,
        stored.content as unknown as Survey,
        input.survey,
      );
      content = merged.merged;
      found = merged.conflicts;
    }
    const template = await templateOf(tx, content.templateId, content.templateVersion);
    if (stored && (stored.templateId !== content.templateId || stored.templateVersion !== content.templateVersion)) {
      throw new AppError('SURVEY_TEMPLATE_MISMATCH', {
        field: 'survey.templateId',
        detail: `${content.templateId}@${content.templateVersion}`,
      });
    }
    const [problem] = surveyProblems(template, content, { forCompletion: false });
    if (problem) throw new AppError(problem.code, { field: `survey.${problem.field}`, detail: problem.detail });
    const next = revision + 1;
    const values = {
      templateId: content.templateId,
      templateVersion: content.templateVersion,
      status: 'draft',
      content: content as unknown as Record<string, unknown>,
      revision: next,
      updatedBy: actor.userId,
      updatedAt: now,
      completedAt: null,
    };
    if (stored) await tx.update(surveys).set(values).where(eq(surveys.participationId, participationId));
    else await tx.insert(surveys).values({ participationId, ...values });
    await tx
      .insert(surveyRevisions)
      .values({ participationId, revision: next, content: values.content, savedBy: actor.userId, savedAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'survey.save',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: { revision: next, baseRevision: input.baseRevision, conflicts: found.map((c) => c.path) },
    });
    return found;
  });
  return { ...(await getSurvey(db, actor, participationId, locale)), conflicts };
}

export async function completeSurvey(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  revision: number,
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const { row, assists } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertWritable(row.p.stage, assists);
    const [stored] = await tx.select().from(surveys).where(eq(surveys.participationId, participationId)).for('update');
    if (!stored || stored.revision !== revision) throw new AppError('VERSION_CONFLICT');
    const template = await templateOf(tx, stored.templateId, stored.templateVersion);
    const [problem] = surveyProblems(template, stored.content as unknown as Survey, { forCompletion: true });
    if (problem) throw new AppError(problem.code, { field: `survey.${problem.field}`, detail: problem.detail });
    await tx
      .update(surveys)
      .set({ status: 'completed', completedAt: now })
      .where(eq(surveys.participationId, participationId));
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'survey.complete',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: { revision },
    });
  });
  return getSurvey(db, actor, participationId, locale);
}
