/**
 * 帮扶工作组 (seed 000 §一): a certification body forms one or more per campaign.
 * Bodies see and edit their own; bureaus read those of campaigns they see.
 */
import type { SaveWorkingGroup, UpdateWorkingGroup, WorkingGroup } from '../../../../contracts/matching.js';
import { workingGroupProblems, type GroupRole } from '../../../../domain/matching/working-group.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { visibleCampaignOrThrow } from '../campaigns/campaigns.repository.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';
import {
  findGroup,
  groupDetails,
  groupsOfCampaign,
  insertGroup,
  membersOfGroup,
  rolesInBody,
  updateGroupRow,
  type GroupRow,
} from './matching.repository.js';

export async function assertCampaignVisible(executor: Executor, actor: Actor, campaignId: string): Promise<void> {
  await visibleCampaignOrThrow(executor, actor, campaignId);
}

export async function groupViews(executor: Executor, groups: GroupRow[]): Promise<WorkingGroup[]> {
  if (groups.length === 0) return [];
  const { members, bodies, names } = await groupDetails(executor, groups);
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

/** One group the actor may see, as the API shows it (else 404). */
export async function getGroup(executor: Executor, actor: Actor, id: string): Promise<WorkingGroup> {
  const group = await findGroup(executor, actor, id);
  assertFound(group, 'working_group');
  return (await groupViews(executor, [group]))[0]!;
}

export async function listGroups(executor: Executor, actor: Actor, campaignId: string): Promise<WorkingGroup[]> {
  await assertCampaignVisible(executor, actor, campaignId);
  return groupViews(executor, await groupsOfCampaign(executor, actor, campaignId));
}

/** Domain rules, then: leaders and managers are the body's managers, experts its assistance experts. */
async function checkGroup(tx: Executor, bodyId: string, input: SaveWorkingGroup): Promise<void> {
  const [problem] = workingGroupProblems(input);
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
  const rows = await rolesInBody(
    tx,
    bodyId,
    input.members.map((m) => m.userId),
  );
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
  input: SaveWorkingGroup,
): Promise<WorkingGroup> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const id = await db.transaction(async (tx) => {
    await assertCampaignVisible(tx, actor, campaignId);
    await checkGroup(tx, actor.organizationId, input);
    const group = await insertGroup(
      tx,
      { campaignId, organizationId: actor.organizationId, createdBy: actor.userId, now },
      input,
    );
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'working_group.create',
      objectType: 'working_group',
      objectId: group.id,
      outcome: 'success',
      after: { ...group, members: input.members },
    });
    return group.id;
  });
  const [view] = await groupViews(db, [(await findGroup(db, actor, id))!]);
  return view!;
}

export async function updateGroup(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateWorkingGroup,
): Promise<WorkingGroup> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const group = await findGroup(tx, actor, id, { forUpdate: true });
    assertFound(group, 'working_group');
    if (group.version !== input.version) throw new AppError('VERSION_CONFLICT');
    await checkGroup(tx, group.organizationId, input);
    const before = await membersOfGroup(tx, id);
    await updateGroupRow(tx, group, input, now);
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
