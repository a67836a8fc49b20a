/** Reads of account administration: the accounts, their current memberships and the organizations they are held in. */
import { asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';

export function allUsers(db: Executor) {
  return db.select().from(users).orderBy(asc(users.username));
}

export function allMembershipNames(db: Executor) {
  return db
    .select({ userId: memberships.userId, role: memberships.role, organizationName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(isNull(memberships.endedAt));
}

export async function userNameOf(db: Executor, id: string): Promise<{ id: string; username: string } | undefined> {
  const [row] = await db.select({ id: users.id, username: users.username }).from(users).where(eq(users.id, id));
  return row;
}
