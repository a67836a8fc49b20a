/**
 * Deny by default (shared/security R10–R11): every route names one permission; a role has only
 * the permissions listed here. Scope (which rows) is decided separately by `scopeOf`.
 */
import type { Role } from './roles.js';

export const PERMISSIONS = [
  'public', // no login (health, login, reference lists)
  'session', // any signed-in user, about their own session
  'reference:read', // regions and other reference data
  'campaign:read',
  'participation:read',
  'participation:transition', // each command adds its own role rule (domain/lifecycle/transitions)
  'participation:reveal_contact',
  'campaign:write',
  'application:create',
  'roster:import',
  'roster:export',
  'body:read',
  'body:write',
  'screening:read',
  'screening:write',
  'impartiality:check',
  'impartiality:report',
  'expert:read',
  'expert:write',
  'working_group:read',
  'working_group:write',
  'assignment:read',
  'file:upload',
  'file:read',
  'survey:read',
  'survey:write',
  'diagnosis:confirm',
  'plan:read',
  'plan:write',
  'plan:respond',
  'implementation:read',
  'implementation:write',
  'training:read',
  'training:write',
  'training:attend',
  'training:statistics',
  'internal_audit:read',
  'internal_audit:write',
  'management_review:read',
  'management_review:write',
  'certification:read', // 002 step 9: the application, the certificate and its surveillance
  'certification:enterprise', // 002 step 9: the enterprise applies, or records the certificate it already holds
  'certification:surveillance', // 17021-1 §9.6.2: the certifying body records each surveillance held
  'notification:read',
  'audit:read',
  'user:read',
  'account:unlock',
  'account:read', // accounts and organizations the actor manages (its own and the level below)
  'account:write', // create, invite, edit, disable, move, import (each grant checked by domain/access/administration)
  'organization:write', // bureaus of the level below, bodies, expert groups
  'account:reset_password', // 三员: the security administrator
  'account:end_sessions', // 三员: the security administrator
  'account:onboard', // the enterprise contact's invitation after selection
  'evaluation:read', // 003 §6.9: the panel and its C.1 tables
  'evaluation:panel', // 003 §6.9.1: the bureau organizes the evaluation
  'evaluation:score', // 003 §6.9.5: the panel's raters
  'policy:read', // 002 Annex 2 一: the policy measures of a region and below
  'policy:write', // a bureau's own region's measures
  'statistics:read', // 002 Annex 2 附表: the statistics table of a region
  'dashboard:read', // the dashboards of the participations in scope, each figure drilling into the list
  'case:read', // 003 §6.10: the case of a participation in scope
  'case:write', // 003 §6.10.1: the assistance side writes the enterprise's case
  'case:review', // 002 step 10(2): bureaus review, select and recommend upward
  'case:library', // 002 step 10(2) 推广: the published cases
  'evaluation:enterprise', // 003 Annex C.2, 001 §四(三): the enterprise's self-evaluation and summary
  'evaluation:action_plan', // 003 §6.9.7: the enterprise's action plan, followed by its assisting body
  'stage_report:read', // 004 §三(三): a bureau's own stage reports and those of the levels below
  'stage_report:write', // 004 §三(三): its own report upward, a return of one submitted to it
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const BUSINESS_ROLES: ReadonlyArray<Role> = [
  'bureau_officer',
  'cb_admin',
  'cb_manager',
  'assistance_expert',
  'enterprise_contact',
  'evaluation_expert',
];

const GRANTS: Record<Exclude<Permission, 'public' | 'session'>, ReadonlyArray<Role>> = {
  'reference:read': [...BUSINESS_ROLES, 'system_admin', 'security_admin'],
  'campaign:read': BUSINESS_ROLES,
  'participation:read': BUSINESS_ROLES,
  'participation:transition': BUSINESS_ROLES,
  'participation:reveal_contact': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert'],
  'campaign:write': ['bureau_officer'],
  'impartiality:check': ['bureau_officer', 'cb_admin', 'cb_manager'],
  // the report of conflicts found, refused or overridden (ADR 0013)
  'impartiality:report': ['bureau_officer', 'cb_admin', 'cb_manager'],
  // a body keeps its experts' profiles; an expert reads their own
  'expert:read': ['cb_admin', 'cb_manager', 'assistance_expert'],
  'expert:write': ['cb_admin', 'cb_manager'],
  // bureaus see the groups of bodies working in their region; bodies form their own
  'working_group:read': ['bureau_officer', 'cb_admin', 'cb_manager'],
  'working_group:write': ['cb_admin', 'cb_manager'],
  // coverage, workload and unassigned enterprises
  'assignment:read': ['bureau_officer', 'cb_admin', 'cb_manager'],
  // 003 §6.5–6.6: the assistance side records the survey and drafts the plan; the enterprise reads,
  // confirms the diagnosis and comments on / accepts the plan; bureaus of the region read
  'file:upload': ['cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'file:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'survey:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'survey:write': ['cb_admin', 'cb_manager', 'assistance_expert'],
  'diagnosis:confirm': ['enterprise_contact'],
  'plan:read': [
    'bureau_officer',
    'cb_admin',
    'cb_manager',
    'assistance_expert',
    'enterprise_contact',
    'evaluation_expert',
  ],
  'plan:write': ['cb_admin', 'cb_manager', 'assistance_expert'],
  'plan:respond': ['enterprise_contact'],
  // 003 §6.7: the assistance side and the enterprise's contact keep the implementation records; bureaus of the region
  // and the appointed evaluator read them
  'implementation:read': [
    'bureau_officer',
    'cb_admin',
    'cb_manager',
    'assistance_expert',
    'enterprise_contact',
    'evaluation_expert',
  ],
  'implementation:write': ['cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  // 001 annex 一、1: bureaus organize the centralized and industry trainings, bodies and their experts every kind;
  // the enterprise reads its own and records its own attendance at online sessions (003 §6.7.2.2)
  'training:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'training:write': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert'],
  'training:attend': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  // 002 Annex 2 row 2 and the coverage checks: shown to bureau and body
  'training:statistics': ['bureau_officer', 'cb_admin', 'cb_manager'],
  // 000 §二(4); 003 §6.8.1: the enterprise runs its own audit, guided by its assistance side; bureaus read
  // 000 §二(4)–(5); 9.3: top management reviews with its assistance side; bureaus read; the certified path's
  // verification is the assistance side's (the service checks the side)
  'management_review:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'management_review:write': ['cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'certification:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'certification:enterprise': ['enterprise_contact'],
  'certification:surveillance': ['cb_admin', 'cb_manager'],
  'internal_audit:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'internal_audit:write': ['cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'application:create': ['bureau_officer'],
  'roster:import': ['bureau_officer'],
  'roster:export': ['bureau_officer', 'cb_admin', 'cb_manager'],
  'body:read': ['bureau_officer', 'cb_admin', 'cb_manager'],
  'body:write': ['bureau_officer'],
  // the enterprise sees its outcome and the reasons
  'screening:read': ['bureau_officer', 'enterprise_contact'],
  'screening:write': ['bureau_officer'],
  'notification:read': BUSINESS_ROLES,
  // the audit admin reads the trail and nothing else
  'audit:read': ['audit_admin'],
  'user:read': ['system_admin', 'security_admin'],
  'account:unlock': ['security_admin'],
  // 分级管理 (seed 002 §四): each organization manages its own people; the audit admin changes nothing
  'account:read': ['system_admin', 'security_admin', 'bureau_officer', 'cb_admin', 'enterprise_contact'],
  'account:write': ['system_admin', 'bureau_officer', 'cb_admin', 'enterprise_contact'],
  'organization:write': ['system_admin', 'bureau_officer'],
  'account:reset_password': ['security_admin'],
  'account:end_sessions': ['security_admin'],
  'account:onboard': ['bureau_officer'],
  'evaluation:read': [
    'bureau_officer',
    'cb_admin',
    'cb_manager',
    'assistance_expert',
    'enterprise_contact',
    'evaluation_expert',
  ],
  'evaluation:panel': ['bureau_officer'],
  'evaluation:score': ['evaluation_expert'],
  // 002 Annex 2: each bureau reports its region's measures and table upward; the bureaus above read them
  'policy:read': ['bureau_officer'],
  'policy:write': ['bureau_officer'],
  'statistics:read': ['bureau_officer'],
  // bureaus judge their region's progress, bodies their own enterprises'; an enterprise sees only its own file
  'dashboard:read': ['bureau_officer', 'cb_admin', 'cb_manager'],
  // 003 §6.10.1: bureaus organize, bodies (and their assisting experts) write with the enterprise, which reads its own
  'case:read': ['bureau_officer', 'cb_admin', 'cb_manager', 'assistance_expert', 'enterprise_contact'],
  'case:write': ['cb_admin', 'cb_manager', 'assistance_expert'],
  'case:review': ['bureau_officer'],
  // published cases are for every signed-in user (the audit administrator reads the trail and nothing else)
  'case:library': [...BUSINESS_ROLES, 'system_admin', 'security_admin'],
  'evaluation:enterprise': ['enterprise_contact'],
  'evaluation:action_plan': ['enterprise_contact', 'cb_admin', 'cb_manager', 'assistance_expert'],
  // 004 §三(三), 002 step 13: bureaus report level by level; bodies and enterprises take no part
  'stage_report:read': ['bureau_officer'],
  'stage_report:write': ['bureau_officer'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return GRANTS[permission].includes(role);
}

/** Which participations a role sees (R12–R13). */
export type Scope =
  | { kind: 'region'; regionCode: string } // bureau: its region subtree
  | { kind: 'body'; organizationId: string } // certification body: its participations
  | { kind: 'assigned'; userId: string } // assistance expert: enterprises assigned now (assignmentGivesAccess)
  | { kind: 'own_enterprise'; organizationId: string } // enterprise: itself
  | { kind: 'appointed'; userId: string } // evaluation expert: appointed evaluations only
  | { kind: 'none' };

export interface ActingMembership {
  userId: string;
  role: Role;
  organizationId: string;
  /** The organization's region (bureaus: their jurisdiction). */
  regionCode: string | null;
}

export function scopeOf(m: ActingMembership): Scope {
  switch (m.role) {
    case 'bureau_officer':
      return m.regionCode ? { kind: 'region', regionCode: m.regionCode } : { kind: 'none' };
    case 'cb_admin':
    case 'cb_manager':
      return { kind: 'body', organizationId: m.organizationId };
    case 'assistance_expert':
      return { kind: 'assigned', userId: m.userId };
    case 'enterprise_contact':
      return { kind: 'own_enterprise', organizationId: m.organizationId };
    case 'evaluation_expert':
      return { kind: 'appointed', userId: m.userId };
    default:
      return { kind: 'none' };
  }
}
