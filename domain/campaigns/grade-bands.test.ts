import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, gradeOf, type GradeBand } from '../evaluation/annex-c.js';
import { campaignBands, campaignBandsProblem, sameBands } from './grade-bands.js';

const goodFrom50: GradeBand[] = [
  { grade: 'fail', min: 0, max: 9 },
  { grade: 'pass', min: 10, max: 49 },
  { grade: 'good', min: 50, max: 69 },
  { grade: 'excellent', min: 70, max: 90 },
];

describe('campaign grade bands (Table 2 可视实际情况调整)', () => {
  it('a campaign without bands grades by Table 2; with its own, by those', () => {
    expect(campaignBands(null)).toEqual(DEFAULT_BANDS);
    expect(gradeOf(40, campaignBands(null))).toBe('good');
    expect(gradeOf(40, campaignBands(goodFrom50))).toBe('pass');
    expect(gradeOf(50, campaignBands(goodFrom50))).toBe('good');
  });

  it('names the campaign field of a gap, an overlap, an invalid band', () => {
    const gap = goodFrom50.map((b, i) => (i === 2 ? { ...b, min: 51 } : b));
    expect(campaignBandsProblem(gap, null, 0)).toEqual({
      code: 'GRADE_BANDS_GAP',
      field: 'gradeBands.2.min',
      detail: '50',
    });
    const overlap = goodFrom50.map((b, i) => (i === 2 ? { ...b, min: 49 } : b));
    expect(campaignBandsProblem(overlap, null, 0)).toMatchObject({
      code: 'GRADE_BANDS_OVERLAP',
      field: 'gradeBands.2.min',
    });
    expect(campaignBandsProblem(goodFrom50.slice(0, 3), null, 0)).toMatchObject({
      code: 'GRADE_BANDS_INVALID',
      field: 'gradeBands',
    });
  });

  it('unchanged or back to Table 2 is fine before any sign-off', () => {
    expect(campaignBandsProblem(undefined, goodFrom50, 3)).toBeNull();
    expect(campaignBandsProblem(null, goodFrom50, 0)).toBeNull();
    expect(campaignBandsProblem(goodFrom50, null, 0)).toBeNull();
  });

  it('ADR 0041: after one signed-off evaluation the bands do not change; sending the same ones is no change', () => {
    expect(campaignBandsProblem(goodFrom50, null, 1)).toEqual({
      code: 'CAMPAIGN_BANDS_LOCKED',
      field: 'gradeBands',
      detail: '1',
    });
    expect(campaignBandsProblem(null, goodFrom50, 1)).toMatchObject({ code: 'CAMPAIGN_BANDS_LOCKED' });
    expect(campaignBandsProblem(goodFrom50, goodFrom50, 1)).toBeNull();
    expect(campaignBandsProblem([...DEFAULT_BANDS], null, 1)).toBeNull();
    expect(sameBands(null, DEFAULT_BANDS)).toBe(true);
    expect(sameBands(goodFrom50, DEFAULT_BANDS)).toBe(false);
  });
});
