import { describe, it, expect } from 'vitest';
import {
  ADMIN_ROLES,
  ORGANIZATION_KINDS,
  ROLES,
  adminRoleConflict,
  canHoldRoleIn,
  isRole,
  type Role,
} from './roles.js';

const BUSINESS: Role[] = [
  'bureau_officer',
  'cb_admin',
  'cb_manager',
  'assistance_expert',
  'enterprise_contact',
  'evaluation_expert',
];

describe('adminRoleConflict (三员分立)', () => {
  it('the three admin roles are system, security and audit', () => {
    expect([...ADMIN_ROLES].sort()).toEqual(['audit_admin', 'security_admin', 'system_admin']);
  });
  it('any two of the three admin roles conflict', () => {
    for (const a of ADMIN_ROLES)
      for (const b of ADMIN_ROLES) {
        if (a === b) continue;
        const c = adminRoleConflict([a, b]);
        expect(c, `${a}+${b}`).not.toBeNull();
        expect([...c!].sort()).toEqual([a, b].sort());
      }
  });
  it('all three admin roles conflict', () => {
    expect(adminRoleConflict(['system_admin', 'security_admin', 'audit_admin'])).not.toBeNull();
  });
  it('one admin role with business roles does not conflict', () => {
    for (const a of ADMIN_ROLES) expect(adminRoleConflict([a, ...BUSINESS])).toBeNull();
  });
  it('the same admin role held twice does not conflict', () => {
    expect(adminRoleConflict(['audit_admin', 'audit_admin'])).toBeNull();
  });
  it('no roles or only business roles do not conflict', () => {
    expect(adminRoleConflict([])).toBeNull();
    expect(adminRoleConflict(BUSINESS)).toBeNull();
  });
});

describe('canHoldRoleIn', () => {
  it('bureau officer only in a bureau', () => {
    for (const k of ORGANIZATION_KINDS) expect(canHoldRoleIn('bureau_officer', k), k).toBe(k === 'bureau');
  });
  it('certification body roles only in a certification body', () => {
    for (const r of ['cb_admin', 'cb_manager', 'assistance_expert'] as const) {
      for (const k of ORGANIZATION_KINDS) expect(canHoldRoleIn(r, k), `${r} in ${k}`).toBe(k === 'certification_body');
    }
  });
  it('enterprise contact only in an enterprise', () => {
    for (const k of ORGANIZATION_KINDS) expect(canHoldRoleIn('enterprise_contact', k), k).toBe(k === 'enterprise');
  });
  it('evaluation expert in a certification body, association or bureau, not an enterprise or the platform', () => {
    expect(canHoldRoleIn('evaluation_expert', 'certification_body')).toBe(true);
    expect(canHoldRoleIn('evaluation_expert', 'association')).toBe(true);
    expect(canHoldRoleIn('evaluation_expert', 'bureau')).toBe(true);
    expect(canHoldRoleIn('evaluation_expert', 'enterprise')).toBe(false);
    expect(canHoldRoleIn('evaluation_expert', 'platform')).toBe(false);
  });
  it('admin roles only on the platform', () => {
    for (const r of ADMIN_ROLES)
      for (const k of ORGANIZATION_KINDS) expect(canHoldRoleIn(r, k), `${r} in ${k}`).toBe(k === 'platform');
  });
});

describe('isRole', () => {
  it('recognizes every role and nothing else', () => {
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole('')).toBe(false);
    expect(isRole('Bureau_officer')).toBe(false);
  });
});
