import { describe, expect, it } from 'vitest';
import {
  automaticScreeningItems,
  mergeScreeningItems,
  requiredScreeningItems,
  screeningAnswerProblem,
  summarizeScreening,
  type ScreeningItem,
} from './screening.js';

const allPass = (rules = {}): ScreeningItem[] =>
  requiredScreeningItems(rules).map((key) => ({ key, result: 'pass' as const }));

describe('screening checklist (003 §5.1, 001 §三, 004)', () => {
  it('asks the revenue rule only when the campaign sets it', () => {
    expect(requiredScreeningItems({})).not.toContain('min_main_revenue');
    expect(requiredScreeningItems({ minMainRevenueWan: 2000 })).toContain('min_main_revenue');
    expect(requiredScreeningItems({})).toHaveLength(9);
  });

  it('is eligible only when every required item passes', () => {
    expect(summarizeScreening(allPass(), {}).outcome).toBe('eligible');
    const oneFail = allPass().map((i) => (i.key === 'not_dishonesty_list' ? { ...i, result: 'fail' as const } : i));
    expect(summarizeScreening(oneFail, {})).toMatchObject({ outcome: 'ineligible', failed: ['not_dishonesty_list'] });
    const oneUnknown = allPass().map((i) => (i.key === 'licences' ? { ...i, result: 'unknown' as const } : i));
    expect(summarizeScreening(oneUnknown, {})).toMatchObject({ outcome: 'undetermined', open: ['licences'] });
    expect(summarizeScreening(allPass().slice(1), {})).toMatchObject({
      outcome: 'undetermined',
      open: ['registered_in_region'],
    });
    expect(summarizeScreening(allPass(), { minMainRevenueWan: 2000 })).toMatchObject({
      outcome: 'undetermined',
      open: ['min_main_revenue'],
    });
  });

  it('a failure outweighs open items', () => {
    expect(summarizeScreening([{ key: 'licences', result: 'fail' }], {}).outcome).toBe('ineligible');
  });

  it('answers the size and revenue items from the application', () => {
    expect(automaticScreeningItems({ sizeClass: 'micro', mainRevenueWan: null, rules: {} })).toMatchObject([
      { key: 'small_or_micro', result: 'pass' },
    ]);
    expect(automaticScreeningItems({ sizeClass: 'medium', mainRevenueWan: null, rules: {} })[0]!.result).toBe('fail');
    expect(automaticScreeningItems({ sizeClass: 'not_applicable', mainRevenueWan: null, rules: {} })[0]!.result).toBe(
      'unknown',
    );
    const revenue = (v: number | null) =>
      automaticScreeningItems({ sizeClass: null, mainRevenueWan: v, rules: { minMainRevenueWan: 2000 } })[0]!.result;
    expect([revenue(1999.99), revenue(2000), revenue(2000.01), revenue(null)]).toEqual([
      'fail',
      'pass',
      'pass',
      'unknown',
    ]);
  });
});

describe('a rule item the rule cannot settle (ADR 0025)', () => {
  const eight = (): ScreeningItem[] =>
    requiredScreeningItems({})
      .filter((k) => k !== 'small_or_micro')
      .map((key) => ({ key, result: 'pass' as const }));
  const officer = {
    key: 'small_or_micro' as const,
    result: 'pass' as const,
    evidence: '2025年年报：从业人员12人',
    source: '企业年报',
  };

  it('an education enterprise (no size row, not_applicable) is left open, then eligible once the officer answers with evidence', () => {
    const automatic = automaticScreeningItems({ sizeClass: 'not_applicable', mainRevenueWan: null, rules: {} });
    const open = mergeScreeningItems(eight(), automatic, {});
    expect(open.find((i) => i.key === 'small_or_micro')).toMatchObject({ result: 'unknown', ruleUndecided: true });
    expect(summarizeScreening(open, {}).outcome).toBe('undetermined');
    expect(screeningAnswerProblem(officer, automatic)).toBeNull();
    const answered = mergeScreeningItems([...eight(), officer], automatic, {});
    expect(answered.find((i) => i.key === 'small_or_micro')).toMatchObject({
      result: 'pass',
      source: '企业年报',
      ruleUndecided: true,
    });
    expect(summarizeScreening(answered, {}).outcome).toBe('eligible');
  });

  it('a missing figure (no size class at all) is open for the officer too, and a fail answer counts', () => {
    const automatic = automaticScreeningItems({ sizeClass: null, mainRevenueWan: null, rules: {} });
    expect(automatic).toEqual([]);
    expect(screeningAnswerProblem({ ...officer, result: 'fail' }, automatic)).toBeNull();
    const merged = mergeScreeningItems([...eight(), { ...officer, result: 'fail' }], automatic, {});
    expect(summarizeScreening(merged, {})).toMatchObject({ outcome: 'ineligible', failed: ['small_or_micro'] });
  });

  it('the missing revenue of a campaign rule is open for the officer', () => {
    const rules = { minMainRevenueWan: 2000 };
    const automatic = automaticScreeningItems({ sizeClass: 'small', mainRevenueWan: null, rules });
    const answer = {
      key: 'min_main_revenue' as const,
      result: 'pass' as const,
      evidence: '2025年主营业务收入2300万元',
      source: '审计报告',
    };
    expect(screeningAnswerProblem(answer, automatic)).toBeNull();
    const merged = mergeScreeningItems([...eight(), answer], automatic, rules);
    expect(summarizeScreening(merged, rules).outcome).toBe('eligible');
  });

  it('a decided item cannot be overridden by hand, and a recorded answer never outweighs the rule', () => {
    for (const sizeClass of ['small', 'micro', 'medium', 'large']) {
      const automatic = automaticScreeningItems({ sizeClass, mainRevenueWan: null, rules: {} });
      expect(
        screeningAnswerProblem({ ...officer, result: sizeClass === 'large' ? 'pass' : 'fail' }, automatic),
      ).toMatchObject({ code: 'SCREENING_DECIDED_BY_RULE' });
      expect(screeningAnswerProblem({ key: 'small_or_micro', result: 'unknown' }, automatic)).toMatchObject({
        code: 'SCREENING_DECIDED_BY_RULE',
      });
    }
    const large = automaticScreeningItems({ sizeClass: 'large', mainRevenueWan: null, rules: {} });
    const merged = mergeScreeningItems([...eight(), officer], large, {});
    expect(merged.find((i) => i.key === 'small_or_micro')).toMatchObject({
      result: 'fail',
      source: 'rule:enterprise-size-2017',
    });
    expect(merged.find((i) => i.key === 'small_or_micro')!.ruleUndecided).toBeUndefined();
    const revenue = automaticScreeningItems({
      sizeClass: 'small',
      mainRevenueWan: 1999.99,
      rules: { minMainRevenueWan: 2000 },
    });
    expect(
      screeningAnswerProblem({ key: 'min_main_revenue', result: 'pass', evidence: 'x', source: 'y' }, revenue),
    ).toMatchObject({ code: 'SCREENING_DECIDED_BY_RULE' });
  });

  it('the officer answer of an open rule item needs evidence and source', () => {
    const automatic = automaticScreeningItems({ sizeClass: 'not_applicable', mainRevenueWan: null, rules: {} });
    expect(screeningAnswerProblem({ ...officer, evidence: ' ' }, automatic)).toEqual({
      field: 'items.small_or_micro.evidence',
      code: 'REQUIRED',
    });
    expect(screeningAnswerProblem({ ...officer, source: undefined }, automatic)).toEqual({
      field: 'items.small_or_micro.source',
      code: 'REQUIRED',
    });
    expect(screeningAnswerProblem({ key: 'small_or_micro', result: 'unknown' }, automatic)).toBeNull();
    // ordinary items keep their looser rule
    expect(screeningAnswerProblem({ key: 'licences', result: 'pass' }, automatic)).toBeNull();
  });
});
