/** All SQL of the evaluation capability: the only writer of its panels, members and C.1 sheets. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import {
  enterpriseSummaries,
  evaluationActionPlans,
  evaluationPanelMembers,
  evaluationPanels,
  evaluationSelfAssessments,
  evaluationSheets,
  evaluatorQualifications,
} from './evaluation.table.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import type { GradeBand } from '../../../../domain/evaluation/annex-c.js';

export type PanelRow = typeof evaluationPanels.$inferSelect;
export type SheetRow = typeof evaluationSheets.$inferSelect;
export type QualificationRow = typeof evaluatorQualifications.$inferSelect;
export type SelfAssessmentRow = typeof evaluationSelfAssessments.$inferSelect;
export type SummaryRow = typeof enterpriseSummaries.$inferSelect;
export type ActionPlanRow = typeof evaluationActionPlans.$inferSelect;

export async function panelOf(
  executor: Executor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PanelRow | undefined> {
  const query = executor.select().from(evaluationPanels).where(eq(evaluationPanels.participationId, participationId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function membersOf(executor: Executor, panelId: string): Promise<string[]> {
  const rows = await executor
    .select({ userId: evaluationPanelMembers.userId })
    .from(evaluationPanelMembers)
    .where(eq(evaluationPanelMembers.panelId, panelId));
  return rows.map((r) => r.userId);
}

export async function sheetsOf(executor: Executor, panelId: string): Promise<SheetRow[]> {
  return executor.select().from(evaluationSheets).where(eq(evaluationSheets.panelId, panelId));
}

export async function insertPanel(executor: Executor, values: typeof evaluationPanels.$inferInsert): Promise<string> {
  const [row] = await executor.insert(evaluationPanels).values(values).returning({ id: evaluationPanels.id });
  return row!.id;
}

export async function updatePanel(
  executor: Executor,
  id: string,
  changes: Partial<typeof evaluationPanels.$inferInsert>,
): Promise<void> {
  await executor.update(evaluationPanels).set(changes).where(eq(evaluationPanels.id, id));
}

export async function replaceMembers(
  executor: Executor,
  panelId: string,
  userIds: ReadonlyArray<string>,
): Promise<void> {
  await executor.delete(evaluationPanelMembers).where(eq(evaluationPanelMembers.panelId, panelId));
  await executor.insert(evaluationPanelMembers).values(userIds.map((userId) => ({ panelId, userId })));
}

export async function upsertSheet(executor: Executor, values: typeof evaluationSheets.$inferInsert): Promise<void> {
  await executor
    .insert(evaluationSheets)
    .values(values)
    .onConflictDoUpdate({
      target: [evaluationSheets.panelId, evaluationSheets.raterUserId],
      set: { values: values.values, total: values.total, updatedAt: values.updatedAt },
    });
}

/** Which of these people hold an evaluation-expert membership (003 §6.9.2). */
export async function evaluationExperts(executor: Executor, userIds: ReadonlyArray<string>): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await executor
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, [...userIds]),
        eq(memberships.role, 'evaluation_expert'),
        isNull(memberships.endedAt),
      ),
    );
  return rows.map((r) => r.userId);
}

/** Which of these people hold a membership (any role) in the organization. */
export async function peopleOfOrganization(
  executor: Executor,
  organizationId: string | null,
  userIds: ReadonlyArray<string>,
): Promise<string[]> {
  if (!organizationId || userIds.length === 0) return [];
  const rows = await executor
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.userId, [...userIds])));
  return rows.map((r) => r.userId);
}

/** Everyone holding an evaluation-expert membership, with the organization it is held in and the qualification. */
export async function evaluatorPool(executor: Executor) {
  return executor
    .select({
      userId: users.id,
      name: users.displayName,
      organizationName: organizations.name,
      organizationRegionCode: organizations.regionCode,
      qualification: evaluatorQualifications,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(evaluatorQualifications, eq(evaluatorQualifications.userId, users.id))
    .where(and(eq(memberships.role, 'evaluation_expert'), isNull(memberships.endedAt), eq(users.disabled, false)))
    .orderBy(users.displayName);
}

export async function displayNames(executor: Executor, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The regions of the organizations in which the person holds a current evaluation-expert membership. */
export async function evaluationExpertRegions(executor: Executor, userId: string): Promise<Array<string | null>> {
  const rows = await executor
    .select({ regionCode: organizations.regionCode })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'evaluation_expert'), isNull(memberships.endedAt)));
  return rows.map((r) => r.regionCode);
}

export async function qualificationsOf(
  executor: Executor,
  userIds: ReadonlyArray<string>,
): Promise<Map<string, QualificationRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await executor
    .select()
    .from(evaluatorQualifications)
    .where(inArray(evaluatorQualifications.userId, [...userIds]));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function upsertQualification(
  executor: Executor,
  values: typeof evaluatorQualifications.$inferInsert,
): Promise<void> {
  const { userId: _userId, ...set } = values;
  await executor
    .insert(evaluatorQualifications)
    .values(values)
    .onConflictDoUpdate({ target: evaluatorQualifications.userId, set });
}

export async function selfAssessmentOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(evaluationSelfAssessments)
    .where(eq(evaluationSelfAssessments.participationId, participationId));
  return row;
}

export async function upsertSelfAssessment(
  executor: Executor,
  values: typeof evaluationSelfAssessments.$inferInsert,
): Promise<void> {
  const { participationId: _p, ...set } = values;
  await executor
    .insert(evaluationSelfAssessments)
    .values(values)
    .onConflictDoUpdate({ target: evaluationSelfAssessments.participationId, set });
}

export async function summaryOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(enterpriseSummaries)
    .where(eq(enterpriseSummaries.participationId, participationId));
  return row;
}

export async function upsertSummary(executor: Executor, values: typeof enterpriseSummaries.$inferInsert) {
  const { participationId: _p, ...set } = values;
  await executor
    .insert(enterpriseSummaries)
    .values(values)
    .onConflictDoUpdate({ target: enterpriseSummaries.participationId, set });
}

export async function actionPlanOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select()
    .from(evaluationActionPlans)
    .where(eq(evaluationActionPlans.participationId, participationId));
  return row;
}

export async function upsertActionPlan(executor: Executor, values: typeof evaluationActionPlans.$inferInsert) {
  const { participationId: _p, ...set } = values;
  await executor
    .insert(evaluationActionPlans)
    .values(values)
    .onConflictDoUpdate({ target: evaluationActionPlans.participationId, set });
}

/** Reminders (domain/reminders): the open panels starting between the dates, with their leader and members. */
export async function openPanelsStartingBetween(executor: Executor, from: string, to: string) {
  const panels = await executor
    .select({
      id: evaluationPanels.id,
      dueOn: evaluationPanels.startsOn,
      participationId: evaluationPanels.participationId,
      leaderUserId: evaluationPanels.leaderUserId,
    })
    .from(evaluationPanels)
    .where(and(eq(evaluationPanels.status, 'open'), sql`${evaluationPanels.startsOn} between ${from} and ${to}`));
  if (panels.length === 0) return [];
  const members = await executor
    .select()
    .from(evaluationPanelMembers)
    .where(
      inArray(
        evaluationPanelMembers.panelId,
        panels.map((p) => p.id),
      ),
    );
  return panels.map((p) => ({
    ...p,
    memberUserIds: [...new Set([p.leaderUserId, ...members.filter((m) => m.panelId === p.id).map((m) => m.userId)])],
  }));
}

/** The campaign's own Table 2 bands (null = Table 2 as published): what a new panel of its participations starts from. */
export async function campaignGradeBands(executor: Executor, campaignId: string): Promise<GradeBand[] | null> {
  const [row] = await executor
    .select({ gradeBands: campaigns.gradeBands })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  return row?.gradeBands ?? null;
}
