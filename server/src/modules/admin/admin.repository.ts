/** Accounts as the administrators see them: users, their memberships, sign-in locks (R04). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { loginThrottle } from '../auth/auth.table.js';

export async function readAccounts(executor: Executor) {
  const [accounts, accountMemberships, locks] = await Promise.all([
    executor.select().from(users).orderBy(asc(users.username)),
    executor
      .select({ userId: memberships.userId, role: memberships.role, organizationName: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId)),
    executor.select().from(loginThrottle),
  ]);
  return { accounts, accountMemberships, locks };
}

export async function findAccount(executor: Executor, userId: string) {
  const [user] = await executor
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.id, [userId]));
  return user;
}

/** Lifts a sign-in lockout: the failures counted against the login name go. */
export async function clearSignInFailures(executor: Executor, username: string): Promise<void> {
  await executor.delete(loginThrottle).where(eq(loginThrottle.usernameKey, username));
}
