/** Who may plan which campaign: a bureau plans in its own region; only the issuing bureau changes a campaign. */
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import { campaignChangeRefusal } from '../../../../domain/campaigns/campaign-plan.js';
import { regionCodeStatus, regionProblemDetail } from '../../../../domain/regions/region-status.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError } from '../../platform/http/app-error.js';

/**
 * The region a new campaign is planned for: any region in the bureau's jurisdiction (ADR 0004; a city plans its
 * counties' campaigns), its own when none is asked for; an actor without a region plans none. A retired or made-up
 * code is refused as such (ADR 0026).
 */
export function planningRegionOf(actor: Actor, requested?: string): string {
  if (!actor.regionCode) throw new AppError('FORBIDDEN');
  if (requested === undefined) return actor.regionCode;
  if (!jurisdictionHolds(actor.regionCode, requested))
    throw new AppError('CAMPAIGN_REGION_OUTSIDE_JURISDICTION', { field: 'regionCode', detail: requested });
  const status = regionCodeStatus(requested);
  if (status === 'retired')
    throw new AppError('REGION_RETIRED', { field: 'regionCode', detail: regionProblemDetail(requested) });
  if (status === 'not_a_division') throw new AppError('REGION_UNKNOWN', { field: 'regionCode', detail: requested });
  return requested;
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
