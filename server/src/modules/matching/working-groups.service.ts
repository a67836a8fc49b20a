/**
 * 帮扶工作组 (seed 000 §一): a certification body forms one or more per campaign.
 * Bodies see and edit their own; bureaus read those of campaigns they see.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { workingGroupMembers, workingGroups } from './matching.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { campaignVisibility, visibleCampaignOrThrow } from '../campaigns/campaigns.repository.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { workingGroupProblems, type GroupRole } from '../../../../domain/matching/working-group.js';
import type { SaveWorkingGroupBody, WorkingGroupBody } from './matching.schemas.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';

type GroupRow = typeof workingGroups.$inferSelect;

const isBody = (actor: Actor) => actor.role === 'cb_admin' || actor.role === 'cb_manager';

export async function assertCampaignVisible(executor: Executor, actor: Actor, campaignId: string): Promise<void> {
  await visibleCampaignOrThrow(executor, actor, campaignId);
}

/** A group the actor may see: their body's own, or (bureaus) any of a campaign they see. */
export async function findGroup(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<GroupRow | undefined> {
  const query = executor
    .select({ g: workingGroups })
    .from(workingGroups)
    .innerJoin(campaigns, eq(campaigns.id, workingGroups.campaignId))
    .where(
      and(
        eq(workingGroups.id, id),
        isBody(actor) ? eq(workingGroups.organizationId, actor.organizationId) : campaignVisibility(actor),
      ),
    );
  const [row] = options.forUpdate ? await query.for('update', { of: workingGroups }) : await query;
  return row?.g;
}

export async function groupViews(executor: Executor, groups: GroupRow[]): Promise<WorkingGroupBody[]> {
  if (groups.length === 0) return [];
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
  const roleOrder: Record<string, number> = { leader: 0, manager: 1, expert: 2 };
  return groups.map((g) => ({
    id: g.id,
    campaignId: g.campaignId,
    organization: bodies.find((b) => b.id === g.organizationId)!,
    name: g.name,
    regionCodes: g.regionCodes,
    regionNames: g.regionCodes.map((c) => names.find((n) => n.code === c)?.name ?? c),
    members: members
      .filter((m) => m.groupId === g.id)
      .map((m) => ({
        userId: m.userId,
        displayName: m.displayName,
        role: m.role as GroupRole,
        phone: maskPhone(m.phone),
      }))
      .sort((a, b) => roleOrder[a.role]! - roleOrder[b.role]!),
    version: g.version,
  }));
}

export async function listGroups(executor: Executor, actor: Actor, campaignId: string): Promise<WorkingGroupBody[]> {
  await assertCampaignVisible(executor, actor, campaignId);
  const rows = await executor
    .select()
    .from(workingGroups)
    .where(
      and(
        eq(workingGroups.campaignId, campaignId),
        isBody(actor) ? eq(workingGroups.organizationId, actor.organizationId) : undefined,
      ),
    )
    .orderBy(asc(workingGroups.createdAt), asc(workingGroups.name));
  return groupViews(executor, rows);
}

/** Domain rules, then: leaders and managers are the body's managers, experts its assistance experts. */
async function checkGroup(tx: Executor, bodyId: string, input: SaveWorkingGroupBody): Promise<void> {
  const [problem] = workingGroupProblems(input);
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
  const userIds = input.members.map((m) => m.userId);
  const rows = userIds.length
    ? await tx
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organizationId, bodyId), inArray(memberships.userId, userIds)))
    : [];
  for (const m of input.members) {
    const roles = rows.filter((r) => r.userId === m.userId).map((r) => r.role);
    const fits =
      m.role === 'expert'
        ? roles.includes('assistance_expert')
        : roles.includes('cb_admin') || roles.includes('cb_manager');
    if (!fits) throw new AppError('WORKING_GROUP_MEMBER_ROLE', { field: 'members', detail: m.userId });
  }
  await assertRegionsForNewRecord(tx, input.regionCodes, 'regionCodes');
}

export async function createGroup(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  input: SaveWorkingGroupBody,
): Promise<WorkingGroupBody> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const id = await db.transaction(async (tx) => {
    await assertCampaignVisible(tx, actor, campaignId);
    await checkGroup(tx, actor.organizationId, input);
    const [group] = await tx
      .insert(workingGroups)
      .values({
        campaignId,
        organizationId: actor.organizationId,
        name: input.name,
        regionCodes: input.regionCodes,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx
      .insert(workingGroupMembers)
      .values(input.members.map((m) => ({ groupId: group!.id, userId: m.userId, role: m.role })));
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'working_group.create',
      objectType: 'working_group',
      objectId: group!.id,
      outcome: 'success',
      after: { ...group, members: input.members },
    });
    return group!.id;
  });
  const [view] = await groupViews(db, [(await findGroup(db, actor, id))!]);
  return view!;
}

export async function updateGroup(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: SaveWorkingGroupBody & { version: number },
): Promise<WorkingGroupBody> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const group = await findGroup(tx, actor, id, { forUpdate: true });
    assertFound(group, 'working_group');
    if (group.version !== input.version) throw new AppError('VERSION_CONFLICT');
    await checkGroup(tx, group.organizationId, input);
    const before = await tx.select().from(workingGroupMembers).where(eq(workingGroupMembers.groupId, id));
    await tx
      .update(workingGroups)
      .set({ name: input.name, regionCodes: input.regionCodes, updatedAt: now, version: group.version + 1 })
      .where(eq(workingGroups.id, id));
    await tx.delete(workingGroupMembers).where(eq(workingGroupMembers.groupId, id));
    await tx
      .insert(workingGroupMembers)
      .values(input.members.map((m) => ({ groupId: id, userId: m.userId, role: m.role })));
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'working_group.update',
      objectType: 'working_group',
      objectId: id,
      outcome: 'success',
      before: { ...group, members: before },
      after: { name: input.name, regionCodes: input.regionCodes, members: input.members },
    });
  });
  const [view] = await groupViews(db, [(await findGroup(db, actor, id))!]);
  return view!;
}
