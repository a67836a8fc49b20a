/**
 * 分级管理 (seed 002 §四; shared/security R10–R17; ADR 0034): who may create which organization and grant which role
 * where. The system administrator sets up bureaus, bodies and expert groups with their first administrator; after
 * that each organization manages its own people: a bureau its officers and its evaluation-expert pool and the
 * organizations (and first officers) of the level directly below it; a body's administrator its managers and
 * assistance experts; an enterprise contact its colleagues. Nobody grants a role or a region above their own, and
 * the 三员 stay apart: the system administrator manages accounts and organizations, the security administrator only
 * unlocks, resets and ends sessions (by permission), the audit administrator reads the trail.
 */
import { jurisdictionHolds } from './jurisdiction.js';
import { ADMIN_ROLES, ROLES, canHoldRoleIn, type OrganizationKind, type Role } from './roles.js';
import { parentRegionCode } from '../regions/region-code.js';

export interface AdministeringActor {
  role: Role;
  organizationId: string;
  /** The actor's organization's region (a bureau: its jurisdiction). */
  regionCode: string | null;
}

export interface OrganizationRef {
  id: string;
  kind: OrganizationKind;
  regionCode: string | null;
}

/** The kinds an administrator creates; enterprises come from applications, the platform exists once. */
export type CreatableKind = 'bureau' | 'certification_body' | 'association';

/** The first administrator an organization of each kind gets when it is created. */
export function firstAdministratorRole(kind: CreatableKind): Role {
  switch (kind) {
    case 'bureau':
      return 'bureau_officer';
    case 'certification_body':
      return 'cb_admin';
    case 'association':
      return 'evaluation_expert'; // the campaign's expert group (seed 002 §四) holds evaluation experts
  }
}

/** Accounts the system and security administrators see everywhere (the security administrator changes only credentials). */
export function seesEveryAccount(role: Role): boolean {
  return role === 'system_admin' || role === 'security_admin';
}

/** A bureau's "level directly below": a bureau whose region's parent is the actor's region (province → city → county). */
function isDirectlyBelow(actorRegion: string | null, regionCode: string | null): boolean {
  return !!actorRegion && !!regionCode && parentRegionCode(regionCode) === actorRegion;
}

/**
 * The roles whose accounts the actor manages (sees, edits, invites, disables, moves) in this organization.
 * Granting a new account adds the "first administrator" limit of `grantableRoles`.
 */
export function manageableRoles(actor: AdministeringActor, org: OrganizationRef): Role[] {
  const own = org.id === actor.organizationId;
  switch (actor.role) {
    case 'system_admin':
      // the platform's own posts; elsewhere every role the organization's kind can hold
      if (org.kind === 'platform') return [...ADMIN_ROLES];
      return ROLES.filter((r) => !ADMIN_ROLES.includes(r) && canHoldRoleIn(r, org.kind));
    case 'bureau_officer':
      // seed 002 §四: officers at its own level and its evaluation-expert pool
      if (own) return ['bureau_officer', 'evaluation_expert'];
      // the level directly below: its bureaus' officers
      if (org.kind === 'bureau') return isDirectlyBelow(actor.regionCode, org.regionCode) ? ['bureau_officer'] : [];
      // bodies located in its jurisdiction: their administrator; enterprises in it: their contact (onboarding)
      if (org.kind === 'certification_body' && jurisdictionHolds(actor.regionCode, org.regionCode)) return ['cb_admin'];
      if (org.kind === 'enterprise' && jurisdictionHolds(actor.regionCode, org.regionCode)) {
        return ['enterprise_contact'];
      }
      return [];
    case 'cb_admin':
      return own ? ['cb_manager', 'assistance_expert'] : [];
    case 'enterprise_contact':
      // the contact adds colleagues of its enterprise (quality manager, legal representative)
      return own ? ['enterprise_contact'] : [];
    default:
      return [];
  }
}

/**
 * The roles the actor may give a new account in this organization. Outside its own organization a bureau sets up
 * only the first administrator (`occupied`: the roles someone already holds there); the organization then
 * manages its own people. The system administrator is not limited to the first.
 */
export function grantableRoles(actor: AdministeringActor, org: OrganizationRef, occupied: ReadonlySet<Role>): Role[] {
  const roles = manageableRoles(actor, org);
  if (actor.role === 'system_admin' || org.id === actor.organizationId) return roles;
  return roles.filter((r) => !occupied.has(r));
}

type OrganizationProblem = { code: 'ORGANIZATION_NOT_ALLOWED'; field: 'kind' | 'regionCode' } | null;

/** Whether the actor may create an organization of this kind at this region. */
export function organizationCreationProblem(
  actor: AdministeringActor,
  input: { kind: CreatableKind; regionCode: string },
): OrganizationProblem {
  if (actor.role === 'system_admin') return null; // any bureau, body or expert group
  if (actor.role !== 'bureau_officer') return { code: 'ORGANIZATION_NOT_ALLOWED', field: 'kind' };
  switch (input.kind) {
    case 'bureau':
      // province → city → county: only the level directly below
      return isDirectlyBelow(actor.regionCode, input.regionCode)
        ? null
        : { code: 'ORGANIZATION_NOT_ALLOWED', field: 'regionCode' };
    case 'certification_body':
      // ADR 0004: bodies located in its own jurisdiction
      return jurisdictionHolds(actor.regionCode, input.regionCode)
        ? null
        : { code: 'ORGANIZATION_NOT_ALLOWED', field: 'regionCode' };
    case 'association':
      return { code: 'ORGANIZATION_NOT_ALLOWED', field: 'kind' };
  }
}

/** The kinds the actor may create (for its forms). */
export function creatableKinds(role: Role): CreatableKind[] {
  if (role === 'system_admin') return ['bureau', 'certification_body', 'association'];
  if (role === 'bureau_officer') return ['bureau', 'certification_body'];
  return [];
}

/** R-invitations: the default lifetime of an activation or reset link. */
export const DEFAULT_INVITATION_HOURS = 72;

export type InvitationState = 'open' | 'expired' | 'used' | 'superseded';

/** An invitation link works once, before it expires, and only while it is the user's latest. */
export function invitationState(
  invitation: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationState {
  if (invitation.usedAt) return 'used';
  if (invitation.revokedAt) return 'superseded';
  if (now.getTime() >= invitation.expiresAt.getTime()) return 'expired';
  return 'open';
}
