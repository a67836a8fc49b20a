/** Every code the trail can hold reads as words in both catalogs (issue: the audit administrator reads no raw codes). */
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_OUTCOMES } from '../../../../domain/audit/actions';
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';

function lookup(catalog: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog);
}

const CATALOGS = { 'zh-CN': zhCN, 'en-US': enUS };

describe('audit labels', () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`${name} labels every action`, () => {
      const missing = AUDIT_ACTIONS.filter((a) => typeof lookup(catalog, `audit.actionName.${a}`) !== 'string');
      expect(missing).toEqual([]);
    });
    it(`${name} labels every object type, outcome and hash rule`, () => {
      expect(
        AUDIT_OBJECT_TYPES.filter((o) => typeof lookup(catalog, `audit.objectTypeName.${o}`) !== 'string'),
      ).toEqual([]);
      expect(AUDIT_OUTCOMES.filter((o) => typeof lookup(catalog, `outcome.${o}`) !== 'string')).toEqual([]);
      expect(typeof lookup(catalog, 'audit.hashVersionName.1')).toBe('string');
      expect(typeof lookup(catalog, 'audit.hashVersionName.2')).toBe('string');
    });
  }

  it('has no label for an action that is not listed (the list and the catalog agree)', () => {
    const leaves = (node: unknown, prefix = ''): string[] =>
      typeof node === 'string'
        ? [prefix]
        : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    const listed = new Set<string>(AUDIT_ACTIONS);
    expect(leaves(zhCN.audit.actionName).filter((code) => !listed.has(code))).toEqual([]);
  });
});
