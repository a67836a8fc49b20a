/**
 * Matching's SQL (seed 000 §一; ADR 0012): a group in the actor's sight, a campaign's groups, their members and
 * names (the groups and their members are written here only), and what a campaign's coverage counts.
 */
import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SaveWorkingGroup } from '../../../../contracts/matching.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { campaignBodies, campaigns } from '../campaigns/campaigns.table.js';
import { enterprises } from '../intake/intake.table.js';
import { expertProfiles } from '../experts/experts.table.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { participationScope } from '../participations/participation-scope.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithinAny } from '../../platform/db/row-scope.js';
import { assignmentProposals, workingGroupMembers, workingGroups } from './matching.table.js';
import { campaignVisibility } from '../campaigns/campaigns.repository.js';
import { groupsOwnedBy } from './matching.policy.js';

export type GroupRow = typeof workingGroups.$inferSelect;
export type ProposalRow = typeof assignmentProposals.$inferSelect;

/** A group the actor may see: their body's own, or (bureaus) any of a campaign they see. */
export async function findGroup(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<GroupRow | undefined> {
  const owner = groupsOwnedBy(actor);
  const query = executor
    .select({ g: workingGroups })
    .from(workingGroups)
    .innerJoin(campaigns, eq(campaigns.id, workingGroups.campaignId))
    .where(and(eq(workingGroups.id, id), owner ? eq(workingGroups.organizationId, owner) : campaignVisibility(actor)));
  const [row] = options.forUpdate ? await query.for('update', { of: workingGroups }) : await query;
  return row?.g;
}

/** The campaign's groups the actor sees (a body: its own), oldest first. */
export async function groupsOfCampaign(executor: Executor, actor: Actor, campaignId: string): Promise<GroupRow[]> {
  const owner = groupsOwnedBy(actor);
  return executor
    .select()
    .from(workingGroups)
    .where(and(eq(workingGroups.campaignId, campaignId), owner ? eq(workingGroups.organizationId, owner) : undefined))
    .orderBy(asc(workingGroups.createdAt), asc(workingGroups.name));
}

/** What the groups' view needs besides the rows: members with names and phones, bodies, region names. */
export async function groupDetails(executor: Executor, groups: ReadonlyArray<GroupRow>) {
  const ids = groups.map((g) => g.id);
  const codes = [...new Set(groups.flatMap((g) => g.regionCodes))];
  const [members, bodies, names] = await Promise.all([
    executor
      .select({
        groupId: workingGroupMembers.groupId,
        userId: users.id,
        displayName: users.displayName,
        role: workingGroupMembers.role,
        phone: users.phone,
      })
      .from(workingGroupMembers)
      .innerJoin(users, eq(users.id, workingGroupMembers.userId))
      .where(inArray(workingGroupMembers.groupId, ids))
      .orderBy(asc(users.displayName)),
    executor
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, [...new Set(groups.map((g) => g.organizationId))])),
    codes.length
      ? executor.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes))
      : Promise.resolve([]),
  ]);
  return { members, bodies, names };
}

/** The membership roles these users hold in the body. */
export async function rolesInBody(executor: Executor, bodyId: string, userIds: ReadonlyArray<string>) {
  if (userIds.length === 0) return [];
  return executor
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, bodyId), inArray(memberships.userId, [...userIds])));
}

export async function insertGroup(
  executor: Executor,
  values: { campaignId: string; organizationId: string; createdBy: string; now: Date },
  input: SaveWorkingGroup,
): Promise<GroupRow> {
  const [group] = await executor
    .insert(workingGroups)
    .values({
      campaignId: values.campaignId,
      organizationId: values.organizationId,
      name: input.name,
      regionCodes: input.regionCodes,
      createdBy: values.createdBy,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  await executor
    .insert(workingGroupMembers)
    .values(input.members.map((m) => ({ groupId: group!.id, userId: m.userId, role: m.role })));
  return group!;
}

export async function membersOfGroup(executor: Executor, groupId: string) {
  return executor.select().from(workingGroupMembers).where(eq(workingGroupMembers.groupId, groupId));
}

/** Changes the group and replaces its members, one version on. */
export async function updateGroupRow(
  executor: Executor,
  group: GroupRow,
  input: SaveWorkingGroup,
  now: Date,
): Promise<void> {
  await executor
    .update(workingGroups)
    .set({ name: input.name, regionCodes: input.regionCodes, updatedAt: now, version: group.version + 1 })
    .where(eq(workingGroups.id, group.id));
  await executor.delete(workingGroupMembers).where(eq(workingGroupMembers.groupId, group.id));
  await executor
    .insert(workingGroupMembers)
    .values(input.members.map((m) => ({ groupId: group.id, userId: m.userId, role: m.role })));
}

/** Stages before hand-over, or out of the campaign, are not the bodies' to cover. */
const NOT_HANDED_OVER = ['applied', 'screened', 'rejected', 'withdrawn'];

/** The campaign's participations handed to a body, in the actor's scope, with whether each has (had) an expert. */
export async function handedOverParticipations(executor: Executor, actor: Actor, campaignId: string) {
  const body = alias(organizations, 'body_org');
  const enterpriseOrg = alias(organizations, 'enterprise_org');
  // covered = has (or, once finished, had) an assistance expert
  const hasExpert = sql<boolean>`exists (select 1 from ${participationExperts} where ${eq(participationExperts.participationId, participations.id)})`;
  return executor
    .select({
      participationId: participations.id,
      regionCode: participations.regionCode,
      regionName: regions.name,
      industryCode: participations.industryCode,
      stage: participations.stage,
      bodyId: participations.certificationBodyId,
      bodyName: body.name,
      hasExpert,
      enterpriseName: enterpriseOrg.name,
    })
    .from(participations)
    .innerJoin(body, eq(body.id, participations.certificationBodyId))
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .leftJoin(regions, eq(regions.code, participations.regionCode))
    .where(
      and(
        eq(participations.campaignId, campaignId),
        participationScope(actor),
        notInArray(participations.stage, NOT_HANDED_OVER),
      ),
    );
}

export async function bodiesOfCampaign(executor: Executor, campaignId: string): Promise<string[]> {
  const rows = await executor
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .where(eq(campaignBodies.campaignId, campaignId));
  return rows.map((b) => b.id);
}

export async function organizationNames(executor: Executor, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return executor
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
}

/** How many working groups each body formed in the campaign. */
export async function groupCountsByBody(executor: Executor, campaignId: string, bodyIds: ReadonlyArray<string>) {
  if (bodyIds.length === 0) return [];
  return executor
    .select({ bodyId: workingGroups.organizationId, n: sql<number>`count(*)::int` })
    .from(workingGroups)
    .where(and(eq(workingGroups.campaignId, campaignId), inArray(workingGroups.organizationId, [...bodyIds])))
    .groupBy(workingGroups.organizationId);
}

/** The bodies' assistance experts with their profiles' capacity. */
export async function assistanceExpertsOfBodies(executor: Executor, bodyIds: ReadonlyArray<string>) {
  if (bodyIds.length === 0) return [];
  return executor
    .select({
      userId: users.id,
      displayName: users.displayName,
      bodyId: memberships.organizationId,
      capacity: expertProfiles.capacity,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(and(inArray(memberships.organizationId, [...bodyIds]), eq(memberships.role, 'assistance_expert')));
}

/** The items of the campaign's live proposals (drafts and confirmed), newest first. */
export async function proposalItemsOfCampaign(executor: Executor, campaignId: string) {
  return executor
    .select({ items: assignmentProposals.items })
    .from(assignmentProposals)
    .where(
      and(eq(assignmentProposals.campaignId, campaignId), inArray(assignmentProposals.status, ['draft', 'confirmed'])),
    )
    .orderBy(desc(assignmentProposals.createdAt));
}

/** The participations a proposal is about, by id, with what the view and the rules need. */
async function participationRows(executor: Executor, where: ReturnType<typeof and>) {
  const current = executor
    .select({
      participationId: participationExperts.participationId,
      expertUserId: participationExperts.expertUserId,
      expertName: users.displayName,
    })
    .from(participationExperts)
    .innerJoin(users, eq(users.id, participationExperts.expertUserId))
    .where(isNull(participationExperts.toOn))
    .as('current');
  return executor
    .select({
      participationId: participations.id,
      version: participations.version,
      enterpriseId: participations.enterpriseId,
      enterpriseName: organizations.name,
      uscc: enterprises.uscc,
      regionCode: participations.regionCode,
      regionName: regions.name,
      industryCode: participations.industryCode,
      stage: participations.stage,
      currentExpertUserId: current.expertUserId,
      currentExpertName: current.expertName,
    })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .innerJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .leftJoin(regions, eq(regions.code, participations.regionCode))
    .leftJoin(current, eq(current.participationId, participations.id))
    .where(where)
    .orderBy(participations.regionCode, organizations.name);
}
export type ProposalParticipationRow = Awaited<ReturnType<typeof participationRows>>[number];

export async function participationRowsByIds(executor: Executor, ids: ReadonlyArray<string>) {
  return participationRows(executor, inArray(participations.id, [...ids]));
}

/** The group's experts (members in the expert role). */
export async function groupExpertIds(executor: Executor, groupId: string): Promise<string[]> {
  const rows = await executor
    .select({ userId: workingGroupMembers.userId })
    .from(workingGroupMembers)
    .where(and(eq(workingGroupMembers.groupId, groupId), eq(workingGroupMembers.role, 'expert')));
  return rows.map((r) => r.userId);
}

/** The selected (and, on re-plan, assigned but not yet diagnosed) enterprises of the body in the group's regions. */
export async function rowsForGroup(executor: Executor, group: GroupRow) {
  // empty = the whole campaign (working_groups.region_codes)
  const inRegions = regionWithinAny(participations.regionCode, group.regionCodes);
  return participationRows(
    executor,
    and(
      eq(participations.campaignId, group.campaignId),
      eq(participations.certificationBodyId, group.organizationId),
      inArray(participations.stage, ['selected', 'assigned']),
      inRegions,
    ),
  );
}

export async function loadProposal(executor: Executor, id: string): Promise<ProposalRow | undefined> {
  const [row] = await executor.select().from(assignmentProposals).where(eq(assignmentProposals.id, id));
  return row;
}

/** The group's new draft, the last draft discarded (one draft per group). */
export async function replaceDraft(executor: Executor, values: typeof assignmentProposals.$inferInsert) {
  await executor
    .update(assignmentProposals)
    .set({ status: 'discarded' })
    .where(and(eq(assignmentProposals.groupId, values.groupId), eq(assignmentProposals.status, 'draft')));
  const [proposal] = await executor
    .insert(assignmentProposals)
    .values(values)
    .returning({ id: assignmentProposals.id });
  return proposal!;
}

/** The group's current draft, else its latest confirmed proposal. */
export async function latestProposalOf(executor: Executor, groupId: string): Promise<ProposalRow | undefined> {
  const [row] = await executor
    .select()
    .from(assignmentProposals)
    .where(and(eq(assignmentProposals.groupId, groupId), inArray(assignmentProposals.status, ['draft', 'confirmed'])))
    .orderBy(desc(assignmentProposals.status), desc(assignmentProposals.createdAt)) // 'draft' sorts after 'confirmed'
    .limit(1);
  return row;
}

export async function groupById(executor: Executor, id: string): Promise<GroupRow> {
  const [row] = await executor.select().from(workingGroups).where(eq(workingGroups.id, id));
  return row!;
}

export async function userNames(executor: Executor, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** The group's draft, locked for the change. */
export async function lockDraftOf(executor: Executor, groupId: string): Promise<ProposalRow | undefined> {
  const [proposal] = await executor
    .select()
    .from(assignmentProposals)
    .where(and(eq(assignmentProposals.groupId, groupId), eq(assignmentProposals.status, 'draft')))
    .orderBy(desc(assignmentProposals.createdAt))
    .limit(1)
    .for('update');
  return proposal;
}

export async function updateProposal(
  executor: Executor,
  id: string,
  changes: Partial<typeof assignmentProposals.$inferInsert>,
): Promise<void> {
  await executor.update(assignmentProposals).set(changes).where(eq(assignmentProposals.id, id));
}
