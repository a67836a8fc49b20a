/** All SQL of campaigns (the only writer of its tables). Which campaigns an actor sees depends on their role (see campaignVisibility). */
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { campaignBodies, campaignPhases, campaigns, kickOffs } from './campaigns.table.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';
import { evaluationPanels } from '../evaluation/evaluation.table.js';
import { campaignBands } from '../../../../domain/campaigns/grade-bands.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionLineage } from '../../../../domain/regions/region-code.js';
import { actorScope, regionWithin, rowScopeCondition } from '../../platform/db/row-scope.js';
import type { PhaseInput } from '../../../../domain/campaigns/campaign-rules.js';
import type { KickOffRequest, SelectBodyRequest } from '../../../../contracts/campaigns.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { assertFound } from '../../platform/http/app-error.js';
import { participationScope } from '../participations/participation-scope.js';
import { quotaProgress, STAGES_HOLDING_A_PLACE } from '../../../../domain/intake/quota.js';

/**
 * A bureau sees the campaigns of its region's subtree and those of its ancestors (which it
 * carries out); a certification body the campaigns it was selected for; experts and
 * enterprises the campaigns they take part in.
 */
export function campaignVisibility(actor: Actor): SQL {
  const takesPart = () =>
    sql`exists (select 1 from ${participations} where ${and(eq(participations.campaignId, campaigns.id), participationScope(actor))})`;
  return rowScopeCondition(actorScope(actor), {
    region: (regionCode) =>
      or(regionWithin(campaigns.regionCode, regionCode), inArray(campaigns.regionCode, regionLineage(regionCode)))!,
    body: (organizationId) =>
      sql`exists (select 1 from ${campaignBodies} where ${and(eq(campaignBodies.campaignId, campaigns.id), eq(campaignBodies.organizationId, organizationId))})`,
    ownEnterprise: takesPart,
    assigned: takesPart,
    appointed: takesPart,
  });
}

function participationCountIn(actor: Actor) {
  return sql<number>`(select count(*)::int from ${participations} where ${and(eq(participations.campaignId, campaigns.id), participationScope(actor))})`;
}

/**
 * The roll-up: participations of the campaign and of every campaign below it (child, grandchild…), in the caller's
 * scope, so a province's campaign counts what its cities' campaigns enrolled.
 */
function participationCountWithChildrenIn(actor: Actor) {
  return sql<number>`(with recursive tree(id) as (select ${campaigns.id} union all select sub.id from ${campaigns} sub join tree on sub.parent_id = tree.id) select count(*)::int from ${participations} where ${participations.campaignId} in (select id from tree) and ${participationScope(actor)})`;
}

function summarySelect(executor: Executor, actor: Actor) {
  return executor
    .select({
      id: campaigns.id,
      year: campaigns.year,
      name: campaigns.name,
      regionCode: campaigns.regionCode,
      regionName: regions.name,
      issuingOrganizationName: organizations.name,
      parentId: campaigns.parentId,
      participationCount: participationCountIn(actor),
      participationCountWithChildren: participationCountWithChildrenIn(actor),
      targets: campaigns.targets,
    })
    .from(campaigns)
    .innerJoin(regions, eq(regions.code, campaigns.regionCode))
    .innerJoin(organizations, eq(organizations.id, campaigns.issuingOrganizationId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['execute']>>[number];
function presentSummary({ targets, ...row }: SummaryRow) {
  return { ...row, targetEnterprises: targets.enterprises ?? null };
}

export async function selectCampaigns(
  executor: Executor,
  actor: Actor,
  query: { page: number; pageSize: number; year?: number },
) {
  const conditions = [campaignVisibility(actor)];
  if (query.year) conditions.push(eq(campaigns.year, query.year));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    summarySelect(executor, actor)
      .where(where)
      .orderBy(desc(campaigns.year), asc(campaigns.regionCode))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    executor.select({ n: count() }).from(campaigns).where(where),
  ]);
  return { items: rows.map(presentSummary), total: total?.n ?? 0 };
}

/** The campaign's key facts if the actor sees it, else NOT_FOUND (existence does not leak). */
export async function visibleCampaignOrThrow(executor: Executor, actor: Actor, id: string) {
  const [campaign] = await executor
    .select({ id: campaigns.id, regionCode: campaigns.regionCode, name: campaigns.name })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignVisibility(actor)));
  assertFound(campaign, 'campaign');
  return campaign;
}

export async function selectCampaignDetail(executor: Executor, actor: Actor, id: string) {
  const [row] = await summarySelect(executor, actor).where(and(eq(campaigns.id, id), campaignVisibility(actor)));
  if (!row) return undefined;
  const [[full], phases, children, bodies, stageRows, parent, kickOffRows, signedOff] = await Promise.all([
    executor.select().from(campaigns).where(eq(campaigns.id, id)),
    executor
      .select({ kind: campaignPhases.kind, startsOn: campaignPhases.startsOn, endsOn: campaignPhases.endsOn })
      .from(campaignPhases)
      .where(eq(campaignPhases.campaignId, id))
      .orderBy(asc(campaignPhases.sortOrder)),
    summarySelect(executor, actor)
      .where(and(eq(campaigns.parentId, id), campaignVisibility(actor)))
      .orderBy(asc(campaigns.regionCode)),
    executor
      .select({
        id: organizations.id,
        name: organizations.name,
        checklist: campaignBodies.checklist,
        selectedAt: campaignBodies.selectedAt,
      })
      .from(campaignBodies)
      .innerJoin(organizations, eq(organizations.id, campaignBodies.organizationId))
      .where(eq(campaignBodies.campaignId, id))
      .orderBy(asc(organizations.name)),
    executor
      .select({ stage: participations.stage, n: count() })
      .from(participations)
      .where(and(eq(participations.campaignId, id), participationScope(actor)))
      .groupBy(participations.stage),
    row.parentId
      ? executor
          .select({ id: campaigns.id, name: campaigns.name })
          .from(campaigns)
          .where(and(eq(campaigns.id, row.parentId), campaignVisibility(actor)))
      : Promise.resolve([]),
    executor
      .select({
        id: kickOffs.id,
        heldOn: kickOffs.heldOn,
        place: kickOffs.place,
        attendees: kickOffs.attendees,
        materials: kickOffs.materials,
      })
      .from(kickOffs)
      .where(eq(kickOffs.campaignId, id))
      .orderBy(asc(kickOffs.heldOn)),
    signedOffEvaluations(executor, id),
  ]);
  // a parent sees its children's progress against its quotas (places held anywhere below it)
  const campaignIds = [id, ...children.map((c) => c.id)];
  const taken = await executor
    .select({ regionCode: participations.regionCode })
    .from(participations)
    .where(
      and(inArray(participations.campaignId, campaignIds), inArray(participations.stage, [...STAGES_HOLDING_A_PLACE])),
    );
  const progress = quotaProgress(
    full?.targets ?? {},
    taken.map((r) => r.regionCode),
  );
  const quotaNames = progress.length
    ? await executor
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          inArray(
            regions.code,
            progress.map((p) => p.regionCode),
          ),
        )
    : [];
  return {
    ...presentSummary(row),
    quotaProgress: progress.map((p) => ({
      ...p,
      regionName: quotaNames.find((n) => n.code === p.regionCode)?.name ?? p.regionCode,
    })),
    phases,
    targets: full?.targets ?? {},
    version: full?.version ?? 1,
    children: children.map(presentSummary),
    certificationBodies: bodies.map((b) => ({ ...b, selectedAt: b.selectedAt?.toISOString() ?? null })),
    keyIndustries: full?.keyIndustries ?? [],
    eligibility: full?.eligibility ?? {},
    workPlan: full?.workPlan ?? {},
    kickOffs: kickOffRows,
    issuedByCaller: full?.issuingOrganizationId === actor.organizationId,
    stageCounts: Object.fromEntries(stageRows.map((r) => [r.stage, r.n])),
    parent: parent[0] ?? null,
    gradeBands: full?.gradeBands ?? null,
    bandsInForce: campaignBands(full?.gradeBands),
    bandsLocked: signedOff > 0,
  };
}

/** ADR 0041: how many evaluations of the campaign's participations are signed off (then its bands are locked). */
export async function signedOffEvaluations(executor: Executor, campaignId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(evaluationPanels)
    .innerJoin(participations, eq(participations.id, evaluationPanels.participationId))
    .where(and(eq(participations.campaignId, campaignId), eq(evaluationPanels.status, 'signed_off')));
  return row?.n ?? 0;
}

/** The campaign as stored, if the actor sees it (`forUpdate`: locked for this transaction). */
export async function selectVisibleCampaignRow(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = executor
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignVisibility(actor)));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** The campaign as stored, without a scope check (the caller has checked it). */
export async function selectCampaignRow(executor: Executor, id: string) {
  const [row] = await executor.select().from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

export async function selectCampaignRegion(executor: Executor, id: string) {
  const [row] = await executor.select({ regionCode: campaigns.regionCode }).from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

export async function selectPhases(executor: Executor, campaignId: string): Promise<PhaseInput[]> {
  const rows = await executor
    .select()
    .from(campaignPhases)
    .where(eq(campaignPhases.campaignId, campaignId))
    .orderBy(campaignPhases.sortOrder);
  return rows.map((r) => ({ kind: r.kind as PhaseInput['kind'], startsOn: r.startsOn, endsOn: r.endsOn }));
}

export async function replacePhases(tx: Executor, campaignId: string, phases: PhaseInput[]): Promise<void> {
  await tx.delete(campaignPhases).where(eq(campaignPhases.campaignId, campaignId));
  if (phases.length) await tx.insert(campaignPhases).values(phases.map((p, i) => ({ ...p, campaignId, sortOrder: i })));
}

export async function insertCampaign(tx: Executor, values: typeof campaigns.$inferInsert): Promise<string> {
  const [row] = await tx.insert(campaigns).values(values).returning({ id: campaigns.id });
  return row!.id;
}

export async function updateCampaignRow(
  tx: Executor,
  id: string,
  values: Partial<typeof campaigns.$inferInsert>,
): Promise<void> {
  await tx.update(campaigns).set(values).where(eq(campaigns.id, id));
}

export async function insertKickOff(
  tx: Executor,
  values: KickOffRequest & { campaignId: string; recordedBy: string; createdAt: Date },
): Promise<string> {
  const [row] = await tx.insert(kickOffs).values(values).returning({ id: kickOffs.id });
  return row!.id;
}

export async function organizationKind(executor: Executor, id: string): Promise<string | undefined> {
  const [row] = await executor.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, id));
  return row?.kind;
}

/** Selecting a body again replaces its checklist (one row per campaign and body). */
export async function upsertCampaignBody(
  tx: Executor,
  campaignId: string,
  input: SelectBodyRequest,
  selection: { selectedBy: string; selectedAt: Date },
): Promise<void> {
  const values = { checklist: input.checklist, ...selection };
  await tx
    .insert(campaignBodies)
    .values({ campaignId, organizationId: input.organizationId, ...values })
    .onConflictDoUpdate({ target: [campaignBodies.campaignId, campaignBodies.organizationId], set: values });
}

/** Reminders (domain/reminders): the report-due phases between the dates, with their campaign's region. */
export async function reportDuePhasesBetween(executor: Executor, from: string, to: string) {
  return executor
    .select({
      id: campaignPhases.id,
      dueOn: campaignPhases.startsOn,
      campaignId: campaigns.id,
      regionCode: campaigns.regionCode,
    })
    .from(campaignPhases)
    .innerJoin(campaigns, eq(campaigns.id, campaignPhases.campaignId))
    .where(sql`${campaignPhases.kind} = 'report_due' and ${campaignPhases.startsOn} between ${from} and ${to}`);
}

/** The bureaus (for the bureaus a campaign's stage report comes from). */
export async function bureauOrganizations(executor: Executor) {
  return executor
    .select({ id: organizations.id, regionCode: organizations.regionCode })
    .from(organizations)
    .where(eq(organizations.kind, 'bureau'));
}
