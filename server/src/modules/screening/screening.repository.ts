/** The screening's SQL: its recorded items, and the campaign facts screening and selection need. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participations } from '../participations/participations.table.js';
import { screenings } from './screening.table.js';
import {
  automaticScreeningItems,
  mergeScreeningItems,
  summarizeScreening,
  type CampaignEligibility,
  type ScreeningItem,
  type ScreeningSummary,
} from '../../../../domain/intake/screening.js';
import { checkQuota, STAGES_HOLDING_A_PLACE, type QuotaCheck } from '../../../../domain/intake/quota.js';

/** The recorded screening as the checklist shows it (without the participation's waiting list and figures). */
export interface RecordedScreening {
  items: ScreeningItem[];
  summary: ScreeningSummary;
  note: string | null;
  version: number;
}

/** The items the platform answers itself for this participation (size, revenue rule), and the campaign's rules. */
export async function automaticItemsFor(
  executor: Executor,
  participation: { campaignId: string; sizeClass: string | null; application: Record<string, unknown> },
): Promise<{ automatic: ScreeningItem[]; rules: CampaignEligibility }> {
  const [campaign] = await executor
    .select({ eligibility: campaigns.eligibility })
    .from(campaigns)
    .where(eq(campaigns.id, participation.campaignId));
  const rules = campaign?.eligibility ?? {};
  const revenue = participation.application.revenueWan;
  return {
    automatic: automaticScreeningItems({
      sizeClass: participation.sizeClass,
      mainRevenueWan: typeof revenue === 'number' ? revenue : null,
      rules,
    }),
    rules,
  };
}

/**
 * The recorded items merged with the ones the platform answers itself (size, revenue rule),
 * listed in checklist order with every required item present; an officer's answer counts for a
 * rule item only where the rule could not settle it (ADR 0025).
 */
export async function loadScreening(
  executor: Executor,
  participation: { id: string; campaignId: string; sizeClass: string | null; application: Record<string, unknown> },
): Promise<RecordedScreening> {
  const [[row], { automatic, rules }] = await Promise.all([
    executor.select().from(screenings).where(eq(screenings.participationId, participation.id)),
    automaticItemsFor(executor, participation),
  ]);
  const items = mergeScreeningItems((row?.items ?? []) as unknown as ScreeningItem[], automatic, rules);
  return { items, summary: summarizeScreening(items, rules), note: row?.summary ?? null, version: row?.version ?? 0 };
}

/** Whether one more selection in `regionCode` stays within the campaign's targets. */
export async function quotaFor(executor: Executor, campaignId: string, regionCode: string): Promise<QuotaCheck> {
  const [[campaign], taken] = await Promise.all([
    executor.select({ targets: campaigns.targets }).from(campaigns).where(eq(campaigns.id, campaignId)),
    executor
      .select({ regionCode: participations.regionCode })
      .from(participations)
      .where(
        and(eq(participations.campaignId, campaignId), inArray(participations.stage, [...STAGES_HOLDING_A_PLACE])),
      ),
  ]);
  return checkQuota(
    { enterprises: campaign?.targets.enterprises, quotas: campaign?.targets.quotas },
    taken.map((t) => t.regionCode),
    regionCode,
  );
}

export async function selectScreeningRow(executor: Executor, participationId: string) {
  const [row] = await executor.select().from(screenings).where(eq(screenings.participationId, participationId));
  return row;
}

export async function saveScreeningRow(
  tx: Executor,
  participationId: string,
  exists: boolean,
  values: Omit<typeof screenings.$inferInsert, 'participationId'>,
): Promise<void> {
  if (exists) await tx.update(screenings).set(values).where(eq(screenings.participationId, participationId));
  else await tx.insert(screenings).values({ participationId, ...values });
}
