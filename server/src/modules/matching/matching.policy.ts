/**
 * Who sees which working groups (seed 000 §一): a certification body's managers their own body's, a bureau those of
 * the campaigns it sees (the campaigns' visibility decides).
 */
import type { Actor } from '../../platform/auth/session-store.js';

/** The body whose groups alone the actor sees, or null when the campaign's visibility decides. */
export function groupsOwnedBy(actor: Actor): string | null {
  return actor.role === 'cb_admin' || actor.role === 'cb_manager' ? actor.organizationId : null;
}
