/**
 * Side navigation and home pages: an entry shows when the role may call the endpoint its page opens with (the
 * permission is that endpoint's, from its contract; domain/access decides).
 */
import type { Role } from '../../../domain/access/roles.js';
import type { Endpoint } from '../../../contracts/endpoint';
import { admin } from '../../../contracts/admin';
import { audit } from '../../../contracts/audit';
import { bodies } from '../../../contracts/bodies';
import { campaigns } from '../../../contracts/campaigns';
import { experts } from '../../../contracts/experts';
import { impartiality } from '../../../contracts/impartiality';
import { participations } from '../../../contracts/participations';
import { mayCall } from '../lib/session';

export type NavKey = 'campaigns' | 'participations' | 'bodies' | 'experts' | 'impartiality' | 'audit' | 'users';

export interface NavEntry {
  key: NavKey;
  path: string;
  /** The endpoint the page loads first: who may call it sees the entry. */
  endpoint: Endpoint;
}

export const NAV_ENTRIES: ReadonlyArray<NavEntry> = [
  { key: 'participations', path: '/participations', endpoint: participations.list },
  { key: 'campaigns', path: '/campaigns', endpoint: campaigns.list },
  { key: 'bodies', path: '/certification-bodies', endpoint: bodies.list },
  { key: 'experts', path: '/experts', endpoint: experts.list },
  { key: 'impartiality', path: '/impartiality', endpoint: impartiality.findings },
  { key: 'audit', path: '/audit', endpoint: audit.entries },
  { key: 'users', path: '/users', endpoint: admin.users },
];

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => mayCall(role, entry.endpoint));
}

/** The first page after sign-in (enterprise contacts may go further, to their one file). */
export function homePathFor(role: Role): string {
  if (role === 'audit_admin') return '/audit';
  if (role === 'system_admin' || role === 'security_admin') return '/users';
  return navFor(role)[0]?.path ?? '/account/password';
}
