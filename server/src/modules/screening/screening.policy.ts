/** When a screening may change: while it is open (003 §6.2.3); the waiting list holds screened enterprises only. */
import { SCREENING_OPEN_STAGES } from '../../../../domain/intake/screening.js';
import { AppError } from '../../platform/http/app-error.js';

export function assertScreeningOpen(stage: string): void {
  if (!SCREENING_OPEN_STAGES.has(stage)) throw new AppError('ILLEGAL_TRANSITION', { field: 'stage', detail: stage });
}

/** 候补: only a screened enterprise goes on (or off) the waiting list. */
export function assertMayWaitlist(stage: string): void {
  if (stage !== 'screened') throw new AppError('ILLEGAL_TRANSITION', { field: 'stage', detail: stage });
}

/** A change made against another version than the stored one meets a conflict. */
export function assertVersion(stored: number, sent: number): void {
  if (stored !== sent) throw new AppError('VERSION_CONFLICT');
}
