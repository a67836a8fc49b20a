/** Side navigation and home pages, derived from the role's permissions (domain/access). */
import type { Role } from '../../../domain/access/roles.js';
import { roleHasPermission, type Permission } from '../../../domain/access/permissions.js';

export type NavKey = 'campaigns' | 'participations' | 'bodies' | 'experts' | 'impartiality' | 'audit' | 'users';

export interface NavEntry {
  key: NavKey;
  path: string;
  permission: Permission;
}

export const NAV_ENTRIES: ReadonlyArray<NavEntry> = [
  { key: 'participations', path: '/participations', permission: 'participation:read' },
  { key: 'campaigns', path: '/campaigns', permission: 'campaign:read' },
  { key: 'bodies', path: '/certification-bodies', permission: 'body:read' },
  { key: 'experts', path: '/experts', permission: 'expert:write' },
  { key: 'impartiality', path: '/impartiality', permission: 'impartiality:report' },
  { key: 'audit', path: '/audit', permission: 'audit:read' },
  { key: 'users', path: '/users', permission: 'user:read' },
];

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => roleHasPermission(role, entry.permission));
}

/** The first page after sign-in (enterprise contacts may go further, to their one file). */
export function homePathFor(role: Role): string {
  if (role === 'audit_admin') return '/audit';
  if (role === 'system_admin' || role === 'security_admin') return '/users';
  return navFor(role)[0]?.path ?? '/account/password';
}
