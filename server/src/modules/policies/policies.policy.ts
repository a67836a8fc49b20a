/** Who may read and write which measures: a bureau reads its jurisdiction's subtree and writes its own region's (ADR 0004). */
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';
import { AppError } from '../../platform/http/app-error.js';

/**
 * The region a read is about: the one asked for when the caller's jurisdiction holds it, else the jurisdiction itself.
 * A region outside answers 404 like any row outside scope (existence does not leak).
 */
export function readableRegion(actor: Actor, regionCode: string | undefined): string {
  const jurisdiction = actorJurisdiction(actor);
  if (!jurisdiction) throw new AppError('NOT_FOUND', { field: 'region' });
  const region = regionCode ?? jurisdiction;
  if (!jurisdictionHolds(jurisdiction, region)) throw new AppError('NOT_FOUND', { field: 'region' });
  return region;
}

/** 002 §四: a bureau records the measures of its own region; the bureaus above read, never change, them. */
export function ownRegion(actor: Actor): string {
  const jurisdiction = actorJurisdiction(actor);
  if (!jurisdiction) throw new AppError('FORBIDDEN');
  return jurisdiction;
}

export function mayChange(actor: Actor, regionCode: string): boolean {
  return actorJurisdiction(actor) === regionCode;
}
