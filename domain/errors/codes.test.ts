import { describe, it, expect } from 'vitest';
import { ERROR_CODES, errorMessage, type ErrorCode } from './codes.js';

const entries = Object.entries(ERROR_CODES) as [ErrorCode, (typeof ERROR_CODES)[ErrorCode]][];

describe('ERROR_CODES', () => {
  it('is not empty', () => {
    expect(entries.length).toBeGreaterThan(0);
  });
  it.each(entries)('%s has an HTTP error status 400–599 and non-empty zh and en messages', (_code, def) => {
    expect(Number.isInteger(def.status)).toBe(true);
    expect(def.status).toBeGreaterThanOrEqual(400);
    expect(def.status).toBeLessThanOrEqual(599);
    expect(def.zh.trim()).not.toBe('');
    expect(def.en.trim()).not.toBe('');
  });
  it.each(entries)('%s uses the same placeholders in zh and en', (_code, def) => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(placeholders(def.zh)).toEqual(placeholders(def.en));
    for (const p of placeholders(def.zh)) expect(['{field}', '{detail}']).toContain(p);
  });
  it('codes are upper snake case', () => {
    for (const [code] of entries) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

describe('errorMessage', () => {
  it('picks the Chinese message for zh-CN and the English one for en-US', () => {
    expect(errorMessage('UNAUTHENTICATED', 'zh-CN')).toBe('请先登录');
    expect(errorMessage('UNAUTHENTICATED', 'en-US')).toBe('Please sign in');
  });
  it('replaces {field} and {detail}', () => {
    expect(errorMessage('VALIDATION_FAILED', 'en-US', { field: 'uscc', detail: 'USCC_CHECKSUM' })).toBe(
      'Field uscc is invalid: USCC_CHECKSUM',
    );
    expect(errorMessage('VALIDATION_FAILED', 'zh-CN', { field: 'uscc', detail: 'USCC_CHECKSUM' })).toBe(
      '字段 uscc 不符合要求：USCC_CHECKSUM',
    );
    expect(
      errorMessage('OPERATION_PERIOD_TOO_SHORT', 'en-US', { field: 'internalAuditOn', detail: '2026-05-01' }),
    ).toBe('The QMS must run at least 3 months; internal audit is possible from 2026-05-01 (internalAuditOn)');
  });
  it('replaces missing parameters with nothing, leaving no placeholder', () => {
    const msg = errorMessage('REASON_REQUIRED', 'en-US');
    expect(msg).toBe('A reason is required ()');
    for (const [code] of entries) {
      for (const locale of ['zh-CN', 'en-US'] as const)
        expect(errorMessage(code, locale)).not.toMatch(/\{(field|detail)\}/);
    }
  });

  // BUG (domain/errors/codes.ts errorMessage): String.prototype.replace with a string replacement
  // interprets `$&`, `$'`, `` $` `` and `$$`, so a detail such as "$&" (e.g. from a validation
  // message) is not inserted verbatim; "$&" re-inserts the placeholder "{detail}".
  it('inserts parameters verbatim, even when they contain $ patterns', () => {
    expect(errorMessage('VALIDATION_FAILED', 'en-US', { field: 'price', detail: 'must not contain $&' })).toBe(
      'Field price is invalid: must not contain $&',
    );
  });
});
