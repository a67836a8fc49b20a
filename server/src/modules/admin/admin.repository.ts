/** All SQL of account administration: the accounts, their memberships and the organizations they are held in. */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';

export function allUsers(db: Executor) {
  return db.select().from(users).orderBy(asc(users.username));
}

export function allMembershipNames(db: Executor) {
  return db
    .select({ userId: memberships.userId, role: memberships.role, organizationName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId));
}

export async function userNameOf(db: Executor, id: string): Promise<{ id: string; username: string } | undefined> {
  const [row] = await db.select({ id: users.id, username: users.username }).from(users).where(eq(users.id, id));
  return row;
}

export async function organizationKindOf(db: Executor, organizationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.kind;
}

export async function rolesHeldBy(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.role);
}

export async function insertMembership(
  tx: Executor,
  input: { userId: string; organizationId: string; role: string },
): Promise<string> {
  const [row] = await tx.insert(memberships).values(input).returning({ id: memberships.id });
  return row!.id;
}
