import { describe, expect, it } from 'vitest';
import { roleFromCell } from './account-columns.js';

describe('roleFromCell', () => {
  it('reads a role by its Chinese name, with spaces, or its code', () => {
    expect(roleFromCell('帮扶专家')).toBe('assistance_expert');
    expect(roleFromCell(' 认证机构 项目经理 ')).toBe('cb_manager');
    expect(roleFromCell('evaluation_expert')).toBe('evaluation_expert');
    expect(roleFromCell('监管人员')).toBe('bureau_officer');
  });
  it('refuses anything else', () => {
    expect(roleFromCell('专家')).toBeNull();
    expect(roleFromCell('')).toBeNull();
  });
});
