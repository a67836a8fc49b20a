/** Which region's table a caller may see: its jurisdiction or a region below it (ADR 0004); outside answers 404. */
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';
import { AppError } from '../../platform/http/app-error.js';

export function assertRegionInJurisdiction(actor: Actor, regionCode: string): void {
  if (!jurisdictionHolds(actorJurisdiction(actor), regionCode)) throw new AppError('NOT_FOUND', { field: 'region' });
}
