/**
 * Sign-in, sign-out, switching membership and changing the password (R01–R09).
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';
import { dummyPasswordHash, hashPassword, normalizeUsername, verifyPassword } from '../../platform/auth/passwords.js';
import { createSession, deleteOtherSessions, deleteSession, type Actor } from '../../platform/auth/session-store.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { passwordProblems, PASSWORD_HISTORY_DEPTH } from '../../../../domain/access/password-policy.js';
import type { ChangePasswordRequest, LoginRequest, Session } from '../../../../contracts/auth.js';
import type { Role, OrganizationKind } from '../../../../domain/access/roles.js';
import {
  clearLoginFailures,
  firstMembershipOf,
  membershipOfUser,
  membershipViewsOf,
  recentPasswordHashes,
  recordLoginFailure,
  replacePassword,
  throttleOf,
  userById,
  userByUsername,
} from './auth.repository.js';

interface LoginResult {
  sessionId: string;
  body: Session;
}

/**
 * R04: failures are counted per login name whether or not it exists, and the responses for an
 * unknown name and a wrong password are the same, so neither the lockout nor the message tells
 * whether an account exists.
 */
export async function login(
  ctx: AppContext,
  input: LoginRequest & { previousSessionIdHash?: string },
): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const usernameKey = normalizeUsername(input.username);
  const throttle = await throttleOf(db, usernameKey);
  const user = await userByUsername(db, usernameKey);
  const auditBase = {
    action: 'auth.login' as const,
    objectType: 'user' as const,
    objectId: user?.id,
    detail: { username: usernameKey },
  };

  if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > now.getTime()) {
    await appendAudit(db, now, {
      ...auditBase,
      actor: null,
      outcome: 'denied',
      detail: { ...auditBase.detail, reason: 'locked' },
    });
    throw new AppError('ACCOUNT_LOCKED');
  }

  // an unknown name still costs one Argon2 verification, so timing does not tell either
  const passwordOk =
    (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password)) && user !== undefined;
  if (!user || !passwordOk || user.disabled) {
    const failures = (throttle && (!throttle.lockedUntil || throttle.lockedUntil <= now) ? throttle.failures : 0) + 1;
    const locks = failures >= ctx.lockout.threshold;
    const row = {
      failures: locks ? 0 : failures,
      lockedUntil: locks ? new Date(now.getTime() + ctx.lockout.lockMs) : null,
      lastFailureAt: now,
    };
    await db.transaction(async (tx) => {
      await recordLoginFailure(tx, usernameKey, row);
      await appendAudit(tx, now, {
        ...auditBase,
        actor: null,
        outcome: 'failure',
        detail: { ...auditBase.detail, failures },
      });
      if (locks) await appendAudit(tx, now, { ...auditBase, action: 'auth.lock', actor: null, outcome: 'success' });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const firstMembership = await firstMembershipOf(db, user.id);
  if (!firstMembership) throw new AppError('INVALID_CREDENTIALS');

  return db.transaction(async (tx) => {
    await clearLoginFailures(tx, usernameKey);
    // R09: a fresh id at every sign-in; a session id the browser already had is discarded (fixation).
    if (input.previousSessionIdHash) await deleteSession(tx, input.previousSessionIdHash);
    const session = await createSession(tx, {
      userId: user.id,
      membershipId: firstMembership.id,
      now,
      policy: ctx.sessionPolicy,
    });
    await appendAudit(tx, now, {
      ...auditBase,
      actor: { userId: user.id, organizationId: firstMembership.organizationId, role: firstMembership.role },
      outcome: 'success',
    });
    const body = await describeSession(tx, {
      userId: user.id,
      membershipId: firstMembership.id,
      csrfToken: session.csrfToken,
    });
    return { sessionId: session.id, body };
  });
}

export async function logout(ctx: AppContext, actor: Actor): Promise<void> {
  const { db } = ctx.database;
  await db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionIdHash);
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'auth.logout',
      objectType: 'user',
      objectId: actor.userId,
      outcome: 'success',
    });
  });
}

export function actorRef(actor: Actor) {
  return { userId: actor.userId, organizationId: actor.organizationId, role: actor.role };
}

/** `executor` must be the open transaction when there is one: PGlite has one connection, so a query beside it would wait forever. */
export async function describeSession(
  db: Executor,
  input: { userId: string; membershipId: string; csrfToken: string },
): Promise<Session> {
  const user = await userById(db, input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const rows = await membershipViewsOf(db, user.id);
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName },
    activeMembershipId: input.membershipId,
    memberships: rows.map((r) => ({
      ...r,
      role: r.role as Role,
      organizationKind: r.organizationKind as OrganizationKind,
    })),
    csrfToken: input.csrfToken,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Acting through another membership is a change of privilege: the session id rotates (R09). */
export async function switchMembership(ctx: AppContext, actor: Actor, membershipId: string): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const membership = await membershipOfUser(db, membershipId, actor.userId);
  if (!membership) throw new AppError('MEMBERSHIP_NOT_FOUND', { field: 'membershipId' });
  return db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionIdHash);
    const session = await createSession(tx, { userId: actor.userId, membershipId, now, policy: ctx.sessionPolicy });
    await appendAudit(tx, now, {
      actor: { userId: actor.userId, organizationId: membership.organizationId, role: membership.role },
      action: 'auth.switch_membership',
      objectType: 'membership',
      objectId: membershipId,
      outcome: 'success',
      detail: { from: actor.membershipId },
    });
    const body = await describeSession(tx, { userId: actor.userId, membershipId, csrfToken: session.csrfToken });
    return { sessionId: session.id, body };
  });
}

/** R02 policy, no reuse of the last five, other sessions revoked (R09). */
export async function changePassword(ctx: AppContext, actor: Actor, input: ChangePasswordRequest): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await userById(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', { field: 'currentPassword' });
  }
  const problems = passwordProblems(input.newPassword, { username: user.username, phone: user.phone });
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { field: 'newPassword', detail: problems.join(', ') });
  const recent = await recentPasswordHashes(db, user.id, PASSWORD_HISTORY_DEPTH - 1);
  for (const old of [user.passwordHash, ...recent]) {
    if (await verifyPassword(old, input.newPassword))
      throw new AppError('PASSWORD_POLICY', { field: 'newPassword', detail: 'reused' });
  }
  const newHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await replacePassword(tx, { userId: user.id, oldHash: user.passwordHash, newHash, now });
    await deleteOtherSessions(tx, user.id, actor.sessionIdHash);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'auth.change_password',
      objectType: 'user',
      objectId: user.id,
      outcome: 'success',
    });
  });
}
