/**
 * Acceptance evaluation (seed 003 §6.9, Annex C): the bureau forms the panel (§6.9.1–6.9.3) with the impartiality
 * register checked for every member; each rater fills the C.1 table independently from the accepted plan's
 * indicators (§6.9.5); the leader's sign-off locks the aggregated total and grade (Table 2) and runs the stage
 * command `evaluate` in the same transaction; a signed-off evaluation changes only through a reopening with a reason.
 */
import type { EvaluationView, FormPanelRequest, SaveSheetRequest } from '../../../../contracts/evaluation.js';
import type { AcceptedIndicators } from '../../../../contracts/plans.js';
import {
  AGGREGATIONS,
  DEFAULT_BANDS,
  ITEM_RULES,
  aggregate,
  bandsProblem,
  evaluate,
  gradeOf,
  itemDifferences,
  type Aggregation,
  type C1Input,
  type GradeBand,
  type ItemRule,
} from '../../../../domain/evaluation/annex-c.js';
import { EVALUATION_ITEMS, type EvaluationItem } from '../../../../domain/evaluation/grade.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { checkImpartiality, recordFindings } from '../impartiality/impartiality.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import {
  appointEvaluators,
  recordEvaluationResult,
  transitionInTransaction,
} from '../participations/participations.service.js';
import { acceptedIndicators } from '../plans/plans.service.js';
import {
  displayNames,
  evaluationExperts,
  evaluatorPool,
  insertPanel,
  membersOf,
  panelOf,
  peopleOfOrganization,
  replaceMembers,
  sheetsOf,
  updatePanel,
  upsertSheet,
  type PanelRow,
  type SheetRow,
} from './evaluation.repository.js';
import type { SheetValue } from './evaluation.table.js';
import { assertLeader, assertMayFormPanel, assertMayScore, mayFormPanel, mayScore } from './evaluation.policy.js';

const isItem = (k: string): k is EvaluationItem => (EVALUATION_ITEMS as ReadonlyArray<string>).includes(k);
const aggregationOf = (v: string): Aggregation => AGGREGATIONS.find((a) => a === v) ?? 'mean';
const itemRuleOf = (v: string): ItemRule => ITEM_RULES.find((a) => a === v) ?? 'all';

/** A sheet's C.1 inputs: one row per indicator of the accepted plan, with the rater's after value if any. */
function c1Inputs(indicators: AcceptedIndicators['indicators'], values: ReadonlyArray<SheetValue>): C1Input[] {
  return indicators
    .filter((i) => isItem(i.itemKey))
    .map((i) => ({
      item: i.itemKey as EvaluationItem,
      name: i.name,
      direction: i.direction,
      before: i.baseline,
      target: i.target,
      after: values.find((v) => v.indicatorKey === i.key)?.after ?? null,
    }));
}

function scoreSheet(panel: PanelRow, indicators: AcceptedIndicators['indicators'], values: ReadonlyArray<SheetValue>) {
  return evaluate(c1Inputs(indicators, values), { bands: panel.bands, rule: itemRuleOf(panel.itemRule) });
}

function aggregatedResult(
  panel: PanelRow,
  indicators: AcceptedIndicators['indicators'],
  sheets: ReadonlyArray<SheetRow>,
) {
  if (sheets.length === 0) return null;
  const totals = sheets.map((s) => scoreSheet(panel, indicators, s.values).total);
  const total = aggregate(totals, aggregationOf(panel.aggregation));
  return { total, grade: gradeOf(total, panel.bands), raters: sheets.length };
}

export async function listEvaluatorPool(executor: Executor) {
  return { items: await evaluatorPool(executor) };
}

export async function getEvaluation(
  executor: Executor,
  actor: Actor,
  participationId: string,
): Promise<EvaluationView> {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const { indicators } = await acceptedIndicators(executor, actor, participationId);
  const panel = await panelOf(executor, participationId);
  const members = panel ? await membersOf(executor, panel.id) : [];
  const sheets = panel ? await sheetsOf(executor, panel.id) : [];
  const enteredBy = sheets.flatMap((s) => s.values.map((v) => v.enteredBy));
  const names = await displayNames(executor, [
    ...members,
    ...enteredBy,
    ...(panel?.signedOffBy ? [panel.signedOffBy] : []),
  ]);
  const scored = sheets.map((s) => {
    const e = panel ? scoreSheet(panel, indicators, s.values) : null;
    const rows = indicators
      .filter((i) => isItem(i.itemKey))
      .map((i, n) => {
        const v = s.values.find((x) => x.indicatorKey === i.key);
        const r = e!.rows[n]!;
        return {
          indicatorKey: i.key,
          item: r.item,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          before: i.baseline,
          target: i.target,
          after: r.after,
          met: r.met,
          improved: r.improved,
          evidence: v?.evidence ?? '',
          fileId: v?.fileId ?? null,
          enteredByName: v ? (names.get(v.enteredBy) ?? null) : null,
          enteredAt: v?.enteredAt ?? null,
        };
      });
    return {
      raterUserId: s.raterUserId,
      raterName: names.get(s.raterUserId) ?? '',
      rows,
      items: e!.items,
      total: e!.total,
      grade: e!.grade,
      effective: e!.effective,
    };
  });
  const stage = row.p.stage;
  return {
    participationId,
    stage,
    indicators: indicators
      .filter((i) => isItem(i.itemKey))
      .map((i) => ({
        indicatorKey: i.key,
        item: i.itemKey as EvaluationItem,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        before: i.baseline,
        target: i.target,
      })),
    panel: panel
      ? {
          id: panel.id,
          version: panel.version,
          status: panel.status === 'signed_off' ? 'signed_off' : 'open',
          leaderUserId: panel.leaderUserId,
          members: members
            .map((userId) => ({
              userId,
              name: names.get(userId) ?? '',
              leader: userId === panel.leaderUserId,
              scored: sheets.some((s) => s.raterUserId === userId),
            }))
            .sort((a, b) => Number(b.leader) - Number(a.leader)),
          documentReview: panel.documentReview,
          onsiteReview: panel.onsiteReview,
          startsOn: panel.startsOn,
          endsOn: panel.endsOn,
          aggregation: aggregationOf(panel.aggregation),
          itemRule: itemRuleOf(panel.itemRule),
          bands: panel.bands,
          signedOffByName: panel.signedOffBy ? (names.get(panel.signedOffBy) ?? null) : null,
          signedOffAt: panel.signedOffAt?.toISOString() ?? null,
          reopenReason: panel.reopenReason,
        }
      : null,
    sheets: scored,
    differences: itemDifferences(scored.map((s) => ({ rater: s.raterUserId, items: s.items }))),
    result:
      panel?.status === 'signed_off' && panel.total !== null && panel.grade
        ? { total: panel.total, grade: gradeOf(panel.total, panel.bands), raters: sheets.length }
        : panel
          ? aggregatedResult(panel, indicators, sheets)
          : null,
    you: {
      mayScore: mayScore(actor, stage, panel, members),
      maySignOff: !!panel && panel.leaderUserId === actor.userId && mayScore(actor, stage, panel, members),
      mayReopen:
        !!panel && panel.status === 'signed_off' && panel.leaderUserId === actor.userId && stage === 'evaluated',
      mayFormPanel: mayFormPanel(actor, stage, panel, sheets.length),
      raterUserId: members.includes(actor.userId) ? actor.userId : null,
    },
  };
}

/** A member refused by impartiality, with the person (for the report after the rollback). */
class MemberRefusal extends AppError {
  constructor(
    code: 'EVALUATOR_IMPARTIALITY_CONFLICT' | 'EVALUATOR_OF_ASSISTING_BODY',
    readonly userId: string,
    params: { field: string; detail: string },
  ) {
    super(code, params);
  }
}

/** The view and the names the Word table C.1 carries. */
export async function evaluationForDocument(executor: Executor, actor: Actor, participationId: string) {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const view = await getEvaluation(executor, actor, participationId);
  return { view, meta: { enterpriseName: row.enterpriseName, campaignName: row.campaignName } };
}

/** 003 §6.9.2 and seed 000 §三: each member is an evaluation expert, never one who assisted the enterprise nor one of its assisting body. */
async function checkMembers(
  tx: Executor,
  row: NonNullable<Awaited<ReturnType<typeof findParticipation>>>,
  leaderUserId: string,
  people: ReadonlyArray<string>,
  today: string,
): Promise<void> {
  const field = (id: string) => (id === leaderUserId ? 'leaderUserId' : 'memberUserIds');
  const experts = new Set(await evaluationExperts(tx, people));
  const stranger = people.find((id) => !experts.has(id));
  if (stranger) throw new AppError('EVALUATOR_NOT_EXPERT', { field: field(stranger), detail: stranger });
  const conflicts = await checkImpartiality(tx, { enterpriseId: row.p.enterpriseId, userIds: people, onDate: today });
  const conflict = conflicts[0];
  if (conflict)
    throw new MemberRefusal('EVALUATOR_IMPARTIALITY_CONFLICT', conflict.userId, {
      field: field(conflict.userId),
      detail: `${conflict.fromOn}–${conflict.toOn ?? ''}`,
    });
  const ofBody = await peopleOfOrganization(tx, row.p.certificationBodyId, people);
  if (ofBody[0])
    throw new MemberRefusal('EVALUATOR_OF_ASSISTING_BODY', ofBody[0], {
      field: field(ofBody[0]),
      detail: row.bodyName ?? '',
    });
}

export async function formPanel(ctx: AppContext, actor: Actor, participationId: string, body: FormPanelRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const bands: GradeBand[] = body.bands ?? [...DEFAULT_BANDS];
  const people = [...new Set([body.leaderUserId, ...body.memberUserIds])];
  try {
    await db.transaction(async (tx) => {
      const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
      assertFound(row, 'participation');
      if (body.endsOn < body.startsOn) throw new AppError('DATE_ORDER', { field: 'endsOn' });
      // 003 §6.9.3: 文件评审 and/or 现场评审
      if (!body.documentReview && !body.onsiteReview)
        throw new AppError('VALIDATION_FAILED', { field: 'body.documentReview', detail: '文件评审/现场评审' });
      const problem = bandsProblem(bands);
      if (problem) throw new AppError(problem.code, { field: `body.${problem.field}`, detail: problem.detail });
      const panel = await panelOf(tx, participationId, { forUpdate: true });
      const sheets = panel ? (await sheetsOf(tx, panel.id)).length : 0;
      assertMayFormPanel(actor, row.p.stage, panel, sheets);
      await checkMembers(tx, row, body.leaderUserId, people, today);
      const values = {
        leaderUserId: body.leaderUserId,
        documentReview: body.documentReview,
        onsiteReview: body.onsiteReview,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        aggregation: body.aggregation,
        itemRule: body.itemRule,
        bands,
      };
      let panelId: string;
      if (panel) {
        panelId = panel.id;
        await updatePanel(tx, panel.id, { ...values, version: panel.version + 1 });
      } else {
        panelId = await insertPanel(tx, { ...values, participationId, createdBy: actor.userId });
      }
      await replaceMembers(tx, panelId, people);
      // the members see the participation (participation scope reads the appointments)
      await appointEvaluators(tx, participationId, people);
      await appendAudit(tx, now, {
        actor: actorRef(actor),
        action: 'evaluation.form_panel',
        objectType: 'participation',
        objectId: participationId,
        outcome: 'success',
        before: panel ?? null,
        after: { ...values, members: people },
      });
    });
  } catch (error) {
    await recordPanelRefusal(ctx, actor, participationId, now, error);
    throw error;
  }
  return getEvaluation(db, actor, participationId);
}

/** A refused member goes to the trail and, for a register conflict, to the impartiality report (ADR 0013), after the rollback. */
async function recordPanelRefusal(ctx: AppContext, actor: Actor, participationId: string, now: Date, error: unknown) {
  if (!(error instanceof MemberRefusal)) return;
  const { db } = ctx.database;
  const row = await findParticipation(db, actor, participationId);
  if (!row) return;
  await appendAudit(db, now, {
    actor: actorRef(actor),
    action: 'evaluation.form_panel',
    objectType: 'participation',
    objectId: participationId,
    outcome: 'denied',
    detail: { code: error.code, field: error.params.field ?? null, userId: error.userId },
  });
  const userId = error.userId;
  if (error.code === 'EVALUATOR_IMPARTIALITY_CONFLICT')
    await recordFindings(db, {
      kind: 'refused',
      rules: ['COOLING_OFF'],
      participation: row.p,
      userId,
      actorUserId: actor.userId,
      occurredAt: now,
      detail: { command: 'evaluation_panel', as: error.params.field ?? null },
    });
}

export async function saveSheet(ctx: AppContext, actor: Actor, participationId: string, body: SaveSheetRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    const found = await panelOf(tx, participationId, { forUpdate: true });
    const members = found ? await membersOf(tx, found.id) : [];
    const panel = assertMayScore(actor, row.p.stage, found, members);
    const { indicators } = await acceptedIndicators(tx, actor, participationId);
    const keys = new Set(indicators.map((i) => i.key));
    const seen = new Set<string>();
    const values: SheetValue[] = body.values.map((v, i) => {
      if (!keys.has(v.indicatorKey) || seen.has(v.indicatorKey))
        throw new AppError('VALIDATION_FAILED', { field: `body.values.${i}.indicatorKey`, detail: v.indicatorKey });
      seen.add(v.indicatorKey);
      // a score cannot exist without its evidence (Annex C: 提升后 from records, 003 §6.9.3)
      if (v.after !== null && !v.evidence)
        throw new AppError('EVALUATION_EVIDENCE_REQUIRED', { field: `body.values.${i}.evidence` });
      return {
        indicatorKey: v.indicatorKey,
        after: v.after,
        evidence: v.evidence,
        fileId: v.fileId ?? null,
        enteredBy: actor.userId,
        enteredAt: now.toISOString(),
      };
    });
    const scored = scoreSheet(panel, indicators, values);
    await upsertSheet(tx, {
      panelId: panel.id,
      raterUserId: actor.userId,
      values,
      total: scored.total,
      updatedAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.save_sheet',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      after: { values, total: scored.total },
    });
  });
  return getEvaluation(db, actor, participationId);
}

export async function signOff(ctx: AppContext, actor: Actor, participationId: string, version: number) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    const panel = assertLeader(actor, await panelOf(tx, participationId, { forUpdate: true }));
    if (panel.version !== version) throw new AppError('VERSION_CONFLICT');
    if (panel.status !== 'open') throw new AppError('EVALUATION_LOCKED');
    if (row.p.stage !== 'reviewed' && row.p.stage !== 'evaluated')
      throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: row.p.stage });
    const members = await membersOf(tx, panel.id);
    const sheets = await sheetsOf(tx, panel.id);
    const missing = members.filter((m) => !sheets.some((s) => s.raterUserId === m));
    if (missing.length > 0) {
      const names = await displayNames(tx, missing);
      throw new AppError('EVALUATION_SHEETS_MISSING', { detail: missing.map((m) => names.get(m) ?? m).join('、') });
    }
    const { indicators } = await acceptedIndicators(tx, actor, participationId);
    const result = aggregatedResult(panel, indicators, sheets)!;
    await updatePanel(tx, panel.id, {
      status: 'signed_off',
      total: result.total,
      grade: result.grade,
      signedOffBy: actor.userId,
      signedOffAt: now,
      version: panel.version + 1,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.sign_off',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: panel,
      after: { total: result.total, grade: result.grade, aggregation: panel.aggregation, raters: sheets.length },
    });
    // 003 §6.9: the stage 已评价 is reached through this signed-off evaluation, in the same transaction
    if (row.p.stage === 'reviewed')
      await transitionInTransaction(tx, actor, participationId, { command: 'evaluate', version: row.p.version }, now);
    else await recordEvaluationResult(tx, participationId, result, now);
  });
  return getEvaluation(db, actor, participationId);
}

export async function reopen(ctx: AppContext, actor: Actor, participationId: string, version: number, reason: string) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    const panel = assertLeader(actor, await panelOf(tx, participationId, { forUpdate: true }));
    if (panel.version !== version) throw new AppError('VERSION_CONFLICT');
    if (panel.status !== 'signed_off') throw new AppError('EVALUATION_NOT_SIGNED_OFF', { field: 'evaluation' });
    // once certified or closed, the result others relied on stays as signed off
    if (row.p.stage !== 'evaluated') throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: row.p.stage });
    await updatePanel(tx, panel.id, { status: 'open', reopenReason: reason, version: panel.version + 1 });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.reopen',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: panel,
      after: { status: 'open', reason },
      detail: { reason },
    });
  });
  return getEvaluation(db, actor, participationId);
}
