/**
 * Quotas (seed 004: 50 a year, 3–5 recommended per city; 001: targets per
 * district). A campaign may cap its whole selection (`targets.enterprises`) and each sub-region
 * (`targets.quotas[regionCode]`); selecting beyond either is refused.
 */
import { isWithinRegion } from '../regions/region-code.js';
import type { Stage } from '../lifecycle/stages.js';

/** Stages at which a participation holds one of the campaign's places (selected and everything after, closed included). */
export const STAGES_HOLDING_A_PLACE: ReadonlyArray<Stage> = [
  'selected',
  'assigned',
  'diagnosed',
  'plan_agreed',
  'implementing',
  'operating',
  'reviewed',
  'evaluated',
  'certified',
  'closed',
];

interface CampaignTargets {
  enterprises?: number;
  quotas?: Record<string, number>;
}

export interface QuotaCheck {
  ok: boolean;
  /** The cap that would be exceeded: 'total' or the sub-region's code. */
  exceeded?: string;
  limit?: number;
}

/**
 * Would selecting one more enterprise in `regionCode` stay within the targets?
 * `selected` lists the region codes of the participations already selected (or further along).
 */
export function checkQuota(targets: CampaignTargets, selected: ReadonlyArray<string>, regionCode: string): QuotaCheck {
  if (targets.enterprises !== undefined && selected.length + 1 > targets.enterprises) {
    return { ok: false, exceeded: 'total', limit: targets.enterprises };
  }
  for (const [quotaRegion, limit] of Object.entries(targets.quotas ?? {})) {
    if (!isWithinRegion(regionCode, quotaRegion)) continue;
    const used = selected.filter((code) => isWithinRegion(code, quotaRegion)).length;
    if (used + 1 > limit) return { ok: false, exceeded: quotaRegion, limit };
  }
  return { ok: true };
}

/** Progress of each quota for a parent's view of its children. */
export function quotaProgress(targets: CampaignTargets, selected: ReadonlyArray<string>) {
  return Object.entries(targets.quotas ?? {}).map(([regionCode, limit]) => ({
    regionCode,
    limit,
    selected: selected.filter((code) => isWithinRegion(code, regionCode)).length,
  }));
}
