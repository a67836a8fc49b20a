/**
 * Account administration: the system administrator lists the accounts, the security administrator lifts a
 * lockout (R04, audited). Accounts and memberships are created by the accounts capability (ADR 0032).
 */
import type { AdminUser } from '../../../../contracts/admin.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { clearLoginFailures, lockedLoginNames } from '../auth/auth.repository.js';
import { actorRef } from '../auth/auth.service.js';
import { allMembershipNames, allUsers, userNameOf } from './admin.repository.js';

export async function listUsers(ctx: AppContext): Promise<AdminUser[]> {
  const { db } = ctx.database;
  const [rows, ms, locks] = await Promise.all([
    allUsers(db),
    allMembershipNames(db),
    lockedLoginNames(db, ctx.clock.now()),
  ]);
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    phone: maskPhone(u.phone),
    disabled: u.disabled,
    lockedUntil: locks.get(u.username)?.toISOString() ?? null,
    memberships: ms.filter((m) => m.userId === u.id).map(({ role, organizationName }) => ({ role, organizationName })),
  }));
}

export async function unlockUser(ctx: AppContext, actor: Actor, userId: string): Promise<void> {
  const { db } = ctx.database;
  const user = await userNameOf(db, userId);
  assertFound(user, 'user');
  await db.transaction(async (tx) => {
    await clearLoginFailures(tx, user.username);
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'admin.unlock',
      objectType: 'user',
      objectId: user.id,
      outcome: 'success',
    });
  });
}
