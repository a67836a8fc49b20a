/**
 * The planning decisions of a campaign (003 §6.3; 001 §四): what a new campaign's plan is (a child campaign
 * inherits its parent's phases, key industries and eligibility rules unless it sets its own), and whether a bureau
 * may change a campaign (only the issuing bureau, and only the version it read).
 */
import { inheritFromParent, type PhaseInput } from './campaign-rules.js';

export interface CampaignPlan {
  phases: PhaseInput[];
  keyIndustries: string[];
  eligibility: Record<string, unknown>;
}

export interface ParentPlan extends CampaignPlan {
  regionCode: string;
}

/** 003 §6.3: the plan a new campaign starts with, from what the bureau set and its parent's (if it has one). */
export function newCampaignPlan(
  input: { phases?: PhaseInput[]; keyIndustries?: string[]; eligibility?: Record<string, unknown> },
  parent: ParentPlan | null,
): CampaignPlan {
  if (parent) {
    const { phases, keyIndustries, eligibility } = inheritFromParent(input, parent);
    return { phases, keyIndustries, eligibility };
  }
  return { phases: input.phases ?? [], keyIndustries: input.keyIndustries ?? [], eligibility: input.eligibility ?? {} };
}

/**
 * Why a bureau may not change a campaign now, or null: only the issuing bureau changes it, and a change made against
 * an older version meets a conflict (the other edit is not overwritten).
 */
export function campaignChangeRefusal(
  campaign: { issuingOrganizationId: string; version: number },
  change: { organizationId: string; version?: number },
): 'NOT_ISSUING_BUREAU' | 'VERSION_CONFLICT' | null {
  if (campaign.issuingOrganizationId !== change.organizationId) return 'NOT_ISSUING_BUREAU';
  if (change.version !== undefined && change.version !== campaign.version) return 'VERSION_CONFLICT';
  return null;
}
