/**
 * Coverage of a campaign: by region and body, how many enterprises handed to a
 * body have an expert; the unassigned ones with the reason the last proposal gave; the workload
 * of the experts of the bodies concerned. A bureau sees its region across bodies, a body itself.
 */
import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { assignmentProposals, workingGroups } from './matching.table.js';
import { campaignBodies } from '../campaigns/campaigns.table.js';
import { expertProfiles } from '../experts/experts.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { regions } from '../../platform/db/regions.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';
import { expertLoads } from '../experts/expert-load.js';
import { assertCampaignVisible } from './working-groups.service.js';
import { DEFAULT_CAPACITY } from '../../../../domain/experts/expert-profile.js';
import { errorMessage, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';

/** Stages before hand-over, or out of the campaign, are not the bodies' to cover. */
const NOT_HANDED_OVER = ['applied', 'screened', 'rejected', 'withdrawn'];

export async function campaignCoverage(executor: Executor, actor: Actor, campaignId: string, locale: Locale) {
  await assertCampaignVisible(executor, actor, campaignId);
  const body = alias(organizations, 'body_org');
  const enterpriseOrg = alias(organizations, 'enterprise_org');
  // covered = has (or, once finished, had) an assistance expert
  const hasExpert = sql<boolean>`exists (select 1 from ${participationExperts} where ${eq(participationExperts.participationId, participations.id)})`;
  const rows = await executor
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

  const byRegion = new Map<
    string,
    {
      regionCode: string;
      regionName: string | null;
      bodyId: string;
      bodyName: string;
      selected: number;
      assigned: number;
      unassigned: number;
    }
  >();
  for (const r of rows) {
    const key = `${r.regionCode}|${r.bodyId}`;
    const entry = byRegion.get(key) ?? {
      regionCode: r.regionCode,
      regionName: r.regionName,
      bodyId: r.bodyId!,
      bodyName: r.bodyName,
      selected: 0,
      assigned: 0,
      unassigned: 0,
    };
    entry.selected++;
    if (r.hasExpert) entry.assigned++;
    else if (r.stage === 'selected') entry.unassigned++;
    byRegion.set(key, entry);
  }

  const bodyIds =
    actor.role === 'cb_admin' || actor.role === 'cb_manager'
      ? [actor.organizationId]
      : (
          await executor
            .select({ id: campaignBodies.organizationId })
            .from(campaignBodies)
            .where(eq(campaignBodies.campaignId, campaignId))
        ).map((b) => b.id);
  const [bodyRows, groupCounts, experts] = await Promise.all([
    bodyIds.length
      ? executor
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, bodyIds))
      : Promise.resolve([]),
    bodyIds.length
      ? executor
          .select({ bodyId: workingGroups.organizationId, n: sql<number>`count(*)::int` })
          .from(workingGroups)
          .where(and(eq(workingGroups.campaignId, campaignId), inArray(workingGroups.organizationId, bodyIds)))
          .groupBy(workingGroups.organizationId)
      : Promise.resolve([]),
    bodyIds.length
      ? executor
          .select({
            userId: users.id,
            displayName: users.displayName,
            bodyId: memberships.organizationId,
            capacity: expertProfiles.capacity,
          })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
          .where(and(inArray(memberships.organizationId, bodyIds), eq(memberships.role, 'assistance_expert')))
      : Promise.resolve([]),
  ]);
  const loads = await expertLoads(
    executor,
    experts.map((e) => e.userId),
  );
  const bodyName = (id: string) => bodyRows.find((b) => b.id === id)?.name ?? '';

  // the latest proposal of each body in this campaign says why an enterprise was left out
  const unassignedRows = rows.filter((r) => r.stage === 'selected' && !r.hasExpert);
  const reasons = new Map<string, string>();
  if (unassignedRows.length) {
    const proposals = await executor
      .select({ items: assignmentProposals.items })
      .from(assignmentProposals)
      .where(
        and(
          eq(assignmentProposals.campaignId, campaignId),
          inArray(assignmentProposals.status, ['draft', 'confirmed']),
        ),
      )
      .orderBy(desc(assignmentProposals.createdAt));
    for (const p of proposals) {
      for (const i of p.items)
        if (!i.expertUserId && i.unassignedReason && !reasons.has(i.participationId))
          reasons.set(i.participationId, i.unassignedReason);
    }
  }

  return {
    byRegion: [...byRegion.values()].sort(
      (a, b) => a.regionCode.localeCompare(b.regionCode) || a.bodyName.localeCompare(b.bodyName),
    ),
    bodies: bodyIds.map((id) => {
      const mine = rows.filter((r) => r.bodyId === id);
      return {
        bodyId: id,
        bodyName: bodyName(id),
        groups: groupCounts.find((g) => g.bodyId === id)?.n ?? 0,
        experts: experts.filter((e) => e.bodyId === id).length,
        selected: mine.length,
        assigned: mine.filter((r) => r.hasExpert).length,
      };
    }),
    unassigned: unassignedRows.map((r) => {
      const reason = reasons.get(r.participationId) ?? null;
      return {
        participationId: r.participationId,
        enterpriseName: r.enterpriseName,
        regionName: r.regionName,
        industryCode: r.industryCode,
        bodyName: r.bodyName,
        reason,
        message: reason ? errorMessage(reason as ErrorCode, locale) : null,
      };
    }),
    workload: experts
      .map((e) => ({
        userId: e.userId,
        displayName: e.displayName,
        bodyName: bodyName(e.bodyId),
        load: loads[e.userId] ?? 0,
        capacity: e.capacity ?? DEFAULT_CAPACITY,
      }))
      .sort((a, b) => b.load / b.capacity - a.load / a.capacity || a.displayName.localeCompare(b.displayName)),
  };
}
