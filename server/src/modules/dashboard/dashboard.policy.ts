/**
 * Which region's dashboard a caller may see (ADR 0004): a bureau its jurisdiction or a region below it (outside
 * answers 404, as the statistics table); a body any region, its figures holding only its own participations.
 */
import { NATIONAL_REGION_CODE } from '../../../../domain/regions/region-code.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorJurisdiction, actorJurisdictionHolds } from '../../platform/db/row-scope.js';
import { AppError } from '../../platform/http/app-error.js';

/** The region the figures cover: the one asked for (inside the jurisdiction), else the jurisdiction or the country. */
export function dashboardRegion(actor: Actor, regionCode: string | undefined): string {
  const jurisdiction = actorJurisdiction(actor);
  if (regionCode === undefined) return jurisdiction ?? NATIONAL_REGION_CODE;
  if (jurisdiction !== null && !actorJurisdictionHolds(actor, regionCode))
    throw new AppError('NOT_FOUND', { field: 'region' });
  return regionCode;
}
