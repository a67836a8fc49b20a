/**
 * Why a masked contact is shown in full (R31: reveal only with a reason, rate-limited and
 * audited; PIPL Art. 6 minimum necessary). The list is short and fixed, so the trail can be
 * searched by reason; `other` says nothing by itself and needs a note.
 */
export const REVEAL_REASONS = [
  'arrange_visit',
  'verify_application',
  'assistance_follow_up',
  'handle_complaint',
  'other',
] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

export const REVEAL_NOTE_MAX_LENGTH = 200;

/** R31: the rate limit counts the reveals of one user in the last hour. */
export const CONTACT_REVEAL_WINDOW_MS = 3_600_000;
export const DEFAULT_CONTACT_REVEALS_PER_HOUR = 20;

export function revealNoteRequired(reason: RevealReason): boolean {
  return reason === 'other';
}

/** `recentReveals`: this user's reveals in the window before now. */
export function revealAllowed(recentReveals: number, perHour: number): boolean {
  return recentReveals < perHour;
}
