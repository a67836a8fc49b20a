/**
 * Account administration (三员分立): the system administrator lists the accounts, the security administrator lifts
 * a sign-in lockout (R04).
 */
import { z } from 'zod';
import { defineContract } from './endpoint.js';
import { IdParams, Uuid } from './shared.js';

export const AdminUser = z
  .object({
    id: Uuid,
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable().describe('masked'),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    memberships: z.array(z.object({ role: z.string(), organizationName: z.string() })),
  })
  .meta({ id: 'AdminUser' });
export type AdminUser = z.infer<typeof AdminUser>;

export const admin = defineContract('admin', {
  users: {
    method: 'GET',
    path: '/api/v1/admin/users',
    permission: 'user:read',
    summary: 'Accounts with their memberships and lock state',
    answer: z.object({ items: z.array(AdminUser) }),
    errors: [],
  },
  unlock: {
    method: 'POST',
    path: '/api/v1/admin/users/:id/unlock',
    permission: 'account:unlock',
    summary: 'Lift a sign-in lockout (audited, R04)',
    params: IdParams,
    answer: 'empty',
    errors: ['NOT_FOUND'],
  },
});
