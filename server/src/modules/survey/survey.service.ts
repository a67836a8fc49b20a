/**
 * 现场调研 (003 §6.5, Annex A): the assigned expert or their body records it; the
 * enterprise and the region's bureaus read it. Every save is a revision; a draft kept offline comes
 * back with the revision it started from and is merged per sub-item (domain mergeSurveyDrafts):
 * what changed on both sides differently keeps the server's value and is returned as a conflict.
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { ANNEX_A_TEMPLATE, type SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import {
  emptySurvey,
  mergeSurveyDrafts,
  surveyProblems,
  surveyProgress,
  type Survey,
} from '../../../../domain/survey/survey.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import type { SurveyView } from '../../../../contracts/survey.js';
import {
  findRevision,
  findSurvey,
  latestTemplateRow,
  markSurveyCompleted,
  templateRow,
  writeSurvey,
} from './survey.repository.js';
import { assertMayRecordSurvey, assistanceAccess, mayRecordSurvey } from './survey.policy.js';

/** The participation in scope and the side the actor takes on it: the diagnosis and the plan ask the same. */
export { assertMayRecordSurvey, assistanceAccess } from './survey.policy.js';

/** The template for new surveys: the latest stored adaptation of Annex A, else the built-in one. */
export async function currentTemplate(executor: Executor): Promise<SurveyTemplate> {
  const row = await latestTemplateRow(executor, ANNEX_A_TEMPLATE.id);
  return row && row.version > ANNEX_A_TEMPLATE.version ? row.content : ANNEX_A_TEMPLATE;
}

export async function templateOf(executor: Executor, id: string, version: number): Promise<SurveyTemplate> {
  if (id === ANNEX_A_TEMPLATE.id && version === ANNEX_A_TEMPLATE.version) return ANNEX_A_TEMPLATE;
  const row = await templateRow(executor, id, version);
  if (!row) throw new AppError('SURVEY_TEMPLATE_MISMATCH', { field: 'survey.templateId', detail: `${id}@${version}` });
  return row.content;
}

/** The template a participation's survey follows (the current one before the first save): for its plan too. */
export async function templateForParticipation(executor: Executor, participationId: string): Promise<SurveyTemplate> {
  const stored = await findSurvey(executor, participationId);
  return stored ? templateOf(executor, stored.templateId, stored.templateVersion) : currentTemplate(executor);
}

/** The completed survey with its template (what the diagnosis report is built from), or its status. */
export async function completedSurvey(
  executor: Executor,
  participationId: string,
): Promise<{ ok: true; survey: Survey; template: SurveyTemplate } | { ok: false; status: string }> {
  const stored = await findSurvey(executor, participationId);
  if (stored?.status !== 'completed') return { ok: false, status: stored?.status ?? 'none' };
  return {
    ok: true,
    survey: stored.content,
    template: await templateOf(executor, stored.templateId, stored.templateVersion),
  };
}

function localized(problems: ReturnType<typeof surveyProblems>, locale: Locale) {
  return problems.map((p) => ({
    field: p.field,
    code: p.code,
    message: localMessage(p.code, locale, { field: p.field, detail: p.detail }),
  }));
}

export async function getSurvey(
  executor: Executor,
  actor: Actor,
  participationId: string,
  locale: Locale,
): Promise<SurveyView> {
  const { row, assists } = await assistanceAccess(executor, actor, participationId);
  const stored = await findSurvey(executor, participationId);
  const template = stored
    ? await templateOf(executor, stored.templateId, stored.templateVersion)
    : await currentTemplate(executor);
  const survey = stored?.content ?? emptySurvey(template);
  return {
    template,
    survey,
    status: (stored?.status ?? 'none') as SurveyView['status'],
    revision: stored?.revision ?? 0,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
    progress: surveyProgress(template, survey),
    openProblems: localized(surveyProblems(template, survey, { forCompletion: true }), locale),
    editable: mayRecordSurvey(row.p.stage, assists),
  };
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
    assertMayRecordSurvey(row.p.stage, assists);
    const stored = await findSurvey(tx, participationId, { forUpdate: true });
    const revision = stored?.revision ?? 0;
    if (input.baseRevision > revision) throw new AppError('VERSION_CONFLICT');
    let content = input.survey;
    let found: ReturnType<typeof mergeSurveyDrafts>['conflicts'] = [];
    if (stored && input.baseRevision < revision) {
      // the draft started from an older revision (offline): merge rather than overwrite
      const base = input.baseRevision > 0 ? await findRevision(tx, participationId, input.baseRevision) : undefined;
      const merged = mergeSurveyDrafts(base?.content ?? null, stored.content, input.survey);
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
    await writeSurvey(
      tx,
      participationId,
      {
        templateId: content.templateId,
        templateVersion: content.templateVersion,
        status: 'draft',
        content,
        revision: next,
        updatedBy: actor.userId,
        updatedAt: now,
        completedAt: null,
      },
      Boolean(stored),
    );
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
    assertMayRecordSurvey(row.p.stage, assists);
    const stored = await findSurvey(tx, participationId, { forUpdate: true });
    if (!stored || stored.revision !== revision) throw new AppError('VERSION_CONFLICT');
    const template = await templateOf(tx, stored.templateId, stored.templateVersion);
    const [problem] = surveyProblems(template, stored.content, { forCompletion: true });
    if (problem) throw new AppError(problem.code, { field: `survey.${problem.field}`, detail: problem.detail });
    await markSurveyCompleted(tx, participationId, now);
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
