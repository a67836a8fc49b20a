/**
 * The bulk-account sheet (ADR 0034): one row per person — 姓名, 手机, 邮箱, 单位, 角色, 地区 — and the role names a
 * person types (the same names the web shows). Pure: the server reads and writes the workbook.
 */
import type { Role } from './roles.js';

export const ACCOUNT_COLUMNS = [
  { key: 'displayName', header: '姓名', width: 14 },
  { key: 'mobile', header: '手机', width: 16 },
  { key: 'email', header: '邮箱', width: 26 },
  { key: 'organization', header: '单位', width: 30 },
  { key: 'role', header: '角色', width: 18 },
  { key: 'regionCode', header: '地区', width: 10 },
] as const;
export type AccountColumnKey = (typeof ACCOUNT_COLUMNS)[number]['key'];
export const REQUIRED_ACCOUNT_COLUMNS: ReadonlyArray<AccountColumnKey> = ['displayName', 'organization', 'role'];

export const ROLE_NAMES_ZH: Record<Role, string> = {
  bureau_officer: '市场监管部门',
  cb_admin: '认证机构管理员',
  cb_manager: '认证机构项目经理',
  assistance_expert: '帮扶专家',
  enterprise_contact: '企业联系人',
  evaluation_expert: '评审专家',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

/** A role as typed: its Chinese name (spaces ignored) or its code; null when neither. */
export function roleFromCell(value: string): Role | null {
  const typed = value.replace(/[\s\u3000]+/g, '');
  for (const [role, name] of Object.entries(ROLE_NAMES_ZH) as Array<[Role, string]>) {
    if (typed === name || typed === role) return role;
  }
  // 市场监管部门 is also typed as the officer's post
  if (typed === '监管人员' || typed === '市场监管部门人员') return 'bureau_officer';
  return null;
}
