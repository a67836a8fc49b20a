/**
 * Side navigation and home pages. An entry shows when the acting role may call the endpoint its page calls (the
 * contract's permission, as `useMayCall`); a few entries are for some roles only (an enterprise contact's colleagues
 * page instead of the accounts list).
 */
import type { Role } from '../../../domain/access/roles.js';
import type { Endpoint } from '../../../contracts/endpoint';
import { accounts } from '../../../contracts/accounts';
import { audit } from '../../../contracts/audit';
import { bodies } from '../../../contracts/bodies';
import { campaigns } from '../../../contracts/campaigns';
import { cases } from '../../../contracts/cases';
import { dashboard } from '../../../contracts/dashboard';
import { evaluation } from '../../../contracts/evaluation';
import { experts } from '../../../contracts/experts';
import { impartiality } from '../../../contracts/impartiality';
import { participations } from '../../../contracts/participations';
import { stageReports } from '../../../contracts/stage-reports';
import { statistics } from '../../../contracts/statistics';
import { selfEvaluation } from '../../../contracts/self-evaluation';
import { training } from '../../../contracts/training';
import { mayCall } from '../lib/session';

export type NavKey =
  | 'campaigns'
  | 'dashboard'
  | 'participations'
  | 'training'
  | 'statistics'
  | 'stageReports'
  | 'selfEvaluation'
  | 'cases'
  | 'bodies'
  | 'experts'
  | 'evaluation'
  | 'impartiality'
  | 'audit'
  | 'organizations'
  | 'users'
  | 'colleagues';

export interface NavEntry {
  key: NavKey;
  path: string;
  /** The endpoint the page calls first: the entry shows when the role may call it. */
  endpoint: Endpoint;
  /** Shown to these roles only / never to these roles. */
  only?: ReadonlyArray<Role>;
  except?: ReadonlyArray<Role>;
}

export const NAV_ENTRIES: ReadonlyArray<NavEntry> = [
  { key: 'participations', path: '/participations', endpoint: participations.list },
  { key: 'campaigns', path: '/campaigns', endpoint: campaigns.list },
  { key: 'dashboard', path: '/dashboard', endpoint: dashboard.get },
  { key: 'training', path: '/training', endpoint: training.list },
  { key: 'statistics', path: '/statistics', endpoint: statistics.table },
  { key: 'stageReports', path: '/stage-reports', endpoint: stageReports.overview },
  { key: 'selfEvaluation', path: '/self-evaluation', endpoint: selfEvaluation.cncaSummary },
  { key: 'cases', path: '/cases', endpoint: cases.library },
  { key: 'bodies', path: '/certification-bodies', endpoint: bodies.list },
  { key: 'experts', path: '/experts', endpoint: experts.list },
  { key: 'evaluation', path: '/evaluation', endpoint: evaluation.pool },
  { key: 'impartiality', path: '/impartiality', endpoint: impartiality.findings },
  { key: 'audit', path: '/audit', endpoint: audit.entries },
  { key: 'organizations', path: '/organizations', endpoint: accounts.organizations, except: ['enterprise_contact'] },
  { key: 'users', path: '/users', endpoint: accounts.list, except: ['enterprise_contact'] },
  { key: 'colleagues', path: '/colleagues', endpoint: accounts.list, only: ['enterprise_contact'] },
];

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter(
    (entry) =>
      mayCall(role, entry.endpoint) && (!entry.only || entry.only.includes(role)) && !entry.except?.includes(role),
  );
}

/** The first page after sign-in (enterprise contacts may go further, to their one file). */
export function homePathFor(role: Role): string {
  if (role === 'audit_admin') return '/audit';
  // the system administrator starts from the organizations (an empty installation has only the platform)
  if (role === 'system_admin') return '/organizations';
  if (role === 'security_admin') return '/users';
  return navFor(role)[0]?.path ?? '/account/password';
}
