/**
 * Which notifications an actor sees: those of their organization addressed to them, and the organization-wide
 * ones, except that an expert sees only their own (the body's hand-overs are for its managers).
 */
import type { Actor } from '../../platform/auth/session-store.js';

export interface Audience {
  organizationId: string;
  userId: string;
  /** also the notifications addressed to the whole organization */
  organizationWide: boolean;
}

export function audienceOf(actor: Actor): Audience {
  return {
    organizationId: actor.organizationId,
    userId: actor.userId,
    organizationWide: actor.role !== 'assistance_expert',
  };
}
