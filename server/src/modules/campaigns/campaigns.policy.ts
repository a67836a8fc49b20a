/** Who may plan which campaign: a bureau plans in its own region; only the issuing bureau changes a campaign. */
import { campaignChangeRefusal } from '../../../../domain/campaigns/campaign-plan.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError } from '../../platform/http/app-error.js';

/** The region a new campaign is planned for: the bureau's own (an actor without a region plans none). */
export function planningRegionOf(actor: Actor): string {
  if (!actor.regionCode) throw new AppError('FORBIDDEN');
  return actor.regionCode;
}

/** 003 §6.3: only the issuing bureau changes its campaign, and only the version it read (`version` when given). */
export function assertMayChange(
  actor: Actor,
  campaign: { issuingOrganizationId: string; version: number },
  version?: number,
): void {
  const refusal = campaignChangeRefusal(campaign, { organizationId: actor.organizationId, version });
  if (refusal) throw new AppError(refusal);
}
