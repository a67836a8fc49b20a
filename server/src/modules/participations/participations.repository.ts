/**
 * All SQL of participations: reads carry the actor's scope (participationScope); the stage, the assistance
 * relations and the stage events are written here only.
 */
import { and, asc, count, desc, eq, gt, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import { campaignBodies, campaigns } from '../campaigns/campaigns.table.js';
import { diagnosisReports } from '../diagnosis/diagnosis.table.js';
import { enterprises } from '../intake/intake.table.js';
import { expertProfiles } from '../experts/experts.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { evaluationAppointments, participationExperts, participations, stageEvents } from './participations.table.js';
import { evaluationPanels } from '../evaluation/evaluation.table.js';
import { plans } from '../plans/plans.table.js';
import { internalAudits } from '../internal-audit/internal-audit.table.js';
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

/**
 * One page of the list (ADR 0038) in two steps: the page's ids from participations alone (the filters, the order
 * and the offset on one table, which its indexes serve), then those rows with their names through the joins, a
 * statement prepared once per connection because its text never changes.
 */
export async function listParticipations(executor: Executor, actor: Actor, query: ParticipationListQuery) {
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
  const rows = ids.length === 0 ? [] : await listRowsStatement(executor).execute({ ids: ids.map((r) => r.id) });
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

type TimelineSource = (executor: Executor, participationId: string) => Promise<TimelineRecord[]>;

/**
 * The 一企一档 timeline's records (003 §6.7–6.8), one read-only query per kind of record; a capability's records are
 * one more entry here.
 */
const TIMELINE_SOURCES: ReadonlyArray<TimelineSource> = [
  // 003 §6.7.2.1: each version of the improvement team
  async (executor, id) =>
    (
      await executor
        .select({
          version: improvementTeams.version,
          leader: improvementTeams.leaderName,
          at: improvementTeams.createdAt,
        })
        .from(improvementTeams)
        .where(eq(improvementTeams.participationId, id))
    ).map((r) => ({
      kind: 'improvement_team',
      on: chinaDate(r.at),
      at: r.at.toISOString(),
      labelKey: null,
      text: r.leader,
      section: 'implementation',
    })),
  // 000 §二(4): the recorded start of operation
  async (executor, id) =>
    (
      await executor
        .select({ on: operationStarts.startedOn, note: operationStarts.note, at: operationStarts.createdAt })
        .from(operationStarts)
        .where(eq(operationStarts.participationId, id))
    ).map((r) => ({
      kind: 'operation_start',
      on: r.on,
      at: r.at.toISOString(),
      labelKey: null,
      text: r.note ?? '',
      section: 'implementation',
    })),
  // 001 annex: operation records, data, improvement evidence, control points
  async (executor, id) =>
    (
      await executor
        .select({
          on: operationRecords.recordedOn,
          kind: operationRecords.kind,
          title: operationRecords.title,
          at: operationRecords.createdAt,
        })
        .from(operationRecords)
        .where(eq(operationRecords.participationId, id))
    ).map((r) => ({
      kind: 'operation_record',
      on: r.on,
      at: r.at.toISOString(),
      labelKey: `implementation.recordKind.${r.kind}`,
      text: r.title,
      section: 'implementation',
    })),
  // 003 §6.7.3: problems and opinions raised, and their resolution
  async (executor, id) =>
    (
      await executor
        .select({
          raisedOn: implementationIssues.raisedOn,
          source: implementationIssues.source,
          description: implementationIssues.description,
          resolvedOn: implementationIssues.resolvedOn,
          resolution: implementationIssues.resolution,
          at: implementationIssues.createdAt,
        })
        .from(implementationIssues)
        .where(eq(implementationIssues.participationId, id))
    ).flatMap((r): TimelineRecord[] => [
      {
        kind: 'issue_raised',
        on: r.raisedOn,
        at: r.at.toISOString(),
        labelKey: `implementation.issueSource.${r.source}`,
        text: r.description,
        section: 'implementation',
      },
      ...(r.resolvedOn
        ? [
            {
              kind: 'issue_resolved' as const,
              on: r.resolvedOn,
              at: r.at.toISOString(),
              labelKey: null,
              text: r.resolution ?? '',
              section: 'implementation',
            },
          ]
        : []),
    ]),
  // 000 §二(3); 001 annex: each training session the enterprise's people attended, with its kind
  async (executor, id) =>
    (
      await executor
        .select({
          on: trainingSessions.heldOn,
          kind: trainingSessions.kind,
          title: trainingSessions.title,
        })
        .from(trainingAttendance)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
        .where(eq(trainingAttendance.participationId, id))
        .groupBy(trainingSessions.id, trainingSessions.heldOn, trainingSessions.kind, trainingSessions.title)
    ).map((r) => ({
      kind: 'training_attended',
      on: r.on,
      at: `${r.on}T00:00:00.000Z`,
      labelKey: `timelineRecord.trainingKind.${r.kind}`,
      text: r.title,
      section: 'training',
    })),
  // 001 annex 体系建设: the versions of QMS documents made effective (kept when later superseded or withdrawn), one
  // record per day — a register released at once is one event of the file, naming each document
  async (executor, id) => {
    const rows = (
      await executor
        .select({
          on: qmsDocumentRevisions.effectiveOn,
          level: qmsDocuments.level,
          number: qmsDocuments.number,
          title: qmsDocumentRevisions.title,
          revision: qmsDocumentRevisions.revision,
          at: qmsDocumentRevisions.updatedAt,
        })
        .from(qmsDocumentRevisions)
        .innerJoin(qmsDocuments, eq(qmsDocuments.id, qmsDocumentRevisions.documentId))
        .where(and(eq(qmsDocumentRevisions.participationId, id), isNotNull(qmsDocumentRevisions.effectiveOn)))
        .orderBy(asc(qmsDocuments.createdAt), asc(qmsDocuments.numberKey))
    ).map((r) => ({ ...r, on: r.on! }));
    const days = new Map<string, typeof rows>();
    for (const r of rows) days.set(r.on, [...(days.get(r.on) ?? []), r]);
    return [...days.entries()].map(([on, list]) => ({
      kind: 'qms_document_effective',
      on,
      at: new Date(Math.max(...list.map((r) => r.at.getTime()))).toISOString(),
      labelKey: new Set(list.map((r) => r.level)).size === 1 ? `qmsLevel.${list[0]!.level}` : null,
      text: list.map((r) => `${r.number} ${r.title}（${r.revision}）`).join('、'),
      section: 'qms-documents',
    }));
  },
];

/** Every record of the participation's timeline, newest first. */
export async function timelineRecordsOf(executor: Executor, participationId: string): Promise<TimelineRecord[]> {
  const lists: TimelineRecord[][] = [];
  // one after the other: PGlite has one connection inside a transaction (ADR 0005)
  for (const source of TIMELINE_SOURCES) lists.push(await source(executor, participationId));
  return orderTimelineRecords(lists);
}
