/**
 * Who uses Uplift (seed 002 §四 duties; shared/security R10–R17).
 * A user holds memberships (organization + role) and acts through one of them at a time.
 */
export const ROLES = [
  'bureau_officer', // 市场监管部门 officer; level comes from the bureau's region
  'cb_admin', // 认证机构 administrator
  'cb_manager', // 认证机构 project manager (帮扶工作组管理人员)
  'assistance_expert', // 帮扶专家
  'enterprise_contact', // 企业联系人
  'evaluation_expert', // 评审专家
  'system_admin', // 系统管理员 (三员)
  'security_admin', // 安全管理员 (三员)
  'audit_admin', // 审计管理员 (三员)
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ['bureau', 'certification_body', 'enterprise', 'association', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** 三员: system, security and audit administrators are separate posts (GB/T 22239 安全管理机构). */
export const ADMIN_ROLES: ReadonlyArray<Role> = ['system_admin', 'security_admin', 'audit_admin'];

/** The organization kinds a role can be held in. */
const ROLE_ORGANIZATION_KINDS: Record<Role, ReadonlyArray<OrganizationKind>> = {
  bureau_officer: ['bureau'],
  cb_admin: ['certification_body'],
  cb_manager: ['certification_body'],
  assistance_expert: ['certification_body'],
  enterprise_contact: ['enterprise'],
  evaluation_expert: ['certification_body', 'association', 'bureau'],
  system_admin: ['platform'],
  security_admin: ['platform'],
  audit_admin: ['platform'],
};

export function isRole(value: string): value is Role {
  return (ROLES as ReadonlyArray<string>).includes(value);
}

/**
 * No account holds two of the three administrator posts. Returns the conflicting pair, or null.
 */
export function adminRoleConflict(roles: ReadonlyArray<Role>): [Role, Role] | null {
  const held = [...new Set(roles.filter((r) => ADMIN_ROLES.includes(r)))];
  return held.length > 1 ? [held[0]!, held[1]!] : null;
}

export function canHoldRoleIn(role: Role, kind: OrganizationKind): boolean {
  return ROLE_ORGANIZATION_KINDS[role].includes(kind);
}
