/**
 * Creating and changing campaigns (003 §6.3; 001 §四): a bureau plans its own region's campaign or a
 * child of a higher bureau's, records the kick-off (003 §6.4) and selects certification bodies
 * against 003 §5.2. Only the issuing bureau changes a campaign; concurrent edits meet a version check.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { campaignBodies, campaignPhases, campaigns, kickOffs } from './campaigns.table.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { actorRef } from '../auth/auth.service.js';
import { campaignVisibility } from './campaigns.repository.js';
import { campaignProblems, inheritFromParent, type PhaseInput } from '../../../../domain/campaigns/campaign-rules.js';
import { unmetBodyCriteria } from '../../../../domain/intake/body-criteria.js';
import type {
  CreateCampaignRequest,
  KickOffRequest,
  SelectBodyRequest,
  UpdateCampaignRequest,
} from './campaigns.write.schemas.js';

function firstProblem(problems: ReturnType<typeof campaignProblems>): void {
  const p = problems[0];
  if (p) throw new AppError(p.code, { field: p.field, detail: p.detail });
}

async function phasesOf(executor: Executor, campaignId: string): Promise<PhaseInput[]> {
  const rows = await executor
    .select()
    .from(campaignPhases)
    .where(eq(campaignPhases.campaignId, campaignId))
    .orderBy(campaignPhases.sortOrder);
  return rows.map((r) => ({ kind: r.kind as PhaseInput['kind'], startsOn: r.startsOn, endsOn: r.endsOn }));
}

async function writePhases(tx: Executor, campaignId: string, phases: PhaseInput[]): Promise<void> {
  await tx.delete(campaignPhases).where(eq(campaignPhases.campaignId, campaignId));
  if (phases.length) await tx.insert(campaignPhases).values(phases.map((p, i) => ({ ...p, campaignId, sortOrder: i })));
}

export async function createCampaign(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof CreateCampaignRequest>,
): Promise<{ id: string }> {
  const { db } = ctx.database;
  const regionCode = actor.regionCode;
  if (!regionCode) throw new AppError('FORBIDDEN');
  let parent: {
    id: string;
    regionCode: string;
    keyIndustries: string[];
    eligibility: Record<string, unknown>;
    phases: PhaseInput[];
  } | null = null;
  if (input.parentId) {
    const [row] = await db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.id, input.parentId), campaignVisibility(actor)));
    assertFound(row, 'parentId');
    parent = {
      id: row.id,
      regionCode: row.regionCode,
      keyIndustries: row.keyIndustries,
      eligibility: row.eligibility,
      phases: await phasesOf(db, row.id),
    };
  }
  const plan = parent
    ? inheritFromParent(input, parent)
    : {
        ...input,
        phases: input.phases ?? [],
        keyIndustries: input.keyIndustries ?? [],
        eligibility: input.eligibility ?? {},
      };
  firstProblem(campaignProblems({ year: input.year, regionCode, phases: plan.phases, targets: input.targets }, parent));
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({
        year: input.year,
        name: input.name,
        issuingOrganizationId: actor.organizationId,
        regionCode,
        parentId: parent?.id ?? null,
        targets: input.targets,
        keyIndustries: plan.keyIndustries,
        eligibility: plan.eligibility,
        workPlan: input.workPlan,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: campaigns.id });
    await writePhases(tx, row!.id, plan.phases);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.create',
      objectType: 'campaign',
      objectId: row!.id,
      outcome: 'success',
      after: { ...input, regionCode },
    });
    return { id: row!.id };
  });
}

/** The campaign, visible to the actor and issued by the actor's bureau, locked for the change. */
async function ownCampaignForUpdate(tx: Executor, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignVisibility(actor)))
    .for('update');
  assertFound(row, 'campaign');
  if (row.issuingOrganizationId !== actor.organizationId) throw new AppError('NOT_ISSUING_BUREAU');
  return row;
}

export async function updateCampaign(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateCampaignRequest>,
): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await ownCampaignForUpdate(tx, actor, id);
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const parent = row.parentId
      ? ((
          await tx.select({ regionCode: campaigns.regionCode }).from(campaigns).where(eq(campaigns.id, row.parentId))
        )[0] ?? null)
      : null;
    const phases = input.phases ?? (await phasesOf(tx, id));
    firstProblem(
      campaignProblems(
        { year: row.year, regionCode: row.regionCode, phases, targets: input.targets ?? row.targets },
        parent,
      ),
    );
    const { version: _v, phases: _p, ...fields } = input;
    await tx
      .update(campaigns)
      .set({ ...fields, version: row.version + 1, updatedAt: now })
      .where(eq(campaigns.id, id));
    if (input.phases) await writePhases(tx, id, input.phases);
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
  input: z.infer<typeof KickOffRequest>,
): Promise<{ id: string }> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    await ownCampaignForUpdate(tx, actor, id);
    const [row] = await tx
      .insert(kickOffs)
      .values({ campaignId: id, ...input, recordedBy: actor.userId, createdAt: now })
      .returning({ id: kickOffs.id });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'campaign.kick_off',
      objectType: 'campaign',
      objectId: id,
      outcome: 'success',
      after: input,
    });
    return { id: row!.id };
  });
}

/** 003 §5.2: a body is selected only when every criterion is met with evidence; then it sees the campaign. */
export async function selectBody(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof SelectBodyRequest>,
): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await ownCampaignForUpdate(tx, actor, id);
    const [body] = await tx
      .select({ kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (body?.kind !== 'certification_body') throw new AppError('NOT_FOUND', { field: 'organizationId' });
    const unmet = unmetBodyCriteria(input.checklist);
    if (unmet.length) throw new AppError('BODY_CRITERIA_UNMET', { field: 'checklist', detail: unmet.join(', ') });
    const values = { checklist: input.checklist, selectedBy: actor.userId, selectedAt: now };
    await tx
      .insert(campaignBodies)
      .values({ campaignId: id, organizationId: input.organizationId, ...values })
      .onConflictDoUpdate({ target: [campaignBodies.campaignId, campaignBodies.organizationId], set: values });
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
