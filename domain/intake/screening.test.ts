import { describe, expect, it } from 'vitest';
import { automaticScreeningItems, requiredScreeningItems, summarizeScreening, type ScreeningItem } from './screening.js';

const allPass = (rules = {}): ScreeningItem[] => requiredScreeningItems(rules).map((key) => ({ key, result: 'pass' as const }));

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
    expect(summarizeScreening(allPass().slice(1), {})).toMatchObject({ outcome: 'undetermined', open: ['registered_in_region'] });
    expect(summarizeScreening(allPass(), { minMainRevenueWan: 2000 })).toMatchObject({ outcome: 'undetermined', open: ['min_main_revenue'] });
  });

  it('a failure outweighs open items', () => {
    expect(summarizeScreening([{ key: 'licences', result: 'fail' }], {}).outcome).toBe('ineligible');
  });

  it('answers the size and revenue items from the application', () => {
    expect(automaticScreeningItems({ sizeClass: 'micro', mainRevenueWan: null, rules: {} })).toMatchObject([{ key: 'small_or_micro', result: 'pass' }]);
    expect(automaticScreeningItems({ sizeClass: 'medium', mainRevenueWan: null, rules: {} })[0]!.result).toBe('fail');
    expect(automaticScreeningItems({ sizeClass: 'not_applicable', mainRevenueWan: null, rules: {} })[0]!.result).toBe('unknown');
    const revenue = (v: number | null) => automaticScreeningItems({ sizeClass: null, mainRevenueWan: v, rules: { minMainRevenueWan: 2000 } })[0]!.result;
    expect([revenue(1999.99), revenue(2000), revenue(2000.01), revenue(null)]).toEqual(['fail', 'pass', 'pass', 'unknown']);
  });
});
