/** All SQL of sign-in: accounts, their memberships, the per-name failure counter (R04) and the password history. */
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { loginThrottle, passwordHistory } from './auth.table.js';

type UserRow = typeof users.$inferSelect;
type LoginThrottleRow = typeof loginThrottle.$inferSelect;

export async function throttleOf(db: Executor, usernameKey: string): Promise<LoginThrottleRow | undefined> {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.usernameKey, usernameKey));
  return row;
}

export async function userByUsername(db: Executor, usernameKey: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, usernameKey));
  return row;
}

export async function userById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function recordLoginFailure(
  tx: Executor,
  usernameKey: string,
  row: { failures: number; lockedUntil: Date | null; lastFailureAt: Date },
): Promise<void> {
  await tx
    .insert(loginThrottle)
    .values({ usernameKey, ...row })
    .onConflictDoUpdate({ target: loginThrottle.usernameKey, set: row });
}

/** Forgets the failures of a login name: after a sign-in, or when the security administrator lifts a lockout. */
export async function clearLoginFailures(tx: Executor, usernameKey: string): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.usernameKey, usernameKey));
}

/** Login names locked at `now`, with the end of their lockout. */
export async function lockedLoginNames(db: Executor, now: Date): Promise<Map<string, Date>> {
  const rows = await db.select().from(loginThrottle).where(gt(loginThrottle.lockedUntil, now));
  return new Map(rows.map((r) => [r.usernameKey, r.lockedUntil!]));
}

export async function firstMembershipOf(db: Executor, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.endedAt)))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  return row;
}

export async function membershipOfUser(db: Executor, membershipId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId), isNull(memberships.endedAt)));
  return row;
}

/** A user's current memberships (ended ones are history, ADR 0034) with their organization and region, oldest first. */
export function membershipViewsOf(db: Executor, userId: string) {
  return db
    .select({
      id: memberships.id,
      role: memberships.role,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      regionCode: organizations.regionCode,
      regionName: regions.name,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(memberships.userId, userId), isNull(memberships.endedAt)))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

export async function recentPasswordHashes(db: Executor, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(limit);
  return rows.map((r) => r.hash);
}

/** The old hash goes into the history (R02: no reuse of the last five); the must-change flag is cleared. */
export async function replacePassword(
  tx: Executor,
  input: { userId: string; oldHash: string; newHash: string; now: Date },
): Promise<void> {
  await tx.insert(passwordHistory).values({ userId: input.userId, passwordHash: input.oldHash });
  await tx
    .update(users)
    .set({ passwordHash: input.newHash, passwordChangedAt: input.now, mustChangePassword: false })
    .where(eq(users.id, input.userId));
}
