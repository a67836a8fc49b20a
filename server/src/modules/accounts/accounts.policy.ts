/**
 * Who may hold which membership (domain/access/roles: a role only in an organization of its kind, no account holding
 * two of the three administrator posts, 三员分立) and who may grant it (domain/access/administration, 分级管理).
 */
import { adminRoleConflict, canHoldRoleIn, type OrganizationKind, type Role } from '../../../../domain/access/roles.js';
import {
  grantableRoles,
  manageableRoles,
  type AdministeringActor,
  type OrganizationRef,
} from '../../../../domain/access/administration.js';
import { AppError } from '../../platform/http/app-error.js';

export function assertMayHold(role: Role, organizationKind: OrganizationKind, heldRoles: ReadonlyArray<Role>): void {
  if (!canHoldRoleIn(role, organizationKind)) {
    throw new AppError('VALIDATION_FAILED', {
      field: 'role',
      detail: `${role} cannot be held in a ${organizationKind}`,
    });
  }
  const conflict = adminRoleConflict([...heldRoles, role]);
  if (conflict) throw new AppError('ADMIN_ROLES_SEPARATED', { field: 'role', detail: conflict.join(' + ') });
}

export function assertMayGrant(
  actor: AdministeringActor,
  org: OrganizationRef,
  role: Role,
  occupied: ReadonlySet<Role>,
): void {
  if (!grantableRoles(actor, org, occupied).includes(role)) {
    throw new AppError('GRANT_NOT_ALLOWED', { field: manageableRoles(actor, org).length ? 'role' : 'organizationId' });
  }
}
