/**
 * The one way organizations, accounts, memberships and one-time links are written (ADR 0034): the accounts service,
 * the body registry, intake, the bootstrap and the demo seed all come here, so the rules hold everywhere — a role
 * only where it can be held and never two 三员 posts; a username, mobile or email used once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IssuedInvitation } from '../../../../contracts/accounts.js';
import { DEFAULT_INVITATION_HOURS } from '../../../../domain/access/administration.js';
import type { OrganizationKind, Role } from '../../../../domain/access/roles.js';
import { normalizeUsername } from '../../platform/auth/passwords.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { unconfiguredMailer, unconfiguredSms } from '../../platform/delivery/messages.js';
import { assertMayHold } from './accounts.policy.js';
import {
  currentRolesOf,
  insertInvitation,
  insertMembership,
  insertOrganizations,
  insertUser,
  organizationKindOf,
  revokeOpenInvitations,
  takenField,
} from './accounts.repository.js';

/** What a pending account's password hash holds: not an Argon2 hash, so no password verifies against it. */
export const NO_PASSWORD = '!pending-activation';

export type AccountSettings = NonNullable<AppContext['accounts']>;

export function settingsOf(ctx: Pick<AppContext, 'accounts'>): AccountSettings {
  return (
    ctx.accounts ?? {
      invitationTtlMs: DEFAULT_INVITATION_HOURS * 3600_000,
      publicBaseUrl: null,
      mailer: unconfiguredMailer,
      sms: unconfiguredSms,
    }
  );
}

export async function createOrganizationRecords(
  tx: Executor,
  rows: ReadonlyArray<{ id?: string; kind: OrganizationKind; name: string; regionCode: string | null }>,
): Promise<string[]> {
  return insertOrganizations(tx, rows);
}

export interface NewAccountInput {
  username?: string | null;
  displayName: string;
  mobile?: string | null;
  email?: string | null;
  /** Absent: the account waits for its activation link. */
  passwordHash?: string;
  mustChangePassword?: boolean;
}

/** Creates one account; a taken username, mobile or email is a 409 naming the field. */
export async function createAccountRecord(
  tx: Executor,
  input: NewAccountInput,
): Promise<{ id: string; username: string }> {
  const phone = input.mobile?.trim() || null;
  const email = input.email?.trim().toLowerCase() || null;
  const raw = input.username?.trim() || phone || email;
  if (!raw) throw new AppError('VALIDATION_FAILED', { field: 'username', detail: 'username, mobile or email' });
  const username = normalizeUsername(raw);
  const taken = await takenField(tx, { username, phone, email });
  if (taken) throw new AppError('ACCOUNT_DUPLICATE', { field: taken });
  const id = await insertUser(tx, {
    username,
    displayName: input.displayName.trim(),
    phone,
    email,
    passwordHash: input.passwordHash ?? NO_PASSWORD,
    mustChangePassword: input.mustChangePassword ?? false,
    pendingActivation: input.passwordHash === undefined,
  });
  return { id, username };
}

/** The one way a membership is created, so the rules of accounts.policy hold everywhere. */
export async function grantMembership(
  tx: Executor,
  input: { userId: string; organizationId: string; role: Role },
): Promise<string> {
  const kind = await organizationKindOf(tx, input.organizationId);
  if (!kind) throw new AppError('NOT_FOUND', { field: 'organizationId' });
  assertMayHold(input.role, kind as OrganizationKind, (await currentRolesOf(tx, input.userId)) as Role[]);
  return insertMembership(tx, input);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh one-time link for the user; the earlier open ones stop working. Only the token's hash is stored. */
export async function issueInvitation(
  tx: Executor,
  settings: AccountSettings,
  input: { userId: string; purpose: 'activation' | 'reset'; createdBy: string | null; now: Date },
): Promise<Omit<IssuedInvitation, 'emailed'>> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + settings.invitationTtlMs);
  await revokeOpenInvitations(tx, input.userId, input.now);
  await insertInvitation(tx, {
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashToken(token),
    expiresAt,
    createdBy: input.createdBy,
  });
  const path = `/activate?token=${token}`;
  const link = settings.publicBaseUrl ? `${settings.publicBaseUrl.replace(/\/+$/, '')}${path}` : path;
  return { link, token, purpose: input.purpose, expiresAt: expiresAt.toISOString() };
}
