import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_GRADE_BANDS,
  EVALUATION_ITEMS,
  MAX_EVALUATION_SCORE,
  POINTS_PER_ITEM,
  gradeFor,
  itemScore,
  totalScore,
} from './grade.js';

describe('evaluation items (seed 003 表1)', () => {
  it('has 9 distinct items of 10 points, 90 in all', () => {
    expect(EVALUATION_ITEMS).toHaveLength(9);
    expect(new Set(EVALUATION_ITEMS).size).toBe(9);
    expect(POINTS_PER_ITEM).toBe(10);
    expect(MAX_EVALUATION_SCORE).toBe(90);
  });
  it('an item scores 10 when its target is met and 0 otherwise', () => {
    expect(itemScore(true)).toBe(10);
    expect(itemScore(false)).toBe(0);
  });
});

describe('totalScore', () => {
  it('throws on 8 results (one below)', () => {
    expect(() => totalScore(Array(8).fill(true))).toThrow(RangeError);
  });
  it('accepts exactly 9 results', () => {
    expect(totalScore(Array(9).fill(true))).toBe(90);
    expect(totalScore(Array(9).fill(false))).toBe(0);
  });
  it('throws on 10 results (one above)', () => {
    expect(() => totalScore(Array(10).fill(true))).toThrow(RangeError);
  });
  it('throws on no results', () => {
    expect(() => totalScore([])).toThrow(RangeError);
  });
  it('property: the total is 10 × the number of items met', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), (results) => {
        expect(totalScore(results)).toBe(10 * results.filter(Boolean).length);
      }),
    );
  });
  it('property: any length other than 9 throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 30 }).filter((a) => a.length !== 9),
        (results) => {
          expect(() => totalScore(results)).toThrow(RangeError);
        },
      ),
    );
  });
});

describe('gradeFor (seed 003 表2)', () => {
  it('default bands are excellent 60, good 30, pass 10', () => {
    expect(DEFAULT_GRADE_BANDS).toEqual({ excellent: 60, good: 30, pass: 10 });
  });
  it.each([
    [0, 'fail'],
    [9, 'fail'],
    [10, 'pass'],
    [29, 'pass'],
    [30, 'good'],
    [59, 'good'],
    [60, 'excellent'],
    [90, 'excellent'],
  ] as const)('score %i → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
  it('respects custom bands at their boundaries', () => {
    const bands = { excellent: 80, good: 50, pass: 20 };
    expect(gradeFor(19, bands)).toBe('fail');
    expect(gradeFor(20, bands)).toBe('pass');
    expect(gradeFor(49, bands)).toBe('pass');
    expect(gradeFor(50, bands)).toBe('good');
    expect(gradeFor(79, bands)).toBe('good');
    expect(gradeFor(80, bands)).toBe('excellent');
    // 60 is excellent by default but only good with these bands
    expect(gradeFor(60)).toBe('excellent');
    expect(gradeFor(60, bands)).toBe('good');
  });
  it('property: grade never decreases as the score rises', () => {
    const rank = { fail: 0, pass: 1, good: 2, excellent: 3 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank[gradeFor(lo)]).toBeLessThanOrEqual(rank[gradeFor(hi)]);
      }),
    );
  });
});
