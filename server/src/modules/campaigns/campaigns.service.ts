/**
 * The campaigns' use cases (003 §6.3; 001 §四): read the campaigns a caller sees; a bureau plans its own region's
 * campaign or a child of a higher bureau's, records the kick-off (003 §6.4) and selects certification bodies
 * against 003 §5.2. Only the issuing bureau changes a campaign; concurrent edits meet a version check.
 */
import type {
  CampaignDetail,
  CampaignList,
  CampaignListQuery,
  CreateCampaignRequest,
  KickOffRequest,
  SelectBodyRequest,
  UpdateCampaignRequest,
} from '../../../../contracts/campaigns.js';
import { newCampaignPlan, type ParentPlan } from '../../../../domain/campaigns/campaign-plan.js';
import { campaignProblems, type PhaseInput } from '../../../../domain/campaigns/campaign-rules.js';
import { childPhaseProblems } from '../../../../domain/campaigns/child-phases.js';
import { campaignBandsProblem } from '../../../../domain/campaigns/grade-bands.js';
import { unmetBodyCriteria } from '../../../../domain/intake/body-criteria.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { assertMayChange, planningRegionOf } from './campaigns.policy.js';
import {
  insertCampaign,
  insertKickOff,
  organizationKind,
  replacePhases,
  selectCampaignDetail,
  selectCampaignRegion,
  selectCampaignRow,
  selectCampaigns,
  selectPhases,
  selectVisibleCampaignRow,
  signedOffEvaluations,
  updateCampaignRow,
  upsertCampaignBody,
  visibleCampaignOrThrow,
} from './campaigns.repository.js';

export async function listCampaigns(ctx: AppContext, actor: Actor, query: CampaignListQuery): Promise<CampaignList> {
  const result = await selectCampaigns(ctx.database.db, actor, query);
  return { ...result, page: query.page, pageSize: query.pageSize };
}

export async function getCampaign(ctx: AppContext, actor: Actor, id: string): Promise<CampaignDetail> {
  const { db } = ctx.database;
  const campaign = await selectCampaignDetail(db, actor, id);
  assertFound(campaign, 'campaign');
  const full = await selectCampaignRow(db, id);
  // ADR 0035: the phases that leave the parent's phase of the same kind, with the parent's dates (the reason)
  const planWarnings = full?.parentId
    ? childPhaseProblems(campaign.phases as PhaseInput[], await selectPhases(db, full.parentId)).warnings
    : [];
  return { ...campaign, planWarnings };
}

/** The campaign's key facts (id, region, name) if the actor sees it, else NOT_FOUND: for other capabilities' use cases. */
export async function visibleCampaign(ctx: AppContext, actor: Actor, id: string) {
  return visibleCampaignOrThrow(ctx.database.db, actor, id);
}

/** 003 Table 2 可视实际情况调整: the bands cover every total once; ADR 0041: none change after a sign-off. */
function refuseBands(problem: ReturnType<typeof campaignBandsProblem>): void {
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
}

function firstProblem(problems: ReturnType<typeof campaignProblems>): void {
  const p = problems[0];
  if (p) throw new AppError(p.code, { field: p.field, detail: p.detail });
}

/** ADR 0035: a child's phase outside its parent campaign's span is refused (the parent's dates in the message). */
function refuseOutsideParent(phases: PhaseInput[], parentPhases: PhaseInput[]): void {
  const [refusal] = childPhaseProblems(phases, parentPhases).refusals;
  if (refusal)
    throw new AppError(refusal.code, {
      field: refusal.field,
      detail: `${refusal.parentStartsOn} – ${refusal.parentEndsOn}`,
    });
}

async function parentPlan(executor: Executor, actor: Actor, parentId: string): Promise<ParentPlan & { id: string }> {
  const row = await selectVisibleCampaignRow(executor, actor, parentId);
  assertFound(row, 'parentId');
  return {
    id: row.id,
    regionCode: row.regionCode,
    keyIndustries: row.keyIndustries,
    eligibility: row.eligibility,
    phases: await selectPhases(executor, row.id),
  };
}

export async function createCampaign(
  ctx: AppContext,
  actor: Actor,
  input: CreateCampaignRequest,
): Promise<{ id: string }> {
  const { db } = ctx.database;
  const regionCode = planningRegionOf(actor, input.regionCode);
  const parent = input.parentId ? await parentPlan(db, actor, input.parentId) : null;
  const plan = newCampaignPlan(input, parent);
  firstProblem(campaignProblems({ year: input.year, regionCode, phases: plan.phases, targets: input.targets }, parent));
  if (parent) refuseOutsideParent(plan.phases, parent.phases);
  refuseBands(campaignBandsProblem(input.gradeBands, null, 0));
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const id = await insertCampaign(tx, {
      year: input.year,
      name: input.name,
      issuingOrganizationId: actor.organizationId,
      regionCode,
      parentId: parent?.id ?? null,
      targets: input.targets,
      keyIndustries: plan.keyIndustries,
      eligibility: plan.eligibility,
      workPlan: input.workPlan,
      gradeBands: input.gradeBands ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await replacePhases(tx, id, plan.phases);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.create',
      objectType: 'campaign',
      objectId: id,
      outcome: 'success',
      after: { ...input, regionCode },
    });
    return { id };
  });
}

/** The campaign, visible to the actor and issued by the actor's bureau, locked for the change. */
async function ownCampaignForUpdate(tx: Executor, actor: Actor, id: string, version?: number) {
  const row = await selectVisibleCampaignRow(tx, actor, id, { forUpdate: true });
  assertFound(row, 'campaign');
  assertMayChange(actor, row, version);
  return row;
}

export async function updateCampaign(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateCampaignRequest,
): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await ownCampaignForUpdate(tx, actor, id, input.version);
    const parent = row.parentId ? await selectCampaignRegion(tx, row.parentId) : null;
    const phases = input.phases ?? (await selectPhases(tx, id));
    firstProblem(
      campaignProblems(
        { year: row.year, regionCode: row.regionCode, phases, targets: input.targets ?? row.targets },
        parent,
      ),
    );
    if (row.parentId && input.phases) refuseOutsideParent(input.phases, await selectPhases(tx, row.parentId));
    if (input.gradeBands !== undefined)
      refuseBands(campaignBandsProblem(input.gradeBands, row.gradeBands, await signedOffEvaluations(tx, id)));
    const { version: _v, phases: _p, ...fields } = input;
    await updateCampaignRow(tx, id, { ...fields, version: row.version + 1, updatedAt: now });
    if (input.phases) await replacePhases(tx, id, input.phases);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.update',
      objectType: 'campaign',
      objectId: id,
      outcome: 'success',
      before: row,
      after: input,
    });
  });
}

export async function recordKickOff(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: KickOffRequest,
): Promise<{ id: string }> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    await ownCampaignForUpdate(tx, actor, id);
    const kickOffId = await insertKickOff(tx, { campaignId: id, ...input, recordedBy: actor.userId, createdAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.kick_off',
      objectType: 'campaign',
      objectId: id,
      outcome: 'success',
      after: input,
    });
    return { id: kickOffId };
  });
}

/** 003 §5.2: a body is selected only when every criterion is met with evidence; then it sees the campaign. */
export async function selectBody(ctx: AppContext, actor: Actor, id: string, input: SelectBodyRequest): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await ownCampaignForUpdate(tx, actor, id);
    if ((await organizationKind(tx, input.organizationId)) !== 'certification_body')
      throw new AppError('NOT_FOUND', { field: 'organizationId' });
    const unmet = unmetBodyCriteria(input.checklist);
    if (unmet.length) throw new AppError('BODY_CRITERIA_UNMET', { field: 'checklist', detail: unmet.join(', ') });
    await upsertCampaignBody(tx, id, input, { selectedBy: actor.userId, selectedAt: now });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.select_body',
      objectType: 'campaign',
      objectId: id,
      outcome: 'success',
      after: input,
    });
  });
}
