import { describe, expect, it } from 'vitest';
import {
  creatableKinds,
  firstAdministratorRole,
  grantableRoles,
  invitationState,
  manageableRoles,
  organizationCreationProblem,
  seesEveryAccount,
  type AdministeringActor,
  type OrganizationRef,
} from './administration.js';

const sysadmin: AdministeringActor = { role: 'system_admin', organizationId: 'platform', regionCode: null };
const secadmin: AdministeringActor = { role: 'security_admin', organizationId: 'platform', regionCode: null };
const auditadmin: AdministeringActor = { role: 'audit_admin', organizationId: 'platform', regionCode: null };
const national: AdministeringActor = { role: 'bureau_officer', organizationId: 'samr', regionCode: '000000' };
const jiangsu: AdministeringActor = { role: 'bureau_officer', organizationId: 'js', regionCode: '320000' };
const xuzhou: AdministeringActor = { role: 'bureau_officer', organizationId: 'xz', regionCode: '320300' };
const fengxian: AdministeringActor = { role: 'bureau_officer', organizationId: 'fx', regionCode: '320321' };
const cbadmin: AdministeringActor = { role: 'cb_admin', organizationId: 'cb1', regionCode: '320300' };
const cbmanager: AdministeringActor = { role: 'cb_manager', organizationId: 'cb1', regionCode: '320300' };
const contact: AdministeringActor = { role: 'enterprise_contact', organizationId: 'e01', regionCode: '320321' };

const platform: OrganizationRef = { id: 'platform', kind: 'platform', regionCode: null };
const samr: OrganizationRef = { id: 'samr', kind: 'bureau', regionCode: '000000' };
const js: OrganizationRef = { id: 'js', kind: 'bureau', regionCode: '320000' };
const xz: OrganizationRef = { id: 'xz', kind: 'bureau', regionCode: '320300' };
const fx: OrganizationRef = { id: 'fx', kind: 'bureau', regionCode: '320321' };
const tj: OrganizationRef = { id: 'tj', kind: 'bureau', regionCode: '120000' };
const cb1: OrganizationRef = { id: 'cb1', kind: 'certification_body', regionCode: '320300' };
const cb2: OrganizationRef = { id: 'cb2', kind: 'certification_body', regionCode: '120000' };
const assoc: OrganizationRef = { id: 'assoc', kind: 'association', regionCode: '320300' };
const e01: OrganizationRef = { id: 'e01', kind: 'enterprise', regionCode: '320321' };
const e15: OrganizationRef = { id: 'e15', kind: 'enterprise', regionCode: '120101' };

const none = new Set<never>();

describe('manageableRoles (分级管理)', () => {
  it('lets the system administrator manage the platform posts and every other organization', () => {
    expect(manageableRoles(sysadmin, platform)).toEqual(['system_admin', 'security_admin', 'audit_admin']);
    expect(manageableRoles(sysadmin, js)).toEqual(['bureau_officer', 'evaluation_expert']);
    expect(manageableRoles(sysadmin, cb1)).toEqual([
      'cb_admin',
      'cb_manager',
      'assistance_expert',
      'evaluation_expert',
    ]);
    expect(manageableRoles(sysadmin, assoc)).toEqual(['evaluation_expert']);
    expect(manageableRoles(sysadmin, e01)).toEqual(['enterprise_contact']);
  });

  it('gives the security and audit administrators nothing to manage (三员: credentials only, reading only)', () => {
    for (const org of [platform, js, cb1, e01]) {
      expect(manageableRoles(secadmin, org)).toEqual([]);
      expect(manageableRoles(auditadmin, org)).toEqual([]);
    }
    expect(seesEveryAccount('security_admin')).toBe(true);
    expect(seesEveryAccount('system_admin')).toBe(true);
    expect(seesEveryAccount('audit_admin')).toBe(false);
    expect(seesEveryAccount('bureau_officer')).toBe(false);
  });

  it('lets a bureau manage its own officers and evaluation experts', () => {
    expect(manageableRoles(xuzhou, xz)).toEqual(['bureau_officer', 'evaluation_expert']);
  });

  it('lets a bureau manage the officers of the level directly below, not two levels down, not above, not beside', () => {
    expect(manageableRoles(national, js)).toEqual(['bureau_officer']);
    expect(manageableRoles(national, xz)).toEqual([]);
    expect(manageableRoles(jiangsu, xz)).toEqual(['bureau_officer']);
    expect(manageableRoles(jiangsu, fx)).toEqual([]);
    expect(manageableRoles(xuzhou, fx)).toEqual(['bureau_officer']);
    expect(manageableRoles(xuzhou, js)).toEqual([]);
    expect(manageableRoles(fengxian, xz)).toEqual([]);
    expect(manageableRoles(jiangsu, tj)).toEqual([]);
    expect(manageableRoles(national, samr)).toEqual(['bureau_officer', 'evaluation_expert']);
  });

  it('lets a bureau manage the administrator of a body in its jurisdiction and the contact of an enterprise in it', () => {
    expect(manageableRoles(xuzhou, cb1)).toEqual(['cb_admin']);
    expect(manageableRoles(jiangsu, cb1)).toEqual(['cb_admin']);
    expect(manageableRoles(xuzhou, cb2)).toEqual([]);
    expect(manageableRoles(fengxian, cb1)).toEqual([]); // 徐州's body is outside 丰县
    expect(manageableRoles(fengxian, e01)).toEqual(['enterprise_contact']);
    expect(manageableRoles(xuzhou, e15)).toEqual([]);
    expect(manageableRoles(xuzhou, assoc)).toEqual([]);
    expect(manageableRoles(xuzhou, platform)).toEqual([]);
  });

  it("lets a body's administrator manage its managers and experts, never another body, never its own post", () => {
    expect(manageableRoles(cbadmin, cb1)).toEqual(['cb_manager', 'assistance_expert']);
    expect(manageableRoles(cbadmin, cb2)).toEqual([]);
    expect(manageableRoles(cbmanager, cb1)).toEqual([]);
  });

  it('lets an enterprise contact add colleagues of its own enterprise only', () => {
    expect(manageableRoles(contact, e01)).toEqual(['enterprise_contact']);
    expect(manageableRoles(contact, e15)).toEqual([]);
  });
});

describe('grantableRoles (first administrator)', () => {
  it('lets a bureau set up only the first officer of a bureau below and the first administrator of a body', () => {
    expect(grantableRoles(jiangsu, xz, none)).toEqual(['bureau_officer']);
    expect(grantableRoles(jiangsu, xz, new Set(['bureau_officer'] as const))).toEqual([]);
    expect(grantableRoles(xuzhou, cb1, new Set(['cb_admin'] as const))).toEqual([]);
    expect(grantableRoles(xuzhou, cb1, new Set(['cb_manager'] as const))).toEqual(['cb_admin']);
  });

  it('does not limit its own organization, nor the system administrator', () => {
    expect(grantableRoles(xuzhou, xz, new Set(['bureau_officer'] as const))).toEqual([
      'bureau_officer',
      'evaluation_expert',
    ]);
    expect(grantableRoles(sysadmin, js, new Set(['bureau_officer'] as const))).toEqual([
      'bureau_officer',
      'evaluation_expert',
    ]);
  });
});

describe('organizationCreationProblem', () => {
  it('lets the system administrator create any bureau, body or expert group', () => {
    expect(organizationCreationProblem(sysadmin, { kind: 'bureau', regionCode: '320000' })).toBeNull();
    expect(organizationCreationProblem(sysadmin, { kind: 'bureau', regionCode: '320321' })).toBeNull();
    expect(organizationCreationProblem(sysadmin, { kind: 'certification_body', regionCode: '120000' })).toBeNull();
    expect(organizationCreationProblem(sysadmin, { kind: 'association', regionCode: '320300' })).toBeNull();
  });

  it('lets a bureau create bureaus only one level below: province → city → county', () => {
    expect(organizationCreationProblem(national, { kind: 'bureau', regionCode: '320000' })).toBeNull();
    expect(organizationCreationProblem(national, { kind: 'bureau', regionCode: '320300' })).toEqual({
      code: 'ORGANIZATION_NOT_ALLOWED',
      field: 'regionCode',
    });
    expect(organizationCreationProblem(jiangsu, { kind: 'bureau', regionCode: '320300' })).toBeNull();
    expect(organizationCreationProblem(jiangsu, { kind: 'bureau', regionCode: '320321' })).not.toBeNull();
    expect(organizationCreationProblem(jiangsu, { kind: 'bureau', regionCode: '320000' })).not.toBeNull(); // its own level
    expect(organizationCreationProblem(jiangsu, { kind: 'bureau', regionCode: '120100' })).not.toBeNull(); // another province
    expect(organizationCreationProblem(xuzhou, { kind: 'bureau', regionCode: '320321' })).toBeNull();
    expect(organizationCreationProblem(xuzhou, { kind: 'bureau', regionCode: '320000' })).not.toBeNull(); // above
    expect(organizationCreationProblem(fengxian, { kind: 'bureau', regionCode: '320321' })).not.toBeNull(); // no level below a county
  });

  it('lets a bureau create a body only inside its jurisdiction, and no expert group', () => {
    expect(organizationCreationProblem(xuzhou, { kind: 'certification_body', regionCode: '320300' })).toBeNull();
    expect(organizationCreationProblem(xuzhou, { kind: 'certification_body', regionCode: '320321' })).toBeNull();
    expect(organizationCreationProblem(xuzhou, { kind: 'certification_body', regionCode: '320100' })).toEqual({
      code: 'ORGANIZATION_NOT_ALLOWED',
      field: 'regionCode',
    });
    expect(organizationCreationProblem(xuzhou, { kind: 'association', regionCode: '320300' })).toEqual({
      code: 'ORGANIZATION_NOT_ALLOWED',
      field: 'kind',
    });
  });

  it('refuses everyone else', () => {
    for (const actor of [secadmin, auditadmin, cbadmin, contact]) {
      expect(organizationCreationProblem(actor, { kind: 'certification_body', regionCode: '320300' })).toEqual({
        code: 'ORGANIZATION_NOT_ALLOWED',
        field: 'kind',
      });
    }
    expect(creatableKinds('cb_admin')).toEqual([]);
    expect(creatableKinds('bureau_officer')).toEqual(['bureau', 'certification_body']);
    expect(creatableKinds('system_admin')).toEqual(['bureau', 'certification_body', 'association']);
  });

  it('names the first administrator of each kind', () => {
    expect(firstAdministratorRole('bureau')).toBe('bureau_officer');
    expect(firstAdministratorRole('certification_body')).toBe('cb_admin');
    expect(firstAdministratorRole('association')).toBe('evaluation_expert');
  });
});

describe('invitationState', () => {
  const expiresAt = new Date('2026-11-26T02:00:00Z');
  it('is open until the instant it expires', () => {
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, new Date('2026-11-26T01:59:59.999Z'))).toBe(
      'open',
    );
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, expiresAt)).toBe('expired');
  });
  it('is used once used, and superseded once a newer link was issued', () => {
    const now = new Date('2026-11-24T00:00:00Z');
    expect(invitationState({ expiresAt, usedAt: now, revokedAt: null }, now)).toBe('used');
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: now }, now)).toBe('superseded');
    expect(invitationState({ expiresAt, usedAt: now, revokedAt: now }, new Date('2027-01-01T00:00:00Z'))).toBe('used');
  });
});
