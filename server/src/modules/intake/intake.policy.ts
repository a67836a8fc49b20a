/** Who may enrol whom: a bureau recommends only within its own jurisdiction (ADR 0004), whatever campaign it sees. */
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import type { Enroller } from '../../../../domain/intake/application.js';
import { AppError } from '../../platform/http/app-error.js';

export function assertWithinJurisdiction(enroller: Enroller, regionCode: string): void {
  // a county inside a city's campaign, say: the city's bureau may, a neighbouring county's may not
  if (enroller.kind === 'bureau' && !jurisdictionHolds(enroller.jurisdictionRegionCode, regionCode)) {
    throw new AppError('REGION_OUTSIDE_JURISDICTION', { field: 'regionCode', detail: regionCode });
  }
}
