import { describe, it, expect } from 'vitest';
import { ROLES, type Role } from './roles.js';
import { PERMISSIONS, roleHasPermission, scopeOf, type ActingMembership } from './permissions.js';

const BUSINESS: Role[] = [
  'bureau_officer',
  'cb_admin',
  'cb_manager',
  'assistance_expert',
  'enterprise_contact',
  'evaluation_expert',
];

describe('roleHasPermission', () => {
  it('audit_admin has audit:read and no other non-public permission', () => {
    expect(roleHasPermission('audit_admin', 'audit:read')).toBe(true);
    for (const p of PERMISSIONS) {
      if (p === 'audit:read' || p === 'public' || p === 'session') continue;
      expect(roleHasPermission('audit_admin', p), p).toBe(false);
    }
    expect(roleHasPermission('audit_admin', 'campaign:read')).toBe(false);
    expect(roleHasPermission('audit_admin', 'participation:read')).toBe(false);
    expect(roleHasPermission('audit_admin', 'reference:read')).toBe(false);
  });
  it('only audit_admin reads the audit trail', () => {
    for (const r of ROLES) expect(roleHasPermission(r, 'audit:read'), r).toBe(r === 'audit_admin');
  });
  it('system_admin and security_admin cannot read or transition participations', () => {
    for (const r of ['system_admin', 'security_admin'] as const) {
      expect(roleHasPermission(r, 'participation:read')).toBe(false);
      expect(roleHasPermission(r, 'participation:transition')).toBe(false);
      expect(roleHasPermission(r, 'participation:reveal_contact')).toBe(false);
      expect(roleHasPermission(r, 'campaign:read')).toBe(false);
      expect(roleHasPermission(r, 'user:read')).toBe(true);
    }
  });
  it('only security_admin may unlock accounts', () => {
    for (const r of ROLES) expect(roleHasPermission(r, 'account:unlock'), r).toBe(r === 'security_admin');
  });
  it('every business role has participation:read, campaign:read and reference:read, and no admin permission', () => {
    for (const r of BUSINESS) {
      expect(roleHasPermission(r, 'participation:read'), r).toBe(true);
      expect(roleHasPermission(r, 'campaign:read'), r).toBe(true);
      expect(roleHasPermission(r, 'reference:read'), r).toBe(true);
      expect(roleHasPermission(r, 'user:read'), r).toBe(false);
      expect(roleHasPermission(r, 'account:unlock'), r).toBe(false);
    }
  });
  it('revealing contacts is limited to bureau, certification body and assistance expert', () => {
    expect(roleHasPermission('bureau_officer', 'participation:reveal_contact')).toBe(true);
    expect(roleHasPermission('cb_manager', 'participation:reveal_contact')).toBe(true);
    expect(roleHasPermission('assistance_expert', 'participation:reveal_contact')).toBe(true);
    expect(roleHasPermission('enterprise_contact', 'participation:reveal_contact')).toBe(false);
    expect(roleHasPermission('evaluation_expert', 'participation:reveal_contact')).toBe(false);
  });
  it("'public' and 'session' are allowed for every role", () => {
    for (const r of ROLES) {
      expect(roleHasPermission(r, 'public')).toBe(true);
      expect(roleHasPermission(r, 'session')).toBe(true);
    }
  });
});

describe('scopeOf', () => {
  const m = (role: Role, regionCode: string | null = null): ActingMembership => ({
    userId: 'u-1',
    role,
    organizationId: 'org-1',
    regionCode,
  });
  it('bureau officer sees its region subtree', () => {
    expect(scopeOf(m('bureau_officer', '320300'))).toEqual({ kind: 'region', regionCode: '320300' });
  });
  it('bureau officer without a region sees nothing', () => {
    expect(scopeOf(m('bureau_officer', null))).toEqual({ kind: 'none' });
    expect(scopeOf(m('bureau_officer', ''))).toEqual({ kind: 'none' });
  });
  it('certification body roles see their body', () => {
    expect(scopeOf(m('cb_admin'))).toEqual({ kind: 'body', organizationId: 'org-1' });
    expect(scopeOf(m('cb_manager'))).toEqual({ kind: 'body', organizationId: 'org-1' });
  });
  it('assistance expert sees assigned enterprises', () => {
    expect(scopeOf(m('assistance_expert'))).toEqual({ kind: 'assigned', userId: 'u-1' });
  });
  it('enterprise contact sees its own enterprise', () => {
    expect(scopeOf(m('enterprise_contact'))).toEqual({ kind: 'own_enterprise', organizationId: 'org-1' });
  });
  it('evaluation expert sees appointed evaluations', () => {
    expect(scopeOf(m('evaluation_expert'))).toEqual({ kind: 'appointed', userId: 'u-1' });
  });
  it.each(['system_admin', 'security_admin', 'audit_admin'] as const)('%s sees no participations', (r) => {
    expect(scopeOf(m(r, '000000'))).toEqual({ kind: 'none' });
  });
});
