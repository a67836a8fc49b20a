/**
 * The one way a membership is created (seed, bootstrap and, later, account administration), so
 * the rules hold everywhere: a role only in an organization of its kind, and no account holding
 * two of the three administrator posts (三员分立).
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations } from '../../platform/auth/identity.table.js';
import { AppError } from '../../platform/http/app-error.js';
import { adminRoleConflict, canHoldRoleIn, type OrganizationKind, type Role } from '../../../../domain/access/roles.js';

export async function grantMembership(
  tx: Executor,
  input: { userId: string; organizationId: string; role: Role },
): Promise<string> {
  const [org] = await tx
    .select({ kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (!org) throw new AppError('NOT_FOUND', { field: 'organizationId' });
  if (!canHoldRoleIn(input.role, org.kind as OrganizationKind)) {
    throw new AppError('VALIDATION_FAILED', { field: 'role', detail: `${input.role} cannot be held in a ${org.kind}` });
  }
  const held = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, input.userId));
  const conflict = adminRoleConflict([...held.map((h) => h.role as Role), input.role]);
  if (conflict) throw new AppError('ADMIN_ROLES_SEPARATED', { field: 'role', detail: conflict.join(' + ') });
  const [row] = await tx.insert(memberships).values(input).returning({ id: memberships.id });
  return row!.id;
}
