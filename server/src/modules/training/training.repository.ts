/** All SQL of training: sessions, enrolments, attendance and rejected imports (the only writer of their tables). */
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { actorScope, regionWithin, rowScopeCondition } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { campaignPhases, campaigns } from '../campaigns/campaigns.table.js';
import { campaignVisibility } from '../campaigns/campaigns.repository.js';
import { enterprises } from '../intake/intake.table.js';
import { participations } from '../participations/participations.table.js';
import { participationScope } from '../participations/participation-scope.js';
import { plans } from '../plans/plans.table.js';
import { trainingAttendance, trainingEnrolments, trainingImports, trainingSessions } from './training.table.js';

export type SessionRow = typeof trainingSessions.$inferSelect;

/** Sessions one of whose enrolled enterprises (as `ep`, a participations row) satisfies `condition`. */
function enrolledWhere(condition: SQL): SQL {
  return sql`exists (select 1 from training_enrolments te join participations ep on ep.id = te.participation_id where te.session_id = ${trainingSessions.id} and ${condition})`;
}

/**
 * Which sessions an actor sees: a bureau those held in its region subtree; a body its own and those its enterprises
 * are enrolled in; an expert those they organize or whose enrolled enterprises they assist now (an ended assignment
 * gives nothing, ADR 0018); an enterprise those it is enrolled in.
 */
export function sessionScope(actor: Actor): SQL {
  return rowScopeCondition(actorScope(actor), {
    region: (code) => regionWithin(trainingSessions.regionCode, code),
    body: (orgId) =>
      or(
        eq(trainingSessions.organizerOrganizationId, orgId),
        enrolledWhere(sql`ep.certification_body_id = ${orgId}`),
      ) ?? sql`false`,
    assigned: (userId) =>
      or(
        eq(trainingSessions.organizerUserId, userId),
        enrolledWhere(
          sql`exists (select 1 from participation_experts pe where pe.participation_id = ep.id and pe.expert_user_id = ${userId} and pe.to_on is null)`,
        ),
      ) ?? sql`false`,
    ownEnterprise: (orgId) => enrolledWhere(sql`ep.enterprise_id = ${orgId}`),
  });
}

const organizerOrg = alias(organizations, 'organizer_org');

const sessionColumns = {
  s: trainingSessions,
  campaignName: campaigns.name,
  organizerOrganizationName: organizerOrg.name,
  organizerName: users.displayName,
  regionName: regions.name,
  enrolledCount: sql<number>`(select count(*)::int from ${trainingEnrolments} where ${eq(
    trainingEnrolments.sessionId,
    trainingSessions.id,
  )})`,
  personTimes: sql<number>`(select count(*)::int from ${trainingAttendance} where ${eq(
    trainingAttendance.sessionId,
    trainingSessions.id,
  )})`,
};

export type SessionListRow = Awaited<ReturnType<typeof listSessions>>[number];

export async function listSessions(
  executor: Executor,
  actor: Actor,
  filter: { campaignId?: string; kind?: string; regionCode?: string; from?: string; to?: string },
) {
  return executor
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(campaigns, eq(campaigns.id, trainingSessions.campaignId))
    .innerJoin(organizerOrg, eq(organizerOrg.id, trainingSessions.organizerOrganizationId))
    .innerJoin(users, eq(users.id, trainingSessions.organizerUserId))
    .innerJoin(regions, eq(regions.code, trainingSessions.regionCode))
    .where(
      and(
        sessionScope(actor),
        filter.campaignId ? eq(trainingSessions.campaignId, filter.campaignId) : undefined,
        filter.kind ? eq(trainingSessions.kind, filter.kind) : undefined,
        filter.regionCode ? regionWithin(trainingSessions.regionCode, filter.regionCode) : undefined,
        filter.from ? gte(trainingSessions.heldOn, filter.from) : undefined,
        filter.to ? lte(trainingSessions.heldOn, filter.to) : undefined,
      ),
    )
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.createdAt))
    .limit(500);
}

export async function findSession(executor: Executor, actor: Actor, id: string): Promise<SessionListRow | undefined> {
  const [row] = await executor
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(campaigns, eq(campaigns.id, trainingSessions.campaignId))
    .innerJoin(organizerOrg, eq(organizerOrg.id, trainingSessions.organizerOrganizationId))
    .innerJoin(users, eq(users.id, trainingSessions.organizerUserId))
    .innerJoin(regions, eq(regions.code, trainingSessions.regionCode))
    .where(and(eq(trainingSessions.id, id), sessionScope(actor)));
  return row;
}

/** The session row in scope, locked for the rest of the transaction. */
export async function lockSession(executor: Executor, actor: Actor, id: string): Promise<SessionRow | undefined> {
  const [row] = await executor
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, id), sessionScope(actor)))
    .for('update');
  return row;
}

export async function insertSession(executor: Executor, values: typeof trainingSessions.$inferInsert): Promise<string> {
  const [row] = await executor.insert(trainingSessions).values(values).returning({ id: trainingSessions.id });
  return row!.id;
}

export async function updateSession(
  executor: Executor,
  id: string,
  version: number,
  changes: Partial<typeof trainingSessions.$inferInsert>,
): Promise<boolean> {
  const rows = await executor
    .update(trainingSessions)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(trainingSessions.id, id), eq(trainingSessions.version, version)))
    .returning({ id: trainingSessions.id });
  return rows.length === 1;
}

/** A campaign the actor sees (campaigns' visibility rule). */
export async function visibleCampaign(executor: Executor, actor: Actor, id: string) {
  const [row] = await executor
    .select({ id: campaigns.id, name: campaigns.name, regionCode: campaigns.regionCode, year: campaigns.year })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), campaignVisibility(actor)));
  return row;
}

/** The campaign's assistance period (its 'assistance' phase), the span the coverage checks look at. */
export async function campaignPeriod(executor: Executor, campaignId: string) {
  const [row] = await executor
    .select({ from: campaignPhases.startsOn, to: campaignPhases.endsOn })
    .from(campaignPhases)
    .where(and(eq(campaignPhases.campaignId, campaignId), eq(campaignPhases.kind, 'assistance')))
    .orderBy(asc(campaignPhases.startsOn))
    .limit(1);
  return { from: row?.from ?? null, to: row?.to ?? null };
}

/** Participations in the actor's scope (participationScope), of these ids. */
export async function participationsInScope(executor: Executor, actor: Actor, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return executor
    .select({
      id: participations.id,
      campaignId: participations.campaignId,
      regionCode: participations.regionCode,
      enterpriseId: participations.enterpriseId,
    })
    .from(participations)
    .where(and(inArray(participations.id, [...ids]), participationScope(actor)));
}

/** The candidates of a session: participations of its campaign and region in the actor's scope. */
export async function enrolCandidates(executor: Executor, actor: Actor, session: SessionRow) {
  return executor
    .select({
      participationId: participations.id,
      enterpriseName: organizations.name,
      regionCode: participations.regionCode,
      industryCode: participations.industryCode,
      enrolled: sql<boolean>`exists (select 1 from ${trainingEnrolments} where ${and(
        eq(trainingEnrolments.sessionId, session.id),
        eq(trainingEnrolments.participationId, participations.id),
      )})`,
    })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .where(
      and(
        eq(participations.campaignId, session.campaignId),
        regionWithin(participations.regionCode, session.regionCode),
        session.industryCode ? eq(participations.industryCode, session.industryCode) : undefined,
        participationScope(actor),
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(1000);
}

export async function insertEnrolments(
  executor: Executor,
  sessionId: string,
  participationIds: ReadonlyArray<string>,
  userId: string,
): Promise<number> {
  if (participationIds.length === 0) return 0;
  const rows = await executor
    .insert(trainingEnrolments)
    .values(participationIds.map((participationId) => ({ sessionId, participationId, enrolledBy: userId })))
    .onConflictDoNothing()
    .returning({ id: trainingEnrolments.id });
  return rows.length;
}

export async function enrolmentsOf(executor: Executor, sessionId: string) {
  return executor
    .select({
      participationId: participations.id,
      enterpriseName: organizations.name,
      enterpriseId: participations.enterpriseId,
      uscc: enterprises.uscc,
      regionCode: participations.regionCode,
      industryCode: participations.industryCode,
      certificationBodyId: participations.certificationBodyId,
      attendees: sql<number>`(select count(*)::int from ${trainingAttendance} where ${and(
        eq(trainingAttendance.sessionId, sessionId),
        eq(trainingAttendance.participationId, participations.id),
      )})`,
    })
    .from(trainingEnrolments)
    .innerJoin(participations, eq(participations.id, trainingEnrolments.participationId))
    .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .leftJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .where(eq(trainingEnrolments.sessionId, sessionId))
    .orderBy(asc(organizations.name));
}

export async function attendanceOf(executor: Executor, sessionId: string) {
  return executor
    .select({
      a: trainingAttendance,
      enterpriseName: organizations.name,
      enterpriseId: participations.enterpriseId,
    })
    .from(trainingAttendance)
    .innerJoin(participations, eq(participations.id, trainingAttendance.participationId))
    .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .where(eq(trainingAttendance.sessionId, sessionId))
    .orderBy(asc(organizations.name), asc(trainingAttendance.createdAt), asc(trainingAttendance.id));
}

export async function insertAttendance(
  executor: Executor,
  values: ReadonlyArray<typeof trainingAttendance.$inferInsert>,
): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await executor
    .insert(trainingAttendance)
    .values([...values])
    .returning({ id: trainingAttendance.id });
  return rows.map((r) => r.id);
}

export async function findAttendance(executor: Executor, sessionId: string, id: string) {
  const [row] = await executor
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.id, id), eq(trainingAttendance.sessionId, sessionId)));
  return row;
}

export async function deleteAttendance(executor: Executor, id: string): Promise<void> {
  await executor.delete(trainingAttendance).where(eq(trainingAttendance.id, id));
}

export async function insertImport(executor: Executor, values: typeof trainingImports.$inferInsert): Promise<string> {
  const [row] = await executor.insert(trainingImports).values(values).returning({ id: trainingImports.id });
  return row!.id;
}

export async function findImport(executor: Executor, sessionId: string, id: string) {
  const [row] = await executor
    .select()
    .from(trainingImports)
    .where(and(eq(trainingImports.id, id), eq(trainingImports.sessionId, sessionId)));
  return row;
}

/**
 * The attendance facts of the statistics (002 Annex 2 row 2): each row one person-time, with the enterprise's region,
 * industry and body. The actor sees the attendance of the participations in their scope.
 */
export async function attendanceFacts(executor: Executor, actor: Actor, filter: { campaignId?: string }) {
  return executor
    .select({
      attendanceId: trainingAttendance.id,
      sessionId: trainingAttendance.sessionId,
      title: trainingSessions.title,
      participationId: trainingAttendance.participationId,
      kind: trainingSessions.kind,
      delivery: trainingSessions.delivery,
      regionCode: participations.regionCode,
      industryCode: participations.industryCode,
      bodyId: participations.certificationBodyId,
      heldOn: trainingSessions.heldOn,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .innerJoin(participations, eq(participations.id, trainingAttendance.participationId))
    .where(
      and(
        participationScope(actor),
        filter.campaignId ? eq(trainingSessions.campaignId, filter.campaignId) : undefined,
      ),
    );
}

/** The participations of a campaign in scope (coverage: which regions and industries must be covered). */
export async function campaignParticipations(executor: Executor, actor: Actor, campaignId: string) {
  return executor
    .select({ regionCode: participations.regionCode, industryCode: participations.industryCode })
    .from(participations)
    .where(
      and(
        eq(participations.campaignId, campaignId),
        participationScope(actor),
        sql`${participations.stage} not in ('applied', 'screened', 'rejected', 'withdrawn')`,
      ),
    );
}

/** Every centralized and industry session of a campaign (coverage counts them whoever organized them). */
export async function campaignCoverageSessions(executor: Executor, campaignId: string) {
  return executor
    .select({
      kind: trainingSessions.kind,
      regionCode: trainingSessions.regionCode,
      industryCode: trainingSessions.industryCode,
      heldOn: trainingSessions.heldOn,
    })
    .from(trainingSessions)
    .where(
      and(eq(trainingSessions.campaignId, campaignId), inArray(trainingSessions.kind, ['centralized', 'industry'])),
    );
}

export async function organizationNames(executor: Executor, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function regionNamesOf(executor: Executor, codes: ReadonlyArray<string>): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await executor
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** An enterprise's attendance, by session (its 一企一档 training record). */
export async function participationAttendance(executor: Executor, participationId: string) {
  return executor
    .select({
      sessionId: trainingSessions.id,
      title: trainingSessions.title,
      kind: trainingSessions.kind,
      heldOn: trainingSessions.heldOn,
      audiences: trainingSessions.audiences,
      audienceLevel: trainingAttendance.audienceLevel,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(eq(trainingAttendance.participationId, participationId))
    .orderBy(asc(trainingSessions.heldOn));
}

/** The accepted plan's training section (003 §6.6.1 e)). */
export async function acceptedPlanTraining(executor: Executor, participationId: string) {
  const [row] = await executor
    .select({ content: plans.content })
    .from(plans)
    .where(and(eq(plans.participationId, participationId), eq(plans.status, 'accepted')))
    .orderBy(desc(plans.version))
    .limit(1);
  return row?.content.training ?? [];
}

/** Attendance at internal-auditor sessions of one enterprise (002 step 8 (1)). */
export async function internalAuditorAttendanceOf(executor: Executor, participationId: string) {
  return executor
    .select({
      personName: trainingAttendance.personName,
      sessionId: trainingAttendance.sessionId,
      heldOn: trainingSessions.heldOn,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(eq(trainingAttendance.participationId, participationId), eq(trainingSessions.kind, 'internal_auditor')))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingAttendance.personName));
}
