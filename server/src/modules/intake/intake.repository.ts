/**
 * Intake's SQL: the campaign an application enters, the bodies and associations it may name, open campaigns, the
 * enterprises on record by credit code; the one writer of enterprises.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { campaignBodies, campaigns } from '../campaigns/campaigns.table.js';
import { campaignVisibility } from '../campaigns/campaigns.repository.js';
import { enterprises } from './intake.table.js';
import type { RecordedEnterprise } from '../../../../domain/intake/application.js';

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

/** All region codes known to the platform, for validating many rows at once. */
export async function knownRegionCodes(executor: Executor): Promise<Set<string>> {
  const rows = await executor.select({ code: regions.code }).from(regions);
  return new Set(rows.map((r) => r.code));
}

/** Enterprises already on record among these credit codes (normalized), with their recorded region. */
export async function recordedEnterprises(
  executor: Executor,
  usccs: ReadonlyArray<string>,
): Promise<Map<string, RecordedEnterprise>> {
  const found = new Map<string, RecordedEnterprise>();
  for (const part of chunk([...new Set(usccs)], 1000)) {
    const rows = await executor
      .select({ id: enterprises.organizationId, uscc: enterprises.uscc, regionCode: organizations.regionCode })
      .from(enterprises)
      .innerJoin(organizations, eq(organizations.id, enterprises.organizationId))
      .where(inArray(enterprises.uscc, part));
    for (const r of rows) found.set(r.uscc, { id: r.id, regionCode: r.regionCode });
  }
  return found;
}

/** New enterprise records (their organizations rows written first), one statement for the lot. */
export async function insertEnterprises(
  executor: Executor,
  rows: ReadonlyArray<typeof enterprises.$inferInsert>,
): Promise<void> {
  if (rows.length) await executor.insert(enterprises).values([...rows]);
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
