/**
 * Sign-in, sign-out, the session, switching membership and changing the password (R01–R09). Sign-in and the
 * session-changing writes are throttled per client address (R05); the per-account lockout is R04.
 */
import { z } from 'zod';
import { ORGANIZATION_KINDS, ROLES } from '../domain/access/roles.js';
import { PASSWORD_MAX_LENGTH } from '../domain/access/password-policy.js';
import { defineContract } from './endpoint.js';
import { Uuid } from './shared.js';

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64).describe('login name (case-insensitive)'),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.output<typeof LoginRequest>;

export const Membership = z
  .object({
    id: Uuid,
    role: z.enum(ROLES),
    organizationId: Uuid,
    organizationName: z.string(),
    organizationKind: z.enum(ORGANIZATION_KINDS),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof Membership>;

export const Session = z
  .object({
    user: z.object({ id: Uuid, username: z.string(), displayName: z.string() }),
    activeMembershipId: Uuid,
    memberships: z.array(Membership),
    csrfToken: z.string().describe('send back as the x-csrf-token header on every write'),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SwitchMembershipRequest = z.strictObject({ membershipId: Uuid });

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .describe('checked against the password policy (R02)'),
});
export type ChangePasswordRequest = z.output<typeof ChangePasswordRequest>;

export const auth = defineContract('auth', {
  login: {
    method: 'POST',
    path: '/api/v1/auth/login',
    permission: 'public',
    summary: 'Sign in; sets the session cookie',
    body: LoginRequest,
    answer: Session,
    errors: ['ACCOUNT_LOCKED', 'INVALID_CREDENTIALS', 'RATE_LIMITED'],
  },
  logout: {
    method: 'POST',
    path: '/api/v1/auth/logout',
    permission: 'session',
    summary: 'Sign out and end the session',
    answer: 'empty',
    errors: [],
  },
  session: {
    method: 'GET',
    path: '/api/v1/auth/session',
    permission: 'session',
    summary: 'The signed-in user, memberships and CSRF token',
    answer: Session,
    errors: [],
  },
  switchMembership: {
    method: 'POST',
    path: '/api/v1/auth/switch-membership',
    permission: 'session',
    summary: 'Act through another membership (rotates the session id)',
    body: SwitchMembershipRequest,
    answer: Session,
    errors: ['MEMBERSHIP_NOT_FOUND', 'RATE_LIMITED'],
  },
  changePassword: {
    method: 'POST',
    path: '/api/v1/auth/change-password',
    permission: 'session',
    summary: 'Change the password; other sessions are ended',
    body: ChangePasswordRequest,
    answer: 'empty',
    errors: ['INVALID_CREDENTIALS', 'PASSWORD_POLICY', 'RATE_LIMITED'],
  },
});
