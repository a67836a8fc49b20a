/**
 * Who may hold which membership: a role only in an organization of its kind, and no account holding two of the
 * three administrator posts (三员分立), from domain/access/roles.
 */
import { adminRoleConflict, canHoldRoleIn, type OrganizationKind, type Role } from '../../../../domain/access/roles.js';
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
