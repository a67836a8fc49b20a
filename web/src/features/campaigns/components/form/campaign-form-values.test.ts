import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../../../../../domain/evaluation/annex-c.js';
import { bandsOf, emptyCampaign, toCreateRequest, toUpdateRequest } from './campaign-form-values';

const goodFrom50 = [
  { grade: 'fail', min: 0, max: 9 },
  { grade: 'pass', min: 10, max: 49 },
  { grade: 'good', min: 50, max: 69 },
  { grade: 'excellent', min: 70, max: 90 },
] as const;

describe('the campaign form’s grade bands', () => {
  it('a new campaign starts from Table 2 and sends no bands of its own', () => {
    const v = { ...emptyCampaign(), name: '2027年测试行动' };
    expect(v.gradeBands).toEqual(DEFAULT_BANDS);
    expect(bandsOf(v)).toBeNull();
    expect(toCreateRequest(v)).not.toHaveProperty('gradeBands');
  });

  it('adjusted bands are sent; back to Table 2 is sent as null on an update', () => {
    const v = { ...emptyCampaign(), gradeBands: goodFrom50.map((b) => ({ ...b })) };
    expect(toCreateRequest(v).gradeBands).toEqual(goodFrom50);
    expect(toUpdateRequest({ ...v, gradeBands: DEFAULT_BANDS.map((b) => ({ ...b })) }, 3).gradeBands).toBeNull();
  });

  it('an empty cell is kept as no number, so the rule refuses it', () => {
    const v = { ...emptyCampaign(), gradeBands: goodFrom50.map((b, i) => (i === 1 ? { ...b, max: null } : { ...b })) };
    expect(Number.isNaN(bandsOf(v)![1]!.max)).toBe(true);
  });
});
