/**
 * Coverage of a campaign: by region and body, how many enterprises handed to a
 * body have an expert; the unassigned ones with the reason the last proposal gave; the workload
 * of the experts of the bodies concerned. A bureau sees its region across bodies, a body itself.
 */
import type { Coverage } from '../../../../contracts/matching.js';
import { DEFAULT_CAPACITY } from '../../../../domain/experts/expert-profile.js';
import type { ErrorCode, Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { expertLoads } from '../experts/experts.repository.js';
import {
  assistanceExpertsOfBodies,
  bodiesOfCampaign,
  groupCountsByBody,
  handedOverParticipations,
  organizationNames,
  proposalItemsOfCampaign,
} from './matching.repository.js';
import { assertCampaignVisible } from './working-groups.service.js';

export async function campaignCoverage(
  executor: Executor,
  actor: Actor,
  campaignId: string,
  locale: Locale,
): Promise<Coverage> {
  await assertCampaignVisible(executor, actor, campaignId);
  const rows = await handedOverParticipations(executor, actor, campaignId);

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
      : await bodiesOfCampaign(executor, campaignId);
  const [bodyRows, groupCounts, experts] = await Promise.all([
    organizationNames(executor, bodyIds),
    groupCountsByBody(executor, campaignId, bodyIds),
    assistanceExpertsOfBodies(executor, bodyIds),
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
    const proposals = await proposalItemsOfCampaign(executor, campaignId);
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
        message: reason ? localMessage(reason as ErrorCode, locale) : null,
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
