/**
 * Acceptance evaluation (seed 003 §6.9, Annex C): the bureau forms the panel (§6.9.1–6.9.3) with the impartiality
 * register checked for every member; each rater fills the C.1 table independently from the accepted plan's
 * indicators (§6.9.5); the leader's sign-off locks the aggregated total and grade (Table 2) and runs the stage
 * command `evaluate` in the same transaction; a signed-off evaluation changes only through a reopening with a reason.
 */
import type {
  EvaluationView,
  FormBatchPanelRequest,
  FormPanelRequest,
  Qualification,
  SaveActionPlanRequest,
  SaveSheetRequest,
  SaveSummaryRequest,
} from '../../../../contracts/evaluation.js';
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import {
  actionPlanOpen,
  actionPlanProblem,
  actionPlanRequired,
  selfAssessmentOpen,
  summaryMissing,
  type SummarySection,
} from '../../../../domain/evaluation/enterprise-side.js';
import {
  EVALUATOR_KINDS,
  batchDecision,
  memberQualificationRule,
  panelCompositionProblem,
  qualificationProblem,
  type EvaluatorKind,
  type MemberRule,
} from '../../../../domain/evaluation/pool.js';
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
import { campaignBands } from '../../../../domain/campaigns/grade-bands.js';
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
  actionPlanOf,
  campaignGradeBands,
  displayNames,
  evaluationExpertRegions,
  evaluationExperts,
  evaluatorPool,
  insertPanel,
  qualificationsOf,
  selfAssessmentOf,
  summaryOf,
  upsertActionPlan,
  upsertQualification,
  upsertSelfAssessment,
  upsertSummary,
  type QualificationRow,
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

/**
 * A C.1 table scored by the panel's rules: the bands the panel recorded when it was formed (a later change of the
 * campaign's bands never regrades it); the self-evaluation before any panel: the campaign's bands and the default rule.
 */
function scoreSheet(
  panel: PanelRow | undefined,
  indicators: AcceptedIndicators['indicators'],
  values: ReadonlyArray<SheetValue>,
  campaign: ReadonlyArray<GradeBand> = DEFAULT_BANDS,
) {
  return evaluate(c1Inputs(indicators, values), {
    bands: panel?.bands ?? [...campaign],
    rule: itemRuleOf(panel?.itemRule ?? 'all'),
  });
}

/** The stored summary's text per section of SUMMARY_SECTIONS (a section never written is empty). */
function sectionsOf(stored: Readonly<Record<string, string>>): Record<SummarySection, string> {
  return {
    profile: stored.profile ?? '',
    implementation: stored.implementation ?? '',
    results: stored.results ?? '',
    problems: stored.problems ?? '',
    next_steps: stored.next_steps ?? '',
  };
}

const gradeOfPanel = (panel: PanelRow) => (panel.total === null ? null : gradeOf(panel.total, panel.bands));

/** 001 §四(三): the summary is written in the 总结评估 phase, from the operation of the system until closing. */
const SUMMARY_STAGES: ReadonlySet<string> = new Set(['operating', 'reviewed', 'evaluated', 'certified']);
/** 003 §6.9.7: the enterprise makes and carries out the plan; its assisting body follows it (认证机构应重点指导). */
const ACTION_PLAN_ROLES: ReadonlySet<string> = new Set([
  'enterprise_contact',
  'cb_admin',
  'cb_manager',
  'assistance_expert',
]);

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

const kindOf = (v: string): EvaluatorKind => EVALUATOR_KINDS.find((k) => k === v) ?? 'auditor';

function qualificationOut(q: QualificationRow): Qualification {
  return {
    kind: kindOf(q.kind),
    certificateNumber: q.certificateNumber,
    issuingBody: q.issuingBody,
    validFrom: q.validFrom,
    validUntil: q.validUntil,
    recommendedBy: q.recommendedBy,
    industries: q.industries,
    regionCode: q.regionCode,
  };
}

/** A bureau records the qualification of the experts whose organization lies in its jurisdiction (分级管理). */
const mayRecordIn = (actor: Actor, regionCode: string | null) =>
  actor.role === 'bureau_officer' && !!regionCode && jurisdictionHolds(actor.regionCode, regionCode);

export async function listEvaluatorPool(executor: Executor, actor: Actor) {
  const rows = await evaluatorPool(executor);
  return {
    items: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      organizationName: r.organizationName,
      qualification: r.qualification ? qualificationOut(r.qualification) : null,
      mayRecord: mayRecordIn(actor, r.organizationRegionCode),
    })),
  };
}

/** 003 §6.9.2: the bureau records a 评审员's certification or an industry expert's recommendation. */
export async function recordQualification(ctx: AppContext, actor: Actor, userId: string, body: Qualification) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const regions = await evaluationExpertRegions(tx, userId);
    // an expert outside the bureau's jurisdiction (or no evaluation expert at all) does not exist for it
    if (!regions.some((r) => mayRecordIn(actor, r))) throw new AppError('NOT_FOUND', { field: 'expert' });
    const problem = qualificationProblem(body);
    if (problem) throw new AppError(problem.code, { field: `body.${problem.field}` });
    const before = (await qualificationsOf(tx, [userId])).get(userId) ?? null;
    const values = {
      ...body,
      // the fields of the other kind are not kept
      ...(body.kind === 'auditor'
        ? { recommendedBy: null, industries: [], regionCode: null }
        : { certificateNumber: null, issuingBody: null, validFrom: null, validUntil: null }),
    };
    await upsertQualification(tx, { userId, ...values, recordedBy: actor.userId, recordedAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.record_qualification',
      objectType: 'user',
      objectId: userId,
      outcome: 'success',
      before,
      after: values,
    });
  });
  return listEvaluatorPool(db, actor);
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
  const self = await selfAssessmentOf(executor, participationId);
  const summary = await summaryOf(executor, participationId);
  const plan = await actionPlanOf(executor, participationId);
  const ownBands = await campaignGradeBands(executor, row.p.campaignId);
  const forCampaign = campaignBands(ownBands);
  const enteredBy = [...sheets, ...(self ? [self] : [])].flatMap((s) => s.values.map((v) => v.enteredBy));
  const names = await displayNames(executor, [
    ...members,
    ...enteredBy,
    ...(panel?.signedOffBy ? [panel.signedOffBy] : []),
    ...[self?.updatedBy, summary?.updatedBy, plan?.updatedBy].filter((x): x is string => !!x),
  ]);
  const sheetRows = (values: ReadonlyArray<SheetValue>, e: ReturnType<typeof scoreSheet>) =>
    indicators
      .filter((i) => isItem(i.itemKey))
      .map((i, n) => {
        const v = values.find((x) => x.indicatorKey === i.key);
        const r = e.rows[n]!;
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
  const scored = sheets.map((s) => {
    const e = panel ? scoreSheet(panel, indicators, s.values) : null;
    const rows = sheetRows(s.values, e!);
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
    bandsInForce: panel ? panel.bands : forCampaign,
    bandsSource: panel ? 'panel' : ownBands ? 'campaign' : 'table2',
    selfAssessment: self
      ? (() => {
          const e = scoreSheet(panel, indicators, self.values, forCampaign);
          return {
            rows: sheetRows(self.values, e),
            items: e.items,
            total: e.total,
            grade: e.grade,
            updatedByName: names.get(self.updatedBy) ?? '',
            updatedAt: self.updatedAt.toISOString(),
          };
        })()
      : null,
    summary: summary
      ? {
          sections: sectionsOf(summary.sections),
          missing: summaryMissing(summary.sections),
          updatedByName: names.get(summary.updatedBy) ?? '',
          updatedAt: summary.updatedAt.toISOString(),
        }
      : null,
    actionPlan: plan
      ? {
          items: plan.items,
          updatedByName: names.get(plan.updatedBy) ?? '',
          updatedAt: plan.updatedAt.toISOString(),
        }
      : null,
    actionPlanRequired: panel?.status === 'signed_off' && actionPlanRequired(gradeOfPanel(panel)),
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
      maySelfAssess:
        actor.role === 'enterprise_contact' &&
        selfAssessmentOpen({ stage, panelSheets: sheets.length, panelSignedOff: panel?.status === 'signed_off' }),
      mayEditSummary: actor.role === 'enterprise_contact' && SUMMARY_STAGES.has(stage),
      mayEditActionPlan: ACTION_PLAN_ROLES.has(actor.role) && actionPlanOpen(stage),
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

/** Chinese-first names of the rules a member is refused by (shown in the refusal's detail). */
const MEMBER_RULE_LABEL: Record<MemberRule, string> = {
  no_qualification: '未登记评审员资格或行业专家推荐',
  certificate_not_valid: '评审员资格证书在评价期间无效',
  not_recommended: '行业专家未经推荐',
};

/**
 * 003 §6.9.2: each person is an evaluation expert qualified on the panel's dates (a 评审员 with a certificate valid
 * from the first day to the last, or a recommended 行业专家), and the panel holds at least one 评审员.
 */
async function checkQualified(
  tx: Executor,
  leaderUserId: string,
  people: ReadonlyArray<string>,
  dates: { startsOn: string; endsOn: string },
): Promise<void> {
  const field = (id: string) => (id === leaderUserId ? 'leaderUserId' : 'memberUserIds');
  const experts = new Set(await evaluationExperts(tx, people));
  const stranger = people.find((id) => !experts.has(id));
  if (stranger) throw new AppError('EVALUATOR_NOT_EXPERT', { field: field(stranger), detail: stranger });
  const qualifications = await qualificationsOf(tx, people);
  for (const id of people) {
    const q = qualifications.get(id);
    const rule = memberQualificationRule(q ? qualificationOut(q) : null, dates);
    if (rule) {
      const names = await displayNames(tx, [id]);
      throw new AppError('EVALUATOR_NOT_QUALIFIED', {
        field: field(id),
        detail: `${names.get(id) ?? id}：${MEMBER_RULE_LABEL[rule]}`,
      });
    }
  }
  const problem = panelCompositionProblem(people.map((id) => kindOf(qualifications.get(id)!.kind)));
  if (problem) throw new AppError(problem.code, { field: problem.field });
}

interface Refusal {
  code: 'EVALUATOR_IMPARTIALITY_CONFLICT' | 'EVALUATOR_OF_ASSISTING_BODY';
  userId: string;
  field: string;
  detail: string;
}

/** Seed 000 §三: nobody who assisted the enterprise (the register, cooling-off included) nor one of its assisting body. */
async function impartialityRefusals(
  tx: Executor,
  row: NonNullable<Awaited<ReturnType<typeof findParticipation>>>,
  leaderUserId: string,
  people: ReadonlyArray<string>,
  today: string,
): Promise<Refusal[]> {
  const field = (id: string) => (id === leaderUserId ? 'leaderUserId' : 'memberUserIds');
  const conflicts = await checkImpartiality(tx, { enterpriseId: row.p.enterpriseId, userIds: people, onDate: today });
  const refusals: Refusal[] = conflicts.map((c) => ({
    code: 'EVALUATOR_IMPARTIALITY_CONFLICT',
    userId: c.userId,
    field: field(c.userId),
    detail: `${c.fromOn}–${c.toOn ?? ''}`,
  }));
  for (const id of await peopleOfOrganization(tx, row.p.certificationBodyId, people))
    if (!refusals.some((r) => r.userId === id))
      refusals.push({ code: 'EVALUATOR_OF_ASSISTING_BODY', userId: id, field: field(id), detail: row.bodyName ?? '' });
  return refusals;
}

/** What every panel needs whatever the enterprise: the dates, a method, valid bands. */
function checkPanelSettings(body: FormPanelRequest, bands: GradeBand[]): void {
  if (body.endsOn < body.startsOn) throw new AppError('DATE_ORDER', { field: 'endsOn' });
  // 003 §6.9.3: 文件评审 and/or 现场评审
  if (!body.documentReview && !body.onsiteReview)
    throw new AppError('VALIDATION_FAILED', { field: 'body.documentReview', detail: '文件评审/现场评审' });
  const problem = bandsProblem(bands);
  if (problem) throw new AppError(problem.code, { field: `body.${problem.field}`, detail: problem.detail });
}

/** Writes one enterprise's panel (new, or changed before any sheet), its members and appointments, and the entry. */
async function writePanel(
  tx: Executor,
  actor: Actor,
  participationId: string,
  panel: PanelRow | undefined,
  body: FormPanelRequest,
  bands: GradeBand[],
  people: ReadonlyArray<string>,
  now: Date,
  batch?: ReadonlyArray<string>,
): Promise<void> {
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
    action: batch ? 'evaluation.form_batch_panel' : 'evaluation.form_panel',
    objectType: 'participation',
    objectId: participationId,
    outcome: 'success',
    before: panel ?? null,
    after: { ...values, members: people },
    ...(batch ? { detail: { batch } } : {}),
  });
}

export async function formPanel(ctx: AppContext, actor: Actor, participationId: string, body: FormPanelRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const people = [...new Set([body.leaderUserId, ...body.memberUserIds])];
  try {
    await db.transaction(async (tx) => {
      const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
      assertFound(row, 'participation');
      // 003 Table 2 可视实际情况调整: the campaign's bands unless the bureau sets the panel's; the panel keeps them
      const bands: GradeBand[] = body.bands ?? campaignBands(await campaignGradeBands(tx, row.p.campaignId));
      checkPanelSettings(body, bands);
      const panel = await panelOf(tx, participationId, { forUpdate: true });
      const sheets = panel ? (await sheetsOf(tx, panel.id)).length : 0;
      assertMayFormPanel(actor, row.p.stage, panel, sheets);
      await checkQualified(tx, body.leaderUserId, people, body);
      const refusal = (await impartialityRefusals(tx, row, body.leaderUserId, people, today))[0];
      if (refusal)
        throw new MemberRefusal(refusal.code, refusal.userId, { field: refusal.field, detail: refusal.detail });
      await writePanel(tx, actor, participationId, panel, body, bands, people, now);
    });
  } catch (error) {
    if (error instanceof MemberRefusal)
      await recordRefusal(ctx, actor, participationId, now, {
        code: error.code === 'EVALUATOR_IMPARTIALITY_CONFLICT' ? error.code : 'EVALUATOR_OF_ASSISTING_BODY',
        userId: error.userId,
        field: error.params.field ?? '',
        detail: '',
      });
    throw error;
  }
  return getEvaluation(db, actor, participationId);
}

/**
 * One panel for several enterprises (003 §6.9.1): the same members, method, dates and rules; the impartiality
 * register is checked per enterprise, and the answer names each enterprise and member refused. All or nothing,
 * unless the bureau chose to skip the refused enterprises (domain/evaluation/pool batchDecision).
 */
export async function formBatchPanel(ctx: AppContext, actor: Actor, body: FormBatchPanelRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const people = [...new Set([body.leaderUserId, ...body.memberUserIds])];
  const ids = [...new Set(body.participationIds)];
  type Entry = { participationId: string; enterpriseName: string; refusals: Refusal[] };
  let entries: Entry[] = [];
  let names = new Map<string, string>();
  const outcome = await db
    .transaction(async (tx) => {
      if (body.bands) checkPanelSettings(body, body.bands);
      else checkPanelSettings(body, [...DEFAULT_BANDS]);
      await checkQualified(tx, body.leaderUserId, people, body);
      const found: Array<{ entry: Entry; panel: PanelRow | undefined; bands: GradeBand[] }> = [];
      for (const id of ids) {
        const row = await findParticipation(tx, actor, id, { forUpdate: true });
        assertFound(row, 'participation');
        const panel = await panelOf(tx, id, { forUpdate: true });
        const sheets = panel ? (await sheetsOf(tx, panel.id)).length : 0;
        assertMayFormPanel(actor, row.p.stage, panel, sheets);
        const refusals = await impartialityRefusals(tx, row, body.leaderUserId, people, today);
        // each enterprise's panel starts from its own campaign's bands (Table 2 可视实际情况调整) unless set here
        const bands = body.bands ?? campaignBands(await campaignGradeBands(tx, row.p.campaignId));
        found.push({ entry: { participationId: id, enterpriseName: row.enterpriseName, refusals }, panel, bands });
      }
      entries = found.map((f) => f.entry);
      names = await displayNames(tx, people);
      const decision = batchDecision(entries, body.skipRefused);
      if (decision.refused) throw new BatchRefusal();
      for (const { entry, panel, bands } of found)
        if (decision.form.includes(entry.participationId))
          await writePanel(tx, actor, entry.participationId, panel, body, bands, people, now, decision.form);
      return decision;
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof BatchRefusal)) throw error;
      // the refusals go to the trail and the impartiality report after the rollback (ADR 0013)
      for (const e of entries) for (const r of e.refusals) await recordRefusal(ctx, actor, e.participationId, now, r);
      const detail = entries
        .filter((e) => e.refusals.length > 0)
        .map(
          (e) =>
            `${e.enterpriseName}：${e.refusals.map((r) => `${names.get(r.userId) ?? r.userId}（${REFUSAL_RULE_LABEL[r.code]}）`).join('、')}`,
        )
        .join('；');
      throw new AppError('BATCH_PANEL_REFUSED', { field: 'participationIds', detail });
    });
  // skipped enterprises still name their refusals, so the bureau sees why
  for (const id of outcome.skip) {
    const e = entries.find((x) => x.participationId === id)!;
    for (const r of e.refusals) await recordRefusal(ctx, actor, id, now, r);
  }
  return {
    items: entries.map((e) => ({
      participationId: e.participationId,
      enterpriseName: e.enterpriseName,
      outcome: outcome.form.includes(e.participationId) ? ('formed' as const) : ('skipped' as const),
      refusals: e.refusals.map((r) => ({
        userId: r.userId,
        name: names.get(r.userId) ?? '',
        rule: REFUSAL_RULE_LABEL[r.code],
      })),
    })),
  };
}

class BatchRefusal extends Error {}

const REFUSAL_RULE_LABEL: Record<Refusal['code'], string> = {
  EVALUATOR_IMPARTIALITY_CONFLICT: '曾帮扶该企业（含冷却期）',
  EVALUATOR_OF_ASSISTING_BODY: '属于帮扶该企业的认证机构',
};

/** A refused member goes to the trail and, for a register conflict, to the impartiality report (ADR 0013), after the rollback. */
async function recordRefusal(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  now: Date,
  refusal: Pick<Refusal, 'code' | 'userId' | 'field'> & { detail?: string },
) {
  const { db } = ctx.database;
  const row = await findParticipation(db, actor, participationId);
  if (!row) return;
  await appendAudit(db, now, {
    actor: actorRef(actor),
    action: 'evaluation.form_panel',
    objectType: 'participation',
    objectId: participationId,
    outcome: 'denied',
    detail: { code: refusal.code, field: refusal.field || null, userId: refusal.userId },
  });
  if (refusal.code === 'EVALUATOR_IMPARTIALITY_CONFLICT')
    await recordFindings(db, {
      kind: 'refused',
      rules: ['COOLING_OFF'],
      participation: row.p,
      userId: refusal.userId,
      actorUserId: actor.userId,
      occurredAt: now,
      detail: { command: 'evaluation_panel', as: refusal.field || null },
    });
}

/** A C.1 table's after values, each indicator of the accepted plan once, a value always with its evidence. */
function sheetValues(
  body: SaveSheetRequest,
  indicators: AcceptedIndicators['indicators'],
  actor: Actor,
  now: Date,
): SheetValue[] {
  const keys = new Set(indicators.map((i) => i.key));
  const seen = new Set<string>();
  return body.values.map((v, i) => {
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
}

/** Annex C.2: the enterprise's own C.1 table, before the panel's first sheet; shown beside theirs, never counted. */
export async function saveSelfAssessment(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  body: SaveSheetRequest,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    const panel = await panelOf(tx, participationId, { forUpdate: true });
    const sheets = panel ? (await sheetsOf(tx, panel.id)).length : 0;
    if (
      !selfAssessmentOpen({ stage: row.p.stage, panelSheets: sheets, panelSignedOff: panel?.status === 'signed_off' })
    )
      throw new AppError('SELF_ASSESSMENT_CLOSED', { field: 'selfAssessment' });
    const { indicators } = await acceptedIndicators(tx, actor, participationId);
    const values = sheetValues(body, indicators, actor, now);
    const ownBands = campaignBands(await campaignGradeBands(tx, row.p.campaignId));
    const scored = scoreSheet(panel, indicators, values, ownBands);
    await upsertSelfAssessment(tx, {
      participationId,
      values,
      total: scored.total,
      updatedBy: actor.userId,
      updatedAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.save_self_assessment',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      after: { values, total: scored.total },
    });
  });
  return getEvaluation(db, actor, participationId);
}

/** 001 §四(三): the enterprise's 《企业实施情况及成效总结》, by section, saved by its contact. */
export async function saveSummary(ctx: AppContext, actor: Actor, participationId: string, body: SaveSummaryRequest) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    if (!SUMMARY_STAGES.has(row.p.stage))
      throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: row.p.stage });
    const before = await summaryOf(tx, participationId);
    const sections = sectionsOf(body.sections);
    await upsertSummary(tx, { participationId, sections, updatedBy: actor.userId, updatedAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.save_summary',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: before?.sections ?? null,
      after: sections,
    });
  });
  return getEvaluation(db, actor, participationId);
}

/**
 * 003 §6.9.7: after the evaluation the enterprise makes its improvement and innovation action plan (mandatory for
 * 不合格: the close guard reads it); its assisting body follows it (done, the day, the follow-up note).
 */
export async function saveActionPlan(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  body: SaveActionPlanRequest,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    if (!actionPlanOpen(row.p.stage)) throw new AppError('EVALUATION_STAGE', { field: 'stage', detail: row.p.stage });
    const problem = actionPlanProblem(body.items, today);
    if (problem) throw new AppError(problem.code, { field: `body.${problem.field}` });
    const before = await actionPlanOf(tx, participationId);
    await upsertActionPlan(tx, { participationId, items: body.items, updatedBy: actor.userId, updatedAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'evaluation.save_action_plan',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      before: before?.items ?? null,
      after: body.items,
    });
  });
  return getEvaluation(db, actor, participationId);
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
    const values = sheetValues(body, indicators, actor, now);
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
