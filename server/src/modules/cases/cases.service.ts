/**
 * Excellent cases (seed 003 §6.10, Annex D; seed 002 step 10(2), Annex 1): the assistance side writes the case of an
 * evaluated enterprise (a draft is kept whatever its length; submission needs Annex D met), the bureaus of the region
 * hierarchy return, accept, recommend upward and publish it (domain/cases/case-flow.ts), and published cases form the
 * library. Every write is one transaction with its audit entry.
 */
import type { CaseView, ParticipationCase, SaveCaseRequest } from '../../../../contracts/cases.js';
import type { CaseCheckRequest, CaseCheckResponse } from '../../../../contracts/rules.js';
import { roleHasPermission } from '../../../../domain/access/permissions.js';
import {
  allowedCommands,
  caseStep,
  reviewChain,
  CASE_STATUSES,
  type Acting,
  type CaseCommand,
  type CaseState,
  type CaseStatus,
} from '../../../../domain/cases/case-flow.js';
import { isFigureMime, numberedFigures, type CaseFigure } from '../../../../domain/cases/case-figures.js';
import { checkCase, problemParams, type CaseProblem } from '../../../../domain/cases/case-text.js';
import { BODY_CASES_MAX, BODY_CASES_MIN, DISTRICT_CASES_MIN, checkTargets } from '../../../../domain/cases/targets.js';
import type { ErrorCode, Locale } from '../../../../domain/errors/codes.js';
import { GRADES } from '../../../../domain/evaluation/annex-c.js';
import { isStage, mainPathIndex } from '../../../../domain/lifecycle/stages.js';
import { regionLevel } from '../../../../domain/regions/region-code.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { actorRef } from '../auth/auth.service.js';
import { getEvaluation } from '../evaluation/evaluation.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import {
  bureauRegions,
  caseById,
  caseOfParticipation,
  casesAt,
  insertCase,
  insertStep,
  library,
  participationFiles,
  regionNames,
  stepsOf,
  summaryOf,
  targetCounts,
  updateCase,
  type CaseRow,
  type CaseSummaryRow,
  type LibraryFilters,
} from './cases.repository.js';

const gradeOf = (g: string | null) => GRADES.find((x) => x === g) ?? null;
const statusOf = (s: string): CaseStatus => CASE_STATUSES.find((x) => x === s) ?? 'draft';
const stateOf = (c: CaseRow): CaseState => ({
  status: statusOf(c.status),
  atRegionCode: c.atRegionCode,
  acceptedRegionCode: c.acceptedRegionCode,
  published: c.published,
  publishedRegionCode: c.publishedRegionCode,
});

/** 003 §6.10.1: cases follow the evaluation (根据认证提升成效评价结果): evaluated, certified or closed. */
export function caseStageOpen(stage: string): boolean {
  return isStage(stage) && mainPathIndex(stage) >= mainPathIndex('evaluated');
}

const problemDetail = (p: CaseProblem): string => problemParams(p).detail;

/** The rule endpoint (contracts/rules.ts caseCheck): Annex D's count, shares and problems, worded in the caller's language. */
export function caseCheck(input: CaseCheckRequest, locale: Locale): CaseCheckResponse {
  const c = checkCase(input);
  return {
    characters: c.characters,
    limit: c.limit,
    parts: c.parts,
    problems: c.problems.map((p) => ({
      code: p.code,
      field: p.field,
      blocking: p.blocking,
      message: localMessage(p.code as ErrorCode, locale, { field: p.field, detail: problemDetail(p) }),
    })),
    submittable: c.submittable,
  };
}

function acting(actor: Actor): Acting | null {
  if (actor.role === 'bureau_officer' && actor.regionCode) return { kind: 'bureau', regionCode: actor.regionCode };
  if (roleHasPermission(actor.role, 'case:write')) return { kind: 'writer' };
  return null;
}

async function chainOf(executor: Executor, regionCode: string): Promise<string[]> {
  return reviewChain(regionCode, await bureauRegions(executor));
}

/** Who may see a case: published ones everyone with the library; others the participation's scope (not a bureau's drafts). */
async function visible(executor: Executor, actor: Actor, c: CaseRow): Promise<boolean> {
  if (c.published) return true;
  if (!roleHasPermission(actor.role, 'case:read')) return false;
  if (actor.role === 'bureau_officer' && c.status === 'draft') return false;
  return !!(await findParticipation(executor, actor, c.participationId));
}

async function buildView(executor: Executor, actor: Actor, c: CaseRow, summary: CaseSummaryRow): Promise<CaseView> {
  const chain = await chainOf(executor, summary.regionCode);
  const names = await regionNames(executor, chain);
  const steps = await stepsOf(executor, c.id);
  const who = acting(actor);
  const inScope = !!(await findParticipation(executor, actor, c.participationId));
  const commands =
    who && inScope && (who.kind === 'bureau' || caseStageOpen(summary.stage))
      ? allowedCommands(stateOf(c), who, chain)
      : [];
  const check = caseCheck({ title: c.title, parts: c.parts, draftingUnits: c.draftingUnits }, 'zh-CN');
  return {
    id: c.id,
    participationId: c.participationId,
    version: c.version,
    title: c.title,
    parts: c.parts,
    draftingUnits: c.draftingUnits,
    figures: numberedFigures(c.figures ?? [])
      .sort((a, b) => a.index - b.index)
      .map(({ fileId, part, caption, number }) => ({ fileId, part, caption, number })),
    enterpriseName: summary.enterpriseName,
    bodyName: summary.bodyName,
    regionCode: summary.regionCode,
    regionName: summary.regionName,
    industryCode: summary.industryCode,
    year: summary.year,
    grade: gradeOf(summary.grade),
    status: statusOf(c.status),
    atRegionName: summary.atRegionName,
    acceptedLevel: c.acceptedRegionCode ? regionLevel(c.acceptedRegionCode) : null,
    published: c.published,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    returnReason: c.status === 'returned' ? c.returnReason : null,
    check,
    chain: chain.map((code) => ({ regionCode: code, regionName: names.get(code) ?? code, level: regionLevel(code) })),
    history: steps.map((s) => ({
      command: s.command as CaseCommand,
      actorName: s.actorName,
      regionName: s.regionName,
      reason: s.reason,
      at: s.occurredAt.toISOString(),
    })),
    you: { commands: commands.filter((k) => k !== 'save' || who?.kind === 'writer') },
  };
}

function summaryAnswer(s: CaseSummaryRow) {
  return {
    id: s.c.id,
    participationId: s.c.participationId,
    title: s.c.title,
    enterpriseName: s.enterpriseName,
    regionCode: s.regionCode,
    regionName: s.regionName,
    industryCode: s.industryCode,
    year: s.year,
    grade: gradeOf(s.grade),
    status: statusOf(s.c.status),
    atRegionName: s.atRegionName,
    acceptedLevel: s.c.acceptedRegionCode ? regionLevel(s.c.acceptedRegionCode) : null,
    published: s.c.published,
    publishedAt: s.c.publishedAt?.toISOString() ?? null,
    characters: s.c.characters,
    updatedAt: s.c.updatedAt.toISOString(),
  };
}

export async function getCase(executor: Executor, actor: Actor, id: string): Promise<CaseView> {
  const c = await caseById(executor, id);
  if (!c || !(await visible(executor, actor, c))) throw new AppError('NOT_FOUND', { field: 'case' });
  const summary = await summaryOf(executor, id);
  assertFound(summary, 'case');
  return buildView(executor, actor, c, summary);
}

/** The participation's case (or none), with the signed-off evaluation's figures offered to the editor (Annex D.2 d). */
export async function getParticipationCase(
  executor: Executor,
  actor: Actor,
  participationId: string,
): Promise<ParticipationCase> {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const c = await caseOfParticipation(executor, participationId);
  const open = caseStageOpen(row.p.stage);
  let evaluation: ParticipationCase['evaluation'] = null;
  if (open && roleHasPermission(actor.role, 'evaluation:read')) {
    const view = await getEvaluation(executor, actor, participationId);
    const sheet = view.sheets.find((s) => s.raterUserId === view.panel?.leaderUserId) ?? view.sheets[0] ?? null;
    if (view.result && sheet)
      evaluation = {
        total: view.result.total,
        grade: view.result.grade,
        figures: sheet.rows.map((r) => ({
          name: r.name,
          unit: r.unit,
          before: r.before,
          target: r.target,
          after: r.after,
          met: r.met,
        })),
      };
  }
  const showCase = c && (await visible(executor, actor, c));
  const summary = showCase ? await summaryOf(executor, c.id) : undefined;
  const editable = !c || c.status === 'draft' || c.status === 'returned';
  return {
    participationId,
    enterpriseName: row.enterpriseName,
    bodyName: row.bodyName,
    stage: row.p.stage,
    mayWrite: open && roleHasPermission(actor.role, 'case:write') && editable,
    evaluation,
    case: showCase && summary ? await buildView(executor, actor, c, summary) : null,
  };
}

/** Create or edit the draft: any length is kept (Annex D's limit is checked on submission). */
export async function saveCase(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  body: SaveCaseRequest,
): Promise<CaseView> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const id = await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    if (!caseStageOpen(row.p.stage)) throw new AppError('CASE_STAGE', { field: 'stage', detail: row.p.stage });
    const existing = await caseOfParticipation(tx, participationId, { forUpdate: true });
    if ((existing?.version ?? 0) !== body.version) throw new AppError('VERSION_CONFLICT');
    const chain = await chainOf(tx, row.p.regionCode);
    const step = caseStep(existing ? stateOf(existing) : stateOfNew(), 'save', { kind: 'writer' }, chain);
    if (!step.ok) throw refusal(step.code, existing ? statusOf(existing.status) : 'draft', '');
    await assertFigureFiles(tx, participationId, body.figures);
    const characters = checkCase(body).characters;
    const values = {
      title: body.title,
      parts: body.parts,
      draftingUnits: body.draftingUnits,
      figures: body.figures,
      characters,
      updatedAt: now,
    };
    let caseId: string;
    if (existing) {
      caseId = existing.id;
      await updateCase(tx, existing.id, { ...values, version: existing.version + 1 });
    } else {
      caseId = await insertCase(tx, {
        ...values,
        participationId,
        status: 'draft',
        createdBy: actor.userId,
      });
    }
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'case.save',
      objectType: 'case',
      objectId: caseId,
      outcome: 'success',
      before: existing ?? null,
      after: { ...values, participationId },
    });
    return caseId;
  });
  return getCase(db, actor, id);
}

/**
 * Each figure is a file of this participation (else 404, as for another participation's record) and a JPEG or PNG
 * by content, which the Word document embeds (003 Annex D.2 images and charts). A survey photo of the enterprise
 * may serve as well as an upload made for the case (the seeds are silent; both are the participation's own).
 */
async function assertFigureFiles(
  executor: Executor,
  participationId: string,
  figures: ReadonlyArray<CaseFigure>,
): Promise<void> {
  const found = new Map(
    (
      await participationFiles(
        executor,
        participationId,
        figures.map((f) => f.fileId),
      )
    ).map((f) => [f.id, f]),
  );
  figures.forEach((f, i) => {
    const file = found.get(f.fileId);
    const field = `figures.${i}.fileId`;
    if (!file) throw new AppError('NOT_FOUND', { field, detail: f.fileId });
    if (!isFigureMime(file.mime)) throw new AppError('CASE_FIGURE_TYPE', { field, detail: file.fileName });
  });
}

const stateOfNew = (): CaseState => ({
  status: 'draft',
  atRegionCode: null,
  acceptedRegionCode: null,
  published: false,
  publishedRegionCode: null,
});

function refusal(code: string, status: CaseStatus, atRegionName: string): AppError {
  switch (code) {
    case 'CASE_NOT_AT_YOUR_LEVEL':
      return new AppError('CASE_NOT_AT_YOUR_LEVEL', { detail: atRegionName });
    case 'CASE_TOP_LEVEL':
      return new AppError('CASE_TOP_LEVEL', { detail: atRegionName });
    case 'CASE_ALREADY_PUBLISHED':
      return new AppError('CASE_ALREADY_PUBLISHED');
    case 'CASE_NOT_PUBLISHED':
      return new AppError('CASE_NOT_PUBLISHED', { field: 'case' });
    case 'CASE_NOT_YOUR_PUBLICATION':
      return new AppError('CASE_NOT_YOUR_PUBLICATION', { field: 'case', detail: atRegionName });
    case 'CASE_NO_REVIEWER':
      return new AppError('CASE_NO_REVIEWER', { detail: atRegionName });
    case 'FORBIDDEN':
      return new AppError('FORBIDDEN');
    default:
      return new AppError('CASE_STATE', { detail: `case_${status}` });
  }
}

/** The trail's action of each command (domain/audit lists them). */
const CASE_AUDIT_ACTIONS: Record<Exclude<CaseCommand, 'save'>, AuditAction> = {
  submit: 'case.submit',
  return: 'case.return',
  accept: 'case.accept',
  recommend: 'case.recommend',
  publish: 'case.publish',
  withdraw: 'case.withdraw',
};

/** One command on a case by its writers or a bureau: scope (404 outside), version, the flow rule, the step and the trail. */
async function command(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  cmd: Exclude<CaseCommand, 'save'>,
  input: { version: number; reason?: string },
): Promise<CaseView> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const c = await caseById(tx, caseId, { forUpdate: true });
    if (!c || !(await visible(tx, actor, c))) throw new AppError('NOT_FOUND', { field: 'case' });
    const row = await findParticipation(tx, actor, c.participationId, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', { field: 'case' });
    const who = acting(actor);
    if (!who) throw new AppError('FORBIDDEN');
    if (who.kind === 'writer' && !caseStageOpen(row.p.stage))
      throw new AppError('CASE_STAGE', { field: 'stage', detail: row.p.stage });
    if (c.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const chain = await chainOf(tx, row.p.regionCode);
    const names = await regionNames(tx, [
      ...chain,
      row.p.regionCode,
      ...(c.publishedRegionCode ? [c.publishedRegionCode] : []),
    ]);
    const before = stateOf(c);
    const step = caseStep(before, cmd, who, chain);
    if (!step.ok)
      throw refusal(
        step.code,
        before.status,
        step.code === 'CASE_NO_REVIEWER'
          ? (names.get(row.p.regionCode) ?? '')
          : step.code === 'CASE_NOT_YOUR_PUBLICATION'
            ? (names.get(c.publishedRegionCode ?? '') ?? '')
            : (names.get(c.atRegionCode ?? '') ?? ''),
      );
    if (cmd === 'submit') {
      // 003 Annex D: a draft over 2,000 characters is kept, never submitted
      const check = checkCase({ title: c.title, parts: c.parts, draftingUnits: c.draftingUnits });
      const blocking = check.problems.find((p) => p.blocking);
      if (blocking?.code === 'CASE_TOO_LONG')
        throw new AppError('CASE_TOO_LONG', { field: 'parts', detail: problemDetail(blocking) });
      if (blocking) throw new AppError(blocking.code, { field: blocking.field, detail: problemDetail(blocking) });
    }
    const next = step.state;
    await updateCase(tx, c.id, {
      status: next.status,
      atRegionCode: next.atRegionCode,
      acceptedRegionCode: next.acceptedRegionCode,
      published: next.published,
      publishedRegionCode: next.publishedRegionCode,
      ...(cmd === 'publish' ? { publishedAt: now } : {}),
      ...(cmd === 'withdraw' ? { publishedAt: null } : {}),
      ...(cmd === 'return' ? { returnReason: input.reason ?? null } : {}),
      updatedAt: now,
      version: c.version + 1,
    });
    await insertStep(tx, {
      caseId: c.id,
      command: cmd,
      // where the step happened: the bureau that acted, or the bureau the writers submitted to
      regionCode: who.kind === 'bureau' ? who.regionCode : next.atRegionCode,
      reason: input.reason ?? null,
      actorUserId: actor.userId,
      occurredAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: CASE_AUDIT_ACTIONS[cmd],
      objectType: 'case',
      objectId: c.id,
      outcome: 'success',
      before,
      after: next,
      ...(input.reason ? { detail: { reason: input.reason } } : {}),
    });
  });
  return getCase(db, actor, caseId);
}

export const submitCase = (ctx: AppContext, actor: Actor, id: string, version: number) =>
  command(ctx, actor, id, 'submit', { version });
export const returnCase = (ctx: AppContext, actor: Actor, id: string, version: number, reason: string) =>
  command(ctx, actor, id, 'return', { version, reason });
export const acceptCase = (ctx: AppContext, actor: Actor, id: string, version: number) =>
  command(ctx, actor, id, 'accept', { version });
export const recommendCase = (ctx: AppContext, actor: Actor, id: string, version: number) =>
  command(ctx, actor, id, 'recommend', { version });
export const publishCase = (ctx: AppContext, actor: Actor, id: string, version: number) =>
  command(ctx, actor, id, 'publish', { version });
/** 撤回发布: the publishing bureau takes the case out of the library, with the reason (in its history and the trail). */
export const withdrawCase = (ctx: AppContext, actor: Actor, id: string, version: number, reason: string) =>
  command(ctx, actor, id, 'withdraw', { version, reason });

/** The bureau's queue: what is with it (to review, to select, accepted here), each with what it may do now. */
export async function reviewQueue(executor: Executor, actor: Actor) {
  if (!actor.regionCode) return { items: [] };
  const rows = await casesAt(executor, actor.regionCode);
  const bureaus = await bureauRegions(executor);
  const who = acting(actor);
  return {
    items: rows.map((r) => ({
      ...summaryAnswer(r),
      commands: who ? allowedCommands(stateOf(r.c), who, reviewChain(r.regionCode, bureaus)) : [],
    })),
  };
}

export async function searchLibrary(executor: Executor, query: LibraryFilters) {
  const { items, total } = await library(executor, query);
  return { items: items.map(summaryAnswer), total, page: query.page, pageSize: query.pageSize };
}

/** 000 §(四) and 001 §五(一) in the bureau's jurisdiction. */
export async function caseTargets(executor: Executor, actor: Actor) {
  const counts = actor.regionCode ? await targetCounts(executor, actor.regionCode) : { bodies: [], districts: [] };
  const check = checkTargets({
    bodies: counts.bodies.map((b) => ({ key: b.bodyId, cases: b.cases })),
    districts: counts.districts.map((d) => ({ key: d.regionCode, cases: d.cases })),
  });
  return {
    bodies: counts.bodies.map((b, i) => ({ ...b, status: check.bodies[i]!.status })),
    districts: counts.districts.map((d, i) => ({ ...d, status: check.districts[i]!.status })),
    met: check.met,
    rule: { bodyMin: BODY_CASES_MIN, bodyMax: BODY_CASES_MAX, districtMin: DISTRICT_CASES_MIN },
  };
}

/** A figure's image for the Word document: the stored bytes and their sniffed type. */
export interface FigureImage {
  bytes: Buffer;
  mime: string;
}

/** The case for its Word document, with its figures' images; the download is written to the trail as data access. */
export async function caseForDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ view: CaseView; images: Map<string, FigureImage> }> {
  const { db } = ctx.database;
  const view = await getCase(db, actor, id);
  const rows = await participationFiles(
    db,
    view.participationId,
    view.figures.map((f) => f.fileId),
  );
  const images = new Map<string, FigureImage>();
  for (const r of rows)
    if (isFigureMime(r.mime)) images.set(r.id, { bytes: await ctx.files.get(r.sha256), mime: r.mime });
  return { view, images };
}

/**
 * One figure of a case (图N) for whoever may read the case (`getCase`: a published case for every library reader, others
 * within the participation's scope), so a reader of the library sees the images the Word document holds.
 */
export async function caseFigure(ctx: AppContext, actor: Actor, id: string, number: number): Promise<FigureImage> {
  const { db } = ctx.database;
  const view = await getCase(db, actor, id);
  const figure = view.figures.find((f) => f.number === number);
  if (!figure) throw new AppError('NOT_FOUND', { field: 'caseFigure' });
  const [row] = await participationFiles(db, view.participationId, [figure.fileId]);
  if (!row || !isFigureMime(row.mime)) throw new AppError('NOT_FOUND', { field: 'caseFigure' });
  return { bytes: await ctx.files.get(row.sha256), mime: row.mime };
}
