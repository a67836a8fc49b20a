import { describe, expect, it } from 'vitest';
import { answeredByOfficer, liveSummary, toFormValues, toRecordRequest } from './screening-values';
import type { ScreeningView } from '../../../../../contracts/screening';

const MANUAL = [
  'registered_in_region',
  'licences',
  'not_abnormal_list',
  'not_dishonesty_list',
  'no_major_accident',
  'no_quality_penalty',
  'operating_normally',
  'willing_and_resourced',
];

function view(sizeItem: ScreeningView['items'][number]): ScreeningView {
  return {
    items: [...MANUAL.map((key) => ({ key, result: 'pass' as const })), sizeItem],
    summary: { passed: [], failed: [], open: [], outcome: 'undetermined' },
    note: null,
    version: 3,
    waitlisted: false,
    figures: {
      sizeIndustry: 'education',
      employees: 18,
      revenueWan: 300,
      assetsWan: null,
      sizeClass: 'not_applicable',
      participationVersion: 2,
      corrections: [],
    },
  };
}

describe('a rule item its rule cannot settle, in the screening form', () => {
  const undecided = view({
    key: 'small_or_micro',
    result: 'unknown',
    evidence: 'size=not_applicable',
    source: 'rule:enterprise-size-2017',
    ruleUndecided: true,
  });

  it('is answered by the officer, starting empty (the rule note is not evidence)', () => {
    expect(answeredByOfficer(undecided.items.at(-1)!)).toBe(true);
    expect(toFormValues(undecided).items?.small_or_micro).toEqual({ result: 'unknown', evidence: '', source: '' });
  });

  it('is sent with the officer answer, and counts in the live outcome', () => {
    const values = {
      items: {
        ...toFormValues(undecided).items,
        small_or_micro: { result: 'pass' as const, evidence: '年报：18人', source: '企业年报' },
      },
    };
    expect(toRecordRequest(undecided, values).items.find((i) => i.key === 'small_or_micro')).toEqual({
      key: 'small_or_micro',
      result: 'pass',
      evidence: '年报：18人',
      source: '企业年报',
    });
    expect(liveSummary(undecided, values).outcome).toBe('eligible');
  });

  it('a decided rule item stays read-only and is never sent', () => {
    const decided = view({
      key: 'small_or_micro',
      result: 'fail',
      evidence: 'size=large',
      source: 'rule:enterprise-size-2017',
    });
    expect(answeredByOfficer(decided.items.at(-1)!)).toBe(false);
    expect(toFormValues(decided).items?.small_or_micro).toBeUndefined();
    expect(toRecordRequest(decided, toFormValues(decided)).items.map((i) => i.key)).not.toContain('small_or_micro');
    expect(liveSummary(decided, toFormValues(decided)).outcome).toBe('ineligible');
  });
});
