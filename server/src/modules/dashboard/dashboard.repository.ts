/**
 * The dashboard's reads (it owns and writes no table): read-only SQL over participations in the actor's scope, one
 * statement for all participation figures (grouping sets: one scan, served by the region-prefix index), one for
 * training by month, and the names of the bodies and regions they show.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';
import { participations } from '../participations/participations.table.js';
import { trainingAttendance, trainingSessions } from '../training/training.table.js';
import { selectVisibleCampaignRow } from '../campaigns/campaigns.repository.js';
import { STAGES_HOLDING_A_PLACE } from '../../../../domain/intake/quota.js';

export interface DashboardFilter {
  campaignId?: string | undefined;
  regionCode?: string | undefined;
}

/** The participations the figures count: the actor's scope first, then the dashboard's campaign and region. */
function conditions(actor: Actor, filter: DashboardFilter): SQL | undefined {
  return and(
    participationScope(actor),
    filter.campaignId ? eq(participations.campaignId, filter.campaignId) : undefined,
    filter.regionCode ? regionWithin(participations.regionCode, filter.regionCode) : undefined,
  );
}

export interface FigureRow {
  set: 'total' | 'stage' | 'child' | 'body' | 'industry' | 'size' | 'grade';
  key: string | null;
  n: number;
  held: number;
}

/**
 * Every participation figure in one statement: `group by grouping sets` gives the total, the counts by stage, by
 * sub-region (its code's first `childLength` digits; places held only), by body, industry, size and grade.
 */
export async function participationFigures(
  executor: Executor,
  actor: Actor,
  filter: DashboardFilter,
  childLength: number | null,
): Promise<FigureRow[]> {
  const child = childLength
    ? sql`rpad(substr(${participations.regionCode}, 1, ${sql.raw(String(childLength))}), 6, '0')`
    : sql`null::varchar`;
  const held = sql.join(
    STAGES_HOLDING_A_PLACE.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await executor
    .select({
      gStage: sql<number>`grouping(${participations.stage})`,
      gChild: sql<number>`grouping(${child})`,
      gBody: sql<number>`grouping(${participations.certificationBodyId})`,
      gIndustry: sql<number>`grouping(${participations.industryCode})`,
      gSize: sql<number>`grouping(${participations.sizeClass})`,
      gGrade: sql<number>`grouping(${participations.evaluationGrade})`,
      stage: participations.stage,
      child: sql<string | null>`${child}`,
      body: sql<string | null>`${participations.certificationBodyId}::text`,
      industry: participations.industryCode,
      size: participations.sizeClass,
      grade: participations.evaluationGrade,
      n: sql<number>`count(*)::int`,
      held: sql<number>`(count(*) filter (where ${participations.stage} in (${held})))::int`,
    })
    .from(participations)
    .where(conditions(actor, filter))
    .groupBy(
      sql`grouping sets ((${participations.stage}), (${child}), (${participations.certificationBodyId}), (${participations.industryCode}), (${participations.sizeClass}), (${participations.evaluationGrade}), ())`,
    );
  return rows.map((r): FigureRow => {
    const base = { n: Number(r.n), held: Number(r.held) };
    if (Number(r.gStage) === 0) return { set: 'stage', key: r.stage, ...base };
    if (Number(r.gChild) === 0) return { set: 'child', key: r.child, ...base };
    if (Number(r.gBody) === 0) return { set: 'body', key: r.body, ...base };
    if (Number(r.gIndustry) === 0) return { set: 'industry', key: r.industry, ...base };
    if (Number(r.gSize) === 0) return { set: 'size', key: r.size, ...base };
    if (Number(r.gGrade) === 0) return { set: 'grade', key: r.grade, ...base };
    return { set: 'total', key: null, ...base };
  });
}

/** Person-times (attendance rows) and the enterprises trained, by the month the session was held. */
export async function trainingByMonth(executor: Executor, actor: Actor, filter: DashboardFilter) {
  const month = sql<string>`to_char(${trainingSessions.heldOn}, 'YYYY-MM')`;
  const rows = await executor
    .select({
      month,
      personTimes: sql<number>`count(*)::int`,
      enterprises: sql<number>`count(distinct ${trainingAttendance.participationId})::int`,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .innerJoin(participations, eq(participations.id, trainingAttendance.participationId))
    .where(conditions(actor, filter))
    .groupBy(month)
    .orderBy(month);
  return rows.map((r) => ({ month: r.month, personTimes: Number(r.personTimes), enterprises: Number(r.enterprises) }));
}

export async function organizationNames(executor: Executor, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await executor
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function regionNames(executor: Executor, codes: ReadonlyArray<string>) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await executor
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The campaign's quotas by region, when the actor sees the campaign; undefined when not. */
export async function campaignQuotas(executor: Executor, actor: Actor, campaignId: string) {
  const row = await selectVisibleCampaignRow(executor, actor, campaignId);
  return row ? (row.targets?.quotas ?? {}) : undefined;
}
