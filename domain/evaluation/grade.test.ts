import { describe, expect, it } from 'vitest';
import { EVALUATION_ITEMS, MAX_EVALUATION_SCORE, POINTS_PER_ITEM } from './grade.js';

describe('evaluation items (seed 003 表1)', () => {
  it('has 9 distinct items of 10 points, 90 in all', () => {
    expect(EVALUATION_ITEMS).toHaveLength(9);
    expect(new Set(EVALUATION_ITEMS).size).toBe(9);
    expect(POINTS_PER_ITEM).toBe(10);
    expect(MAX_EVALUATION_SCORE).toBe(90);
  });
});
