/** Who may see which expert (seed 000 §一; R12–R13): a body's managers their own experts, an expert only themselves. */
import type { Actor } from '../../platform/auth/session-store.js';

export function mayReadExpert(actor: Actor, expertUserId: string): boolean {
  return actor.role !== 'assistance_expert' || actor.userId === expertUserId;
}
