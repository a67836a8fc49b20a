/** Intake's reads: the campaign an application enters, the bodies and associations it may name, open campaigns. */
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { campaignBodies, campaigns } from '../campaigns/campaigns.table.js';
import { campaignVisibility } from '../campaigns/campaigns.repository.js';

/** Campaigns open for applications: the assistance phase has not ended by `today`. */
function openOn(today: string) {
  return sql`exists (select 1 from campaign_phases ph where ph.campaign_id = ${campaigns.id} and ph.kind = 'assistance' and coalesce(ph.ends_on, ph.starts_on) >= ${today})`;
}

export async function selectVisibleCampaign(executor: Executor, actor: Actor, campaignId: string) {
  const [campaign] = await executor
    .select({ id: campaigns.id, regionCode: campaigns.regionCode })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignVisibility(actor)));
  return campaign;
}

export async function selectOpenCampaign(executor: Executor, campaignId: string, today: string) {
  const [campaign] = await executor
    .select({ id: campaigns.id, regionCode: campaigns.regionCode })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), openOn(today)));
  return campaign;
}

export async function selectOpenCampaigns(executor: Executor, today: string) {
  return executor
    .select({
      id: campaigns.id,
      year: campaigns.year,
      name: campaigns.name,
      regionCode: campaigns.regionCode,
      regionName: regions.name,
    })
    .from(campaigns)
    .innerJoin(regions, eq(regions.code, campaigns.regionCode))
    .where(openOn(today))
    .orderBy(campaigns.regionCode);
}

export async function campaignHasBody(executor: Executor, campaignId: string, bodyId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .where(and(eq(campaignBodies.campaignId, campaignId), eq(campaignBodies.organizationId, bodyId)));
  return Boolean(row);
}

export async function organizationKind(executor: Executor, id: string): Promise<string | undefined> {
  const [org] = await executor.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, id));
  return org?.kind;
}
