import { describe, expect, it } from 'vitest';
import { findRawIdentifiers } from './raw-identifiers.js';

describe('findRawIdentifiers', () => {
  it('finds snake_case, camelCase and UPPER_SNAKE words', () => {
    expect(findRawIdentifiers('当前阶段 plan_agreed')).toEqual(['plan_agreed']);
    expect(findRawIdentifiers('日期不能晚于今天（internalAuditOn）')).toEqual(['internalAuditOn']);
    expect(findRawIdentifiers('统一社会信用代码不正确（USCC_CHECKSUM）')).toEqual(['USCC_CHECKSUM']);
    expect(findRawIdentifiers('a subItemKey and a key_control_points')).toEqual(['subItemKey', 'key_control_points']);
  });

  it('reports each identifier once, in order', () => {
    expect(findRawIdentifiers('NOT_FOUND x NOT_FOUND camelCase')).toEqual(['NOT_FOUND', 'camelCase']);
  });

  it('passes ordinary words, abbreviations, Chinese and numbers', () => {
    expect(findRawIdentifiers('ISO 9001 质量管理体系 GB/T 2260 HMAC-SM3 Annex A B.1 Plan agreed')).toEqual([]);
    expect(findRawIdentifiers('QMS operating · Stage 3 of 12 · 2026-10-31 12:00')).toEqual([]);
    // one capital word or all capitals without an underscore is not an identifier
    expect(findRawIdentifiers('USCC Excel PDF DOCX')).toEqual([]);
  });

  it('allows a few legitimate tokens: product names, USCC values, URLs, e-mails, file names, paths', () => {
    expect(findRawIdentifiers('PostgreSQL 或 PGlite')).toEqual([]);
    expect(findRawIdentifiers('91320321MA1EXAMPL0 91320321MA1WH9XA3K')).toEqual([]);
    expect(findRawIdentifiers('见 https://example.org/some_page?userId=1')).toEqual([]);
    expect(findRawIdentifiers('写信给 first_name.lastName@example.com')).toEqual([]);
    expect(findRawIdentifiers('下载 roster_errors_2026.xlsx 与 plan_v2.docx')).toEqual([]);
    expect(findRawIdentifiers('打开 /apply 或 /participations/new_one')).toEqual([]);
  });

  it('finds one-word enum values only when they are named as known keys', () => {
    const knownKeys = new Set(['small', 'bureau', 'industrial']);
    expect(findRawIdentifiers('华康食品 small bureau', { knownKeys })).toEqual(['small', 'bureau']);
    expect(findRawIdentifiers('规模划分行业 industrial', { knownKeys })).toEqual(['industrial']);
    expect(findRawIdentifiers('华康食品 small bureau')).toEqual([]);
    // part of a longer word is not the key
    expect(findRawIdentifiers('smaller bureaus', { knownKeys })).toEqual([]);
  });

  it('is empty on empty text', () => {
    expect(findRawIdentifiers('')).toEqual([]);
  });
});
