import { z } from 'zod';
import { ROLES, ORGANIZATION_KINDS } from '../../../../domain/access/roles.js';
import { PASSWORD_MAX_LENGTH } from '../../../../domain/access/password-policy.js';

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64).describe('login name (case-insensitive)'),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const MembershipView = z.object({
  id: z.string().uuid(),
  role: z.enum(ROLES),
  organizationId: z.string().uuid(),
  organizationName: z.string(),
  organizationKind: z.enum(ORGANIZATION_KINDS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});

export const SessionResponse = z.object({
  user: z.object({ id: z.string().uuid(), username: z.string(), displayName: z.string() }),
  activeMembershipId: z.string().uuid(),
  memberships: z.array(MembershipView),
  csrfToken: z.string().describe('send back as the x-csrf-token header on every write'),
  mustChangePassword: z.boolean(),
});
export type SessionResponseBody = z.infer<typeof SessionResponse>;

export const SwitchMembershipRequest = z.strictObject({ membershipId: z.string().uuid() });

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .describe('checked against the password policy (R02)'),
});
