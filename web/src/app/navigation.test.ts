import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLES, type Role } from '../../../domain/access/roles.js';

// lib/session (mayCall) loads the i18n set-up, which touches the page's language and storage: a bare stand-in here
vi.stubGlobal('document', { documentElement: {} });
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });

let navigation: typeof import('./navigation');
beforeAll(async () => {
  navigation = await import('./navigation');
});

describe('the side navigation follows the endpoint each page opens with', () => {
  const expected: Record<Role, string[]> = {
    bureau_officer: [
      'participations',
      'campaigns',
      'dashboard',
      'training',
      'statistics',
      'stageReports',
      'selfEvaluation',
      'cases',
      'bodies',
      'evaluation',
      'impartiality',
      'organizations',
      'users',
    ],
    cb_admin: [
      'participations',
      'campaigns',
      'dashboard',
      'training',
      'selfEvaluation',
      'cases',
      'bodies',
      'experts',
      'impartiality',
      'organizations',
      'users',
    ],
    cb_manager: [
      'participations',
      'campaigns',
      'dashboard',
      'training',
      'selfEvaluation',
      'cases',
      'bodies',
      'experts',
      'impartiality',
    ],
    assistance_expert: ['participations', 'campaigns', 'training', 'cases'],
    // the accounts list is the enterprise's colleagues page
    enterprise_contact: ['participations', 'campaigns', 'training', 'cases', 'colleagues'],
    evaluation_expert: ['participations', 'campaigns', 'cases'],
    system_admin: ['cases', 'organizations', 'users'],
    security_admin: ['cases', 'organizations', 'users'],
    audit_admin: ['audit'],
  };

  it.each(ROLES.map((role) => [role]))('%s sees the pages it may load', (role) => {
    expect(navigation.navFor(role).map((e) => e.key)).toEqual(expected[role]);
  });

  it('sends the 三员 to their own page and everyone else to their first entry', () => {
    expect(navigation.homePathFor('audit_admin')).toBe('/audit');
    expect(navigation.homePathFor('security_admin')).toBe('/users');
    // an empty installation starts with organizations
    expect(navigation.homePathFor('system_admin')).toBe('/organizations');
    expect(navigation.homePathFor('bureau_officer')).toBe('/participations');
  });
});
