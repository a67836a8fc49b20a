/**
 * Who may write which training (001 annex 一、1; 003 §6.7.2.2): a bureau officer organizes the centralized and industry
 * sessions of its jurisdiction; a body's administrator or manager and its assistance experts any kind for their
 * enterprises; an enterprise contact records only its own attendance at online sessions (网络培训 completion evidence).
 */
import type { Role } from '../../../../domain/access/roles.js';
import type { TrainingKind } from '../../../../domain/training/training.js';
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';

const BUREAU_KINDS: ReadonlyArray<TrainingKind> = ['centralized', 'industry'];
const BODY_ROLES: ReadonlyArray<Role> = ['cb_admin', 'cb_manager'];

/** A new session of this kind in this region, organized by the actor's organization. */
export function assertMayOrganize(actor: Actor, kind: TrainingKind, regionCode: string): void {
  if (actor.role === 'bureau_officer') {
    if (!BUREAU_KINDS.includes(kind)) throw new AppError('FORBIDDEN');
    if (!jurisdictionHolds(actorJurisdiction(actor), regionCode))
      throw new AppError('REGION_OUTSIDE_JURISDICTION', { field: 'regionCode' });
    return;
  }
  if (BODY_ROLES.includes(actor.role) || actor.role === 'assistance_expert') return;
  throw new AppError('FORBIDDEN');
}

/** The organizer side edits a session, enrols and records attendance: its organization's writers, an expert their own. */
export function mayEditSession(
  actor: Actor,
  session: { organizerOrganizationId: string; organizerUserId: string },
): boolean {
  if (actor.role === 'assistance_expert') return session.organizerUserId === actor.userId;
  if (actor.role === 'bureau_officer' || BODY_ROLES.includes(actor.role))
    return session.organizerOrganizationId === actor.organizationId;
  return false;
}

/**
 * Attendance of one enterprise at a session: the organizer side; the body and the assigned expert of that enterprise
 * (it is in their scope) at any session it is enrolled in; the enterprise itself at online sessions only.
 */
export function mayRecordAttendance(
  actor: Actor,
  session: { organizerOrganizationId: string; organizerUserId: string; delivery: string },
  participationInScope: boolean,
): boolean {
  if (!participationInScope) return false;
  if (actor.role === 'enterprise_contact') return session.delivery === 'online';
  if (mayEditSession(actor, session)) return true;
  return BODY_ROLES.includes(actor.role) || actor.role === 'assistance_expert';
}
