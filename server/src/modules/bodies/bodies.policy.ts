/** Who may register which body: the bureau's jurisdiction and the 39 categories (rules from domain/). */
import type { RegisterBodyRequest } from '../../../../contracts/bodies.js';
import { isIndustryCategoryCode } from '../../../../domain/industries/categories.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorJurisdictionHolds } from '../../platform/db/row-scope.js';
import { AppError } from '../../platform/http/app-error.js';

export function assertMayRegister(actor: Actor, input: RegisterBodyRequest): void {
  // ADR 0004: a bureau registers bodies of its own jurisdiction (the national bureau: anywhere)
  if (!actorJurisdictionHolds(actor, input.regionCode)) {
    throw new AppError('BODY_REGION_OUTSIDE_JURISDICTION', { field: 'regionCode', detail: input.regionCode });
  }
  const unknown = input.industryCodes.find((code) => !isIndustryCategoryCode(code));
  if (unknown) throw new AppError('INDUSTRY_UNKNOWN', { field: 'industryCodes', detail: unknown });
}
