/**
 * Server-side sessions (R06, R09). The cookie carries a random 256-bit id; the database keeps
 * only its SHA-256, so a leaked table cannot be replayed. Idle and absolute timeouts are enforced
 * here, on the server, against the injected clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.js';
import { memberships, organizations, sessions, users } from './identity.table.js';
import type { Role, OrganizationKind } from '../../../../domain/access/roles.js';

export const SESSION_COOKIE = 'uplift_sid';
/** Writes of last_seen_at are skipped when the previous one is this recent (less write load, same policy). */
const TOUCH_GRANULARITY_MS = 30_000;

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface Actor {
  sessionIdHash: string;
  csrfToken: string;
  userId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  membershipId: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  regionCode: string | null;
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  executor: Executor,
  input: { userId: string; membershipId: string; now: Date; policy: SessionPolicy },
): Promise<{ id: string; csrfToken: string }> {
  const id = newToken();
  const csrfToken = newToken();
  await executor.insert(sessions).values({
    idHash: hashSessionId(id),
    userId: input.userId,
    membershipId: input.membershipId,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: new Date(input.now.getTime() + input.policy.absoluteMs),
  });
  return { id, csrfToken };
}

export async function deleteSession(executor: Executor, idHash: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteOtherSessions(executor: Executor, userId: string, keepIdHash: string): Promise<void> {
  await executor.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${keepIdHash}`));
}

/** Ends every session of an account (disabled, reset, ended by the security administrator); the number ended. */
export async function deleteSessionsOfUser(executor: Executor, userId: string): Promise<number> {
  const rows = await executor.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.idHash });
  return rows.length;
}

/** Ends the sessions acting through one membership (it ended: the person moved on). */
export async function deleteSessionsOfMembership(executor: Executor, membershipId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.membershipId, membershipId));
}

type SessionLookup = { status: 'ok'; actor: Actor } | { status: 'expired' } | { status: 'none' };

/** The hottest query of the platform (every request): a prepared statement per database. */
const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareLookup>>();
function prepareLookup(db: Db) {
  return db
    .select({
      idHash: sessions.idHash,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      mustChangePassword: users.mustChangePassword,
      disabled: users.disabled,
      membershipId: memberships.id,
      role: memberships.role,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      regionCode: organizations.regionCode,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, eq(memberships.id, sessions.membershipId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(sessions.idHash, sql.placeholder('idHash')))
    .prepare('session_lookup');
}

export async function lookupSession(db: Db, rawId: string, now: Date, policy: SessionPolicy): Promise<SessionLookup> {
  let prepared = preparedByDb.get(db);
  if (!prepared) {
    prepared = prepareLookup(db);
    preparedByDb.set(db, prepared);
  }
  const idHash = hashSessionId(rawId);
  const [row] = await prepared.execute({ idHash });
  if (!row) return { status: 'none' };
  const idleDeadline = row.lastSeenAt.getTime() + policy.idleMs;
  if (row.disabled || now.getTime() >= idleDeadline || now.getTime() >= row.expiresAt.getTime()) {
    await deleteSession(db, idHash);
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_GRANULARITY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return {
    status: 'ok',
    actor: {
      sessionIdHash: row.idHash,
      csrfToken: row.csrfToken,
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      mustChangePassword: row.mustChangePassword,
      membershipId: row.membershipId,
      role: row.role as Role,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      organizationKind: row.organizationKind as OrganizationKind,
      regionCode: row.regionCode,
    },
  };
}
