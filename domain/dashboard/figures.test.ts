import { describe, expect, it } from 'vitest';
import { childPrefixLength, childRegionOf, monthRange, stagesFrom, topWithRest } from './figures.js';
import { STAGES_HOLDING_A_PLACE } from '../intake/quota.js';

describe('stagesFrom', () => {
  it('from selected are the stages holding a quota place', () => {
    expect(stagesFrom('selected')).toEqual([...STAGES_HOLDING_A_PLACE]);
  });
  it('the first stage covers the whole main path, the last only itself', () => {
    expect(stagesFrom('applied')).toHaveLength(12);
    expect(stagesFrom('closed')).toEqual(['closed']);
  });
  it('a side exit is only itself', () => {
    expect(stagesFrom('withdrawn')).toEqual(['withdrawn']);
  });
});

describe('sub-regions', () => {
  it('one level below the base', () => {
    expect(childPrefixLength('000000')).toBe(2);
    expect(childPrefixLength('320000')).toBe(4);
    expect(childPrefixLength('320500')).toBe(6);
    expect(childPrefixLength('320505')).toBeNull();
  });
  it('the child a code lies in', () => {
    expect(childRegionOf('000000', '320505')).toBe('320000');
    expect(childRegionOf('320000', '320505')).toBe('320500');
    expect(childRegionOf('320500', '320505')).toBe('320505');
  });
  it('none for the base itself, a code outside, or a county base', () => {
    expect(childRegionOf('320000', '320000')).toBeNull();
    expect(childRegionOf('320500', '320500')).toBeNull();
    expect(childRegionOf('320000', '330102')).toBeNull();
    expect(childRegionOf('320505', '320505')).toBeNull();
  });
});

describe('monthRange', () => {
  it('a month and the first day of the next', () => {
    expect(monthRange('2025-03')).toEqual({ from: '2025-03-01', before: '2025-04-01' });
  });
  it('December runs into the next year', () => {
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', before: '2026-01-01' });
  });
});

describe('topWithRest', () => {
  const items = [{ count: 1 }, { count: 5 }, { count: 3 }, { count: 2 }];
  it('the largest n and the sum of the others', () => {
    expect(topWithRest(items, 2)).toEqual({ top: [{ count: 5 }, { count: 3 }], rest: 3 });
  });
  it('nothing left over when n covers all', () => {
    expect(topWithRest(items, 4).rest).toBe(0);
    expect(topWithRest(items, 10).top).toHaveLength(4);
  });
});
