/**
 * All SQL of participations: reads carry the actor's scope (participationScope); the stage, the assistance
 * relations and the stage events are written here only.
 */
import { certificates } from '../certification/certification.table.js';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  lt,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import { campaignBodies, campaigns } from '../campaigns/campaigns.table.js';
import { diagnosisReports } from '../diagnosis/diagnosis.table.js';
import { enterprises } from '../intake/intake.table.js';
import { expertProfiles } from '../experts/experts.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { evaluationAppointments, participationExperts, participations, stageEvents } from './participations.table.js';
import { evaluationActionPlans, evaluationPanels } from '../evaluation/evaluation.table.js';
import { plans } from '../plans/plans.table.js';
import { auditFindings, internalAudits } from '../internal-audit/internal-audit.table.js';
import { managementReviews, reviewVerifications } from '../management-review/management-review.table.js';
import {
  implementationIssues,
  improvementTeams,
  operationRecords,
  operationStarts,
} from '../implementation/implementation.table.js';
import { orderTimelineRecords, type TimelineRecord } from '../../../../domain/lifecycle/timeline.js';
import { trainingAttendance, trainingSessions } from '../training/training.table.js';
import { qmsDocumentRevisions, qmsDocuments } from '../qms-documents/qms-documents.table.js';
import { chinaDate } from '../../platform/clock.js';
import { regions } from '../../platform/db/regions.table.js';
import { workingGroupMembers, workingGroups } from '../matching/matching.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from './participation-scope.js';
import { monthRange, stagesFrom } from '../../../../domain/dashboard/figures.js';
import type { Stage } from '../../../../domain/lifecycle/stages.js';
import type { ParticipationFilters, ParticipationListQuery } from '../../../../contracts/participations.js';

const enterpriseOrg = alias(organizations, 'enterprise_org');
const bodyOrg = alias(organizations, 'body_org');
const preferredOrg = alias(organizations, 'preferred_org');

/** The joins every participation read needs: enterprise, campaign, region, certification body. */
function withParticipationJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .leftJoin(bodyOrg, eq(bodyOrg.id, participations.certificationBodyId));
}

/** The list filters as SQL, with the actor's scope always first. */
function listConditions(actor: Actor, query: ParticipationFilters): SQL[] {
  const conditions: SQL[] = [participationScope(actor)];
  if (query.campaignId) conditions.push(eq(participations.campaignId, query.campaignId));
  if (query.regionCode) conditions.push(regionWithin(participations.regionCode, query.regionCode));
  if (query.stage) conditions.push(eq(participations.stage, query.stage));
  if (query.industryCode) conditions.push(eq(participations.industryCode, query.industryCode));
  // the dashboard's drill-downs (contracts/dashboard.ts), each a plain column test or one indexed exists
  if (query.reached) conditions.push(inArray(participations.stage, stagesFrom(query.reached as Stage)));
  if (query.bodyId) conditions.push(eq(participations.certificationBodyId, query.bodyId));
  if (query.size) conditions.push(eq(participations.sizeClass, query.size));
  if (query.grade) conditions.push(eq(participations.evaluationGrade, query.grade));
  if (query.trainedIn) conditions.push(trainedIn(query.trainedIn));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterpriseOrg.name, pattern), ilike(enterprises.uscc, pattern))!);
  }
  return conditions;
}

/**
 * One page of the export, in id order after `afterId` (keyset: memory stays flat for any size).
 * Leaner than the list query: region names come from the caller's map, the campaign is known.
 */
export async function exportPage(
  executor: Executor,
  actor: Actor,
  query: ParticipationFilters,
  afterId: string | null,
  limit: number,
) {
  const conditions = listConditions(actor, query);
  if (afterId) conditions.push(gt(participations.id, afterId));
  return executor
    .select({
      id: participations.id,
      enterpriseName: enterpriseOrg.name,
      uscc: enterprises.uscc,
      regionCode: participations.regionCode,
      industryCode: participations.industryCode,
      stage: participations.stage,
      sizeClass: participations.sizeClass,
      origin: participations.origin,
      certificationBodyName: bodyOrg.name,
      contactName: enterprises.contactName,
      contactPhone: enterprises.contactPhone,
      updatedAt: participations.updatedAt,
    })
    .from(participations)
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .leftJoin(bodyOrg, eq(bodyOrg.id, participations.certificationBodyId))
    .where(and(...conditions))
    .orderBy(asc(participations.id))
    .limit(limit);
}

/** Attended a training session held in this month (the dashboard's person-times by month drill into it). */
export function trainedIn(month: string): SQL {
  const { from, before } = monthRange(month);
  return sql`exists (select 1 from ${trainingAttendance} inner join ${trainingSessions} on ${eq(
    trainingSessions.id,
    trainingAttendance.sessionId,
  )} where ${and(
    eq(trainingAttendance.participationId, participations.id),
    gte(trainingSessions.heldOn, from),
    lt(trainingSessions.heldOn, before),
  )})`;
}

/**
 * One page of the list (ADR 0038) in two steps: the page's ids from participations alone (the filters, the order
 * and the offset on one table, which its indexes serve), then those rows with their names through the joins, a
 * statement prepared once per connection because its text never changes.
 */
export async function listParticipations(
  executor: Executor,
  actor: Actor,
  query: ParticipationListQuery,
  today: string,
) {
  const where = and(...listConditions(actor, query));
  let page = executor.select({ id: participations.id }).from(participations).$dynamic();
  if (query.q) page = withEnterprise(page);
  const [ids, total] = await Promise.all([
    page
      .where(where)
      .orderBy(desc(participations.updatedAt), asc(participations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    totalOf(executor, query, where),
  ]);
  const rows = ids.length === 0 ? [] : await listRowsStatement(executor).execute({ ids: ids.map((r) => r.id), today });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [{ ...row, updatedAt: row.updatedAt.toISOString() }] : [];
  });
  return { items, ...total };
}

/** The joins the search needs (the enterprise's name and credit code). */
function withEnterprise<T extends PgSelect>(query: T) {
  return query
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId));
}

function prepareListRows(executor: Executor) {
  return withParticipationJoins(
    executor
      .select({
        id: participations.id,
        stage: participations.stage,
        enterpriseName: enterpriseOrg.name,
        uscc: enterprises.uscc,
        regionCode: participations.regionCode,
        regionName: regions.name,
        industryCode: participations.industryCode,
        campaignId: campaigns.id,
        campaignName: campaigns.name,
        certificationBodyName: bodyOrg.name,
        updatedAt: participations.updatedAt,
        // the overdue flags' facts (domain/implementation overdueFlags): one index lookup per row of the page
        operationStartedOn: participations.operationStartedOn,
        lastRecordOn: sql<
          string | null
        >`(select max(${operationRecords.recordedOn})::text from ${operationRecords} where ${operationRecords.participationId} = ${participations.id})`,
        // domain/internal-audit ncOverdue as SQL: a nonconformity not closed whose rectification deadline has passed
        overdueNonconformities: sql<number>`(select count(*)::int from ${auditFindings} where ${auditFindings.participationId} = ${participations.id} and ${auditFindings.grade} <> 'observation' and ${auditFindings.closedOn} is null and ${auditFindings.dueOn} < ${sql.placeholder('today')}::date)`,
        // domain/certification: the earliest next surveillance or recertification still followed
        surveillanceDueOn: sql<
          string | null
        >`(select min(${certificates.nextDueOn})::text from ${certificates} where ${certificates.participationId} = ${participations.id})`,
      })
      .from(participations)
      .$dynamic(),
  )
    .where(sql`${participations.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('participation_list_rows');
}

const listRowsByExecutor = new WeakMap<Executor, ReturnType<typeof prepareListRows>>();

/** The list's row statement for this database handle (prepared once; the handle's connections keep its plan). */
function listRowsStatement(executor: Executor) {
  let prepared = listRowsByExecutor.get(executor);
  if (!prepared) {
    prepared = prepareListRows(executor);
    listRowsByExecutor.set(executor, prepared);
  }
  return prepared;
}

/** ADR 0038: a list's total is counted exactly up to this many rows; beyond it the planner's estimate is given. */
export const EXACT_TOTAL_UP_TO = 5_000;

/**
 * The total of a list (ADR 0038): counted over participations alone (the joins of the page match one row each),
 * joining the enterprise only when the search needs its name or code, and stopping after EXACT_TOTAL_UP_TO + 1 rows,
 * so a page of a national scope never counts 100,000 rows. Past the cap the total is the planner's estimate of the
 * same query, never below the rows already counted, and says it is one.
 */
async function totalOf(
  executor: Executor,
  query: ParticipationFilters,
  where: SQL | undefined,
): Promise<{ total: number; totalIsEstimate: boolean }> {
  let matching = executor
    .select({ one: sql<number>`1`.as('one') })
    .from(participations)
    .$dynamic();
  if (query.q) matching = withEnterprise(matching);
  matching = matching.where(where);
  const [counted] = await executor.select({ n: count() }).from(matching.limit(EXACT_TOTAL_UP_TO + 1).as('capped'));
  const n = counted?.n ?? 0;
  if (n <= EXACT_TOTAL_UP_TO) return { total: n, totalIsEstimate: false };
  const plan = (await executor.execute(sql`explain (format json) ${matching}`)) as { rows?: unknown[] };
  return { total: Math.max(n, plannedRows(plan.rows?.[0])), totalIsEstimate: true };
}

/** The row estimate of an `explain (format json)` answer (node-postgres and PGlite both give the plan as JSON). */
function plannedRows(row: unknown): number {
  const value = (row as Record<string, unknown> | undefined)?.['QUERY PLAN'];
  const plans = (typeof value === 'string' ? JSON.parse(value) : value) as Array<{ Plan?: { 'Plan Rows'?: number } }>;
  return Math.round(plans?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/** The participation with its enterprise, or undefined when it does not exist or is out of scope. */
export async function findParticipation(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = withParticipationJoins(
    executor
      .select({
        p: participations,
        enterpriseName: enterpriseOrg.name,
        enterprise: enterprises,
        regionName: regions.name,
        campaignName: campaigns.name,
        campaignYear: campaigns.year,
        bodyName: bodyOrg.name,
        preferredBodyName: preferredOrg.name,
      })
      .from(participations)
      .$dynamic(),
  )
    .leftJoin(preferredOrg, eq(preferredOrg.id, participations.preferredBodyId))
    .where(and(eq(participations.id, id), participationScope(actor)));
  const [row] = options.forUpdate ? await query.for('update', { of: participations }) : await query;
  return row;
}

export async function participationExpertsOf(executor: Executor, participationId: string) {
  return executor
    .select({
      userId: participationExperts.expertUserId,
      displayName: users.displayName,
      fromOn: participationExperts.fromOn,
      toOn: participationExperts.toOn,
      workingGroupId: participationExperts.workingGroupId,
    })
    .from(participationExperts)
    .innerJoin(users, eq(users.id, participationExperts.expertUserId))
    .where(eq(participationExperts.participationId, participationId))
    .orderBy(asc(participationExperts.fromOn));
}

export async function stageEventsOf(executor: Executor, participationId: string) {
  const rows = await executor
    .select({
      id: stageEvents.id,
      command: stageEvents.command,
      fromStage: stageEvents.fromStage,
      toStage: stageEvents.toStage,
      actorName: users.displayName,
      actorRole: stageEvents.actorRole,
      reason: stageEvents.reason,
      occurredAt: stageEvents.occurredAt,
    })
    .from(stageEvents)
    .leftJoin(users, eq(users.id, stageEvents.actorUserId))
    .where(eq(stageEvents.participationId, participationId))
    .orderBy(asc(stageEvents.id));
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
}

/** One participation by id, whatever the scope (for the trail of a refusal already scoped by the command). */
export async function participationById(executor: Executor, id: string) {
  const [row] = await executor.select().from(participations).where(eq(participations.id, id));
  return row;
}

/** Which of these users are assistance experts of the body. */
export async function assistanceExpertsOfBody(
  executor: Executor,
  expertIds: ReadonlyArray<string>,
  bodyId: string | null,
): Promise<string[]> {
  const rows = await executor
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, [...expertIds]),
        eq(memberships.role, 'assistance_expert'),
        eq(memberships.organizationId, bodyId ?? '00000000-0000-0000-0000-000000000000'),
      ),
    );
  return rows.map((r) => r.userId);
}

/** Whether the certification body takes part in the campaign. */
export async function bodyTakesPartIn(executor: Executor, campaignId: string, bodyId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .innerJoin(organizations, eq(organizations.id, campaignBodies.organizationId))
    .where(
      and(
        eq(campaignBodies.campaignId, campaignId),
        eq(campaignBodies.organizationId, bodyId),
        eq(organizations.kind, 'certification_body'),
      ),
    );
  return Boolean(row);
}

export async function hasConfirmedDiagnosis(executor: Executor, participationId: string): Promise<boolean> {
  const rows = await executor
    .select({ id: diagnosisReports.id })
    .from(diagnosisReports)
    .where(and(eq(diagnosisReports.participationId, participationId), eq(diagnosisReports.status, 'confirmed')))
    .limit(1);
  return rows.length > 0;
}

export async function hasAcceptedPlan(executor: Executor, participationId: string): Promise<boolean> {
  const rows = await executor
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.participationId, participationId), eq(plans.status, 'accepted')))
    .limit(1);
  return rows.length > 0;
}

/** 003 §6.9.5–6.9.6: the panel's signed-off result, null while none is signed off. */
export async function signedOffEvaluation(
  executor: Executor,
  participationId: string,
): Promise<{ total: number; grade: 'excellent' | 'good' | 'pass' | 'fail' } | null> {
  const [row] = await executor
    .select({ total: evaluationPanels.total, grade: evaluationPanels.grade })
    .from(evaluationPanels)
    .where(and(eq(evaluationPanels.participationId, participationId), eq(evaluationPanels.status, 'signed_off')));
  if (!row || row.total === null || !row.grade) return null;
  const grade = (['excellent', 'good', 'pass', 'fail'] as const).find((g) => g === row.grade);
  return grade ? { total: row.total, grade } : null;
}

/** 003 §6.9.7: whether the improvement and innovation action plan is recorded (read by the close guard). */
export async function hasActionPlan(executor: Executor, participationId: string): Promise<boolean> {
  const rows = await executor
    .select({ id: evaluationActionPlans.participationId })
    .from(evaluationActionPlans)
    .where(eq(evaluationActionPlans.participationId, participationId))
    .limit(1);
  return rows.length > 0;
}

/** The evaluation experts appointed to a participation (its panel): they see it (participation scope). */
export async function replaceEvaluationAppointments(
  executor: Executor,
  participationId: string,
  userIds: ReadonlyArray<string>,
): Promise<void> {
  await executor.delete(evaluationAppointments).where(eq(evaluationAppointments.participationId, participationId));
  if (userIds.length > 0)
    await executor.insert(evaluationAppointments).values(userIds.map((userId) => ({ participationId, userId })));
}

/** Which of these people hold a membership (any role) in the body. */
export async function membersOfBody(
  executor: Executor,
  bodyId: string | null,
  userIds: ReadonlyArray<string>,
): Promise<string[]> {
  if (!bodyId || userIds.length === 0) return [];
  const rows = await executor
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, bodyId), inArray(memberships.userId, [...userIds])));
  return rows.map((r) => r.userId);
}

/** The body's people with each membership role, by name (the certify dialog's candidates). */
export async function peopleOfBodyWithRoles(executor: Executor, bodyId: string) {
  return executor
    .select({ userId: users.id, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, bodyId))
    .orderBy(users.displayName);
}

/** Capacities from the experts' profiles (those without a profile are absent: the seed's default applies). */
export async function expertCapacities(
  executor: Executor,
  expertIds: ReadonlyArray<string>,
): Promise<Record<string, number>> {
  if (expertIds.length === 0) return {};
  const rows = await executor
    .select({ userId: expertProfiles.userId, capacity: expertProfiles.capacity })
    .from(expertProfiles)
    .where(inArray(expertProfiles.userId, [...expertIds]));
  return Object.fromEntries(rows.map((r) => [r.userId, r.capacity]));
}

/** For a single assignment made outside a proposal: the experts' working group in this campaign, if any. */
export async function groupOfExperts(
  executor: Executor,
  campaignId: string,
  expertIds: ReadonlyArray<string>,
): Promise<string | null> {
  const [row] = await executor
    .select({ id: workingGroups.id })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.groupId))
    .where(
      and(
        eq(workingGroups.campaignId, campaignId),
        inArray(workingGroupMembers.userId, [...expertIds]),
        eq(workingGroupMembers.role, 'expert'),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** The working group's leader and managers with their work phones. */
export async function groupContacts(executor: Executor, groupId: string) {
  return executor
    .select({
      groupName: workingGroups.name,
      displayName: users.displayName,
      role: workingGroupMembers.role,
      phone: users.phone,
    })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.groupId))
    .innerJoin(users, eq(users.id, workingGroupMembers.userId))
    .where(and(eq(workingGroupMembers.groupId, groupId), inArray(workingGroupMembers.role, ['leader', 'manager'])));
}

export async function updateParticipation(
  executor: Executor,
  id: string,
  changes: Partial<typeof participations.$inferInsert>,
): Promise<void> {
  await executor.update(participations).set(changes).where(eq(participations.id, id));
}

/** Opens (or reopens from today) each expert's assistance relation with the participation. */
export async function openAssistance(
  executor: Executor,
  participationId: string,
  expertIds: ReadonlyArray<string>,
  today: string,
  workingGroupId: string | null,
): Promise<void> {
  for (const expertUserId of expertIds) {
    await executor
      .insert(participationExperts)
      .values({ participationId, expertUserId, fromOn: today, workingGroupId })
      .onConflictDoUpdate({
        target: [participationExperts.participationId, participationExperts.expertUserId],
        set: { fromOn: today, toOn: null, workingGroupId },
      });
  }
}

/** Ends the participation's current assistance relations today. */
export async function endAssistance(executor: Executor, participationId: string, today: string): Promise<void> {
  await executor
    .update(participationExperts)
    .set({ toOn: today })
    .where(and(eq(participationExperts.participationId, participationId), isNull(participationExperts.toOn)));
}

/** The participation each of these enterprises already has in the campaign, by enterprise id. */
/** The next `n` serials of the application reference numbers (one sequence, never reused; ADR 0036), one statement. */
export async function nextReferenceSerials(tx: Executor, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx
    .select({ serial: sql<string>`nextval('application_reference_seq')` })
    .from(sql`generate_series(1, ${n})`);
  return rows.map((r) => Number(r.serial));
}

export async function participationsOfEnterprises(
  executor: Executor,
  campaignId: string,
  enterpriseIds: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunk([...new Set(enterpriseIds)], 1000)) {
    const rows = await executor
      .select({ id: participations.id, enterpriseId: participations.enterpriseId })
      .from(participations)
      .where(and(eq(participations.campaignId, campaignId), inArray(participations.enterpriseId, part)));
    for (const r of rows) found.set(r.enterpriseId, r.id);
  }
  return found;
}

/**
 * New participations (ids made by the caller), each with its first stage event, set-wise: two statements per 500
 * rows, so a roster of thousands stays a handful of statements.
 */
export async function insertParticipationsWithEvents(
  executor: Executor,
  rows: ReadonlyArray<typeof participations.$inferInsert & { id: string }>,
  event: Omit<typeof stageEvents.$inferInsert, 'participationId'>,
): Promise<void> {
  for (const part of chunk(rows, 500)) {
    await executor.insert(participations).values(part);
    await executor.insert(stageEvents).values(part.map((p) => ({ ...event, participationId: p.id })));
  }
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

export async function insertStageEvent(executor: Executor, event: typeof stageEvents.$inferInsert): Promise<void> {
  await executor.insert(stageEvents).values(event);
}

/**
 * How many reveals of this action the user made since the moment, after waiting for the user's other reveals
 * in flight (an advisory lock held to the end of the transaction), so two at once cannot both slip under the limit.
 */
export async function lockAndCountReveals(
  executor: Executor,
  userId: string,
  action: string,
  since: Date,
): Promise<number> {
  await executor.execute(sql`select pg_advisory_xact_lock(${REVEAL_LOCK_KEY}, hashtext(${userId}))`);
  const [recent] = await executor
    .select({ n: count() })
    .from(auditTrail)
    .where(and(eq(auditTrail.actorUserId, userId), eq(auditTrail.action, action), gt(auditTrail.occurredAt, since)));
  return recent?.n ?? 0;
}
const REVEAL_LOCK_KEY = 7_340_022; // arbitrary, fixed: with the user, serialises one user's reveals

/** start_operation's guard (000 §二(4)): the recorded start of operation and the day the plan was first accepted. */
export async function operationStartFacts(executor: Executor, participationId: string) {
  const [start] = await executor
    .select({ startedOn: operationStarts.startedOn })
    .from(operationStarts)
    .where(eq(operationStarts.participationId, participationId));
  const [accepted] = await executor
    .select({ acceptedAt: plans.acceptedAt })
    .from(plans)
    .where(and(eq(plans.participationId, participationId), isNotNull(plans.acceptedAt)))
    .orderBy(asc(plans.acceptedAt))
    .limit(1);
  return {
    recordedOperationStartOn: start?.startedOn ?? null,
    planAcceptedOn: accepted?.acceptedAt ? chinaDate(accepted.acceptedAt) : null,
  };
}

/**
 * complete_review's guard (000 §二(4)–(5)): the dates the records give — the completed internal audit's start and
 * the management review held, or the certified enterprise's verified audit and review —, else null.
 */
export async function reviewRecordFacts(executor: Executor, participationId: string) {
  const [verified] = await executor
    .select({ auditOn: reviewVerifications.auditOn, reviewOn: reviewVerifications.reviewOn })
    .from(reviewVerifications)
    .where(eq(reviewVerifications.participationId, participationId))
    .orderBy(desc(reviewVerifications.createdAt))
    .limit(1);
  if (verified)
    return { internalAuditOn: verified.auditOn, managementReviewOn: verified.reviewOn, certifiedPath: true };
  const [held] = await executor
    .select({ heldOn: managementReviews.heldOn, auditStartsOn: internalAudits.startsOn })
    .from(managementReviews)
    .innerJoin(
      internalAudits,
      and(
        eq(internalAudits.participationId, managementReviews.participationId),
        eq(internalAudits.status, 'completed'),
      ),
    )
    .where(eq(managementReviews.participationId, participationId))
    .orderBy(desc(managementReviews.createdAt))
    .limit(1);
  return held ? { internalAuditOn: held.auditStartsOn, managementReviewOn: held.heldOn, certifiedPath: false } : null;
}

/** One kind of record as rows of (kind, on, at, label_key, text, section), for the participation `id`. */
type TimelineSource = (id: string) => SQL;

/** A timestamp as JavaScript's toISOString writes it, and its day in China (UTC+8, as platform/clock chinaDate). */
const isoOf = (column: SQL | AnyColumn) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const chinaDayOf = (column: SQL | AnyColumn) =>
  sql`to_char((${column} + interval '8 hours') at time zone 'UTC', 'YYYY-MM-DD')`;

/**
 * The 一企一档 timeline's records (003 §6.7–6.8), one `select` per kind of record, read together in one statement
 * (`union all`): a file's detail is one round trip for all its records, however many kinds there are. A
 * capability's records are one more entry here.
 */
const TIMELINE_SOURCES: ReadonlyArray<TimelineSource> = [
  // 003 §6.7.2.1: each version of the improvement team
  (id) => sql`select 'improvement_team'::text as kind, ${chinaDayOf(improvementTeams.createdAt)} as on_day,
    ${isoOf(improvementTeams.createdAt)} as at_iso, null::text as label_key, ${improvementTeams.leaderName}::text as text,
    'implementation'::text as section from ${improvementTeams} where ${improvementTeams.participationId} = ${id}`,
  // 000 §二(4): the recorded start of operation
  (id) => sql`select 'operation_start', ${operationStarts.startedOn}::text, ${isoOf(operationStarts.createdAt)}, null,
    coalesce(${operationStarts.note}, ''), 'implementation' from ${operationStarts}
    where ${operationStarts.participationId} = ${id}`,
  // 001 annex: operation records, data, improvement evidence, control points
  (id) => sql`select 'operation_record', ${operationRecords.recordedOn}::text, ${isoOf(operationRecords.createdAt)},
    'implementation.recordKind.' || ${operationRecords.kind}, ${operationRecords.title}, 'implementation'
    from ${operationRecords} where ${operationRecords.participationId} = ${id}`,
  // 003 §6.7.3: problems and opinions raised, and their resolution
  (id) => sql`select 'issue_raised', ${implementationIssues.raisedOn}::text, ${isoOf(implementationIssues.createdAt)},
    'implementation.issueSource.' || ${implementationIssues.source}, ${implementationIssues.description}, 'implementation'
    from ${implementationIssues} where ${implementationIssues.participationId} = ${id}`,
  (
    id,
  ) => sql`select 'issue_resolved', ${implementationIssues.resolvedOn}::text, ${isoOf(implementationIssues.createdAt)},
    null, coalesce(${implementationIssues.resolution}, ''), 'implementation' from ${implementationIssues}
    where ${implementationIssues.participationId} = ${id} and ${implementationIssues.resolvedOn} is not null`,
  // 000 §二(3); 001 annex: each training session the enterprise's people attended, with its kind
  (
    id,
  ) => sql`select 'training_attended', ${trainingSessions.heldOn}::text, ${trainingSessions.heldOn}::text || 'T00:00:00.000Z',
    'timelineRecord.trainingKind.' || ${trainingSessions.kind}, ${trainingSessions.title}, 'training'
    from ${trainingAttendance} join ${trainingSessions} on ${trainingSessions.id} = ${trainingAttendance.sessionId}
    where ${trainingAttendance.participationId} = ${id} group by ${trainingSessions.id}`,
  // 003 §6.8.1: the internal audit, from its plan (its start date) to its report (the day it was completed)
  (
    id,
  ) => sql`select 'internal_audit_planned', ${internalAudits.startsOn}::text, ${isoOf(internalAudits.createdAt)}, null,
    ${internalAudits.plan}->>'scope', 'audit-review' from ${internalAudits}
    where ${internalAudits.participationId} = ${id}`,
  (
    id,
  ) => sql`select 'internal_audit_completed', ${internalAudits.completedOn}::text, ${isoOf(internalAudits.createdAt)},
    null, '', 'audit-review' from ${internalAudits}
    where ${internalAudits.participationId} = ${id} and ${internalAudits.completedOn} is not null`,
  // 002 steps 6–7: each nonconformity (observations have no cycle) raised, and closed once its action was verified
  (id) => sql`select 'nonconformity_raised', ${auditFindings.foundOn}::text, ${isoOf(auditFindings.createdAt)},
    'auditGrade.' || ${auditFindings.grade}, ${auditFindings.clause} || ' · ' || ${auditFindings.department},
    'audit-review' from ${auditFindings}
    where ${auditFindings.participationId} = ${id} and ${auditFindings.grade} <> 'observation'`,
  (id) => sql`select 'nonconformity_closed', ${auditFindings.closedOn}::text, ${isoOf(auditFindings.createdAt)},
    'auditGrade.' || ${auditFindings.grade}, ${auditFindings.clause} || ' · ' || ${auditFindings.department},
    'audit-review' from ${auditFindings}
    where ${auditFindings.participationId} = ${id} and ${auditFindings.grade} <> 'observation'
      and ${auditFindings.closedOn} is not null`,
  // 9.3: the management review held, chaired by top management
  (id) => sql`select 'management_review_held', ${managementReviews.heldOn}::text, ${isoOf(managementReviews.createdAt)},
    null, ${managementReviews.record}->>'chairName', 'audit-review' from ${managementReviews}
    where ${managementReviews.participationId} = ${id}`,
  // 000 §二(5): an enterprise already certified: its own audit and review of this year, checked by the expert
  (id) => sql`select 'review_verified', ${reviewVerifications.reviewOn}::text, ${isoOf(reviewVerifications.createdAt)},
    null, ${reviewVerifications.note}, 'audit-review' from ${reviewVerifications}
    where ${reviewVerifications.participationId} = ${id}`,
  // 001 annex 体系建设: the versions of QMS documents made effective (kept when later superseded or withdrawn), one
  // record per day — a register released at once is one event of the file, naming each document
  (id) => sql`select 'qms_document_effective', ${qmsDocumentRevisions.effectiveOn}::text,
    ${isoOf(sql`max(${qmsDocumentRevisions.updatedAt})`)},
    case when count(distinct ${qmsDocuments.level}) = 1 then 'qmsLevel.' || min(${qmsDocuments.level}) end,
    string_agg(${qmsDocuments.number} || ' ' || ${qmsDocumentRevisions.title} || '（' || ${qmsDocumentRevisions.revision} || '）',
      '、' order by ${qmsDocuments.createdAt}, ${qmsDocuments.numberKey}),
    'qms-documents'
    from ${qmsDocumentRevisions} join ${qmsDocuments} on ${qmsDocuments.id} = ${qmsDocumentRevisions.documentId}
    where ${qmsDocumentRevisions.participationId} = ${id} and ${qmsDocumentRevisions.effectiveOn} is not null
    group by ${qmsDocumentRevisions.effectiveOn}`,
];

/** Every record of the participation's timeline, newest first. */
export async function timelineRecordsOf(executor: Executor, participationId: string): Promise<TimelineRecord[]> {
  const union = sql.join(
    TIMELINE_SOURCES.map((source) => sql`(${source(participationId)})`),
    sql` union all `,
  );
  const { rows } = (await executor.execute(union)) as {
    rows: Array<{
      kind: TimelineRecord['kind'];
      on_day: string;
      at_iso: string;
      label_key: string | null;
      text: string | null;
      section: string;
    }>;
  };
  return orderTimelineRecords([
    rows.map((r) => ({
      kind: r.kind,
      on: r.on_day,
      at: r.at_iso,
      labelKey: r.label_key,
      text: r.text ?? '',
      section: r.section,
    })),
  ]);
}

/** Reminders (domain/reminders): the operating participations whose operation started between the dates, not yet audited. */
export async function operatingStartedBetween(executor: Executor, from: string, to: string) {
  return executor
    .select({ id: participations.id, startedOn: participations.operationStartedOn })
    .from(participations)
    .where(
      sql`${participations.stage} = 'operating' and ${participations.internalAuditOn} is null and ${participations.operationStartedOn} between ${from} and ${to}`,
    );
}

/** Reminders: each participation's enterprise, body, campaign and its current assisting experts. */
export async function reminderPartiesOf(executor: Executor, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  const [rows, experts] = await Promise.all([
    executor
      .select({
        id: participations.id,
        campaignId: participations.campaignId,
        enterpriseId: participations.enterpriseId,
        bodyId: participations.certificationBodyId,
      })
      .from(participations)
      .where(inArray(participations.id, [...ids])),
    executor
      .select({ participationId: participationExperts.participationId, userId: participationExperts.expertUserId })
      .from(participationExperts)
      .where(and(inArray(participationExperts.participationId, [...ids]), isNull(participationExperts.toOn))),
  ]);
  return rows.map((r) => ({
    ...r,
    expertUserIds: experts.filter((e) => e.participationId === r.id).map((e) => e.userId),
  }));
}
