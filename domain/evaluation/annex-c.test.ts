import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BANDS,
  aggregate,
  bandsProblem,
  evaluate,
  gradeOf,
  indicatorImproved,
  indicatorMet,
  itemDifferences,
  scoreItems,
  scoreRows,
  type C1Input,
  type GradeBand,
} from './annex-c.js';

const satisfaction = (after: number | null): C1Input => ({
  item: 'customer_satisfaction',
  name: '顾客满意度',
  direction: 'higher_is_better',
  before: 85,
  target: 90,
  after,
});

describe('Annex C worked example (表 C.1 注)', () => {
  it('顾客满意度 85 % → target 90 % → 92 % scores 10', () => {
    const e = evaluate([satisfaction(92)]);
    expect(e.rows[0]).toMatchObject({ met: true, improved: true });
    expect(e.items.find((i) => i.item === 'customer_satisfaction')).toMatchObject({ points: 10, reason: 'met' });
    expect(e.total).toBe(10);
    expect(e.grade).toBe('pass');
  });
  it('87 % scores 0 (improved, but the target is not met)', () => {
    const e = evaluate([satisfaction(87)]);
    expect(e.rows[0]).toMatchObject({ met: false, improved: true });
    expect(e.total).toBe(0);
    expect(e.grade).toBe('fail');
    // §6.9.8: an improvement still counts as 成效
    expect(e.effective).toBe(true);
  });
  it('exactly on target is met; no after value is not met', () => {
    expect(indicatorMet('higher_is_better', 90, 90)).toBe(true);
    expect(indicatorMet('higher_is_better', 90, 89.9)).toBe(false);
    expect(indicatorMet('higher_is_better', 90, null)).toBe(false);
  });
});

describe('direction', () => {
  it('lower is better (退货率 5 % → 3 %): 3 and below are met, above is not', () => {
    expect(indicatorMet('lower_is_better', 3, 2.5)).toBe(true);
    expect(indicatorMet('lower_is_better', 3, 3)).toBe(true);
    expect(indicatorMet('lower_is_better', 3, 3.1)).toBe(false);
  });
  it('improvement is strict, in the direction', () => {
    expect(indicatorImproved('lower_is_better', 5, 4)).toBe(true);
    expect(indicatorImproved('lower_is_better', 5, 5)).toBe(false);
    expect(indicatorImproved('lower_is_better', 5, 6)).toBe(false);
    expect(indicatorImproved('higher_is_better', 5, 6)).toBe(true);
    expect(indicatorImproved('higher_is_better', null, 6)).toBe(false);
  });
  it('no improvement anywhere is no 成效', () => {
    expect(evaluate([{ ...satisfaction(85) }]).effective).toBe(false);
  });
});

describe('items', () => {
  it('an item without indicator scores 0 and says why', () => {
    const items = scoreItems(scoreRows([satisfaction(92)]));
    expect(items).toHaveLength(9);
    expect(items.filter((i) => i.reason === 'no_indicator')).toHaveLength(8);
    expect(items.find((i) => i.item === 'resources')).toEqual({
      item: 'resources',
      points: 0,
      indicators: 0,
      reason: 'no_indicator',
    });
  });
  it('several indicators on one item: all met by default, any under the any rule', () => {
    const rows = scoreRows([
      satisfaction(92),
      { item: 'customer_satisfaction', name: '投诉', direction: 'lower_is_better', before: 10, target: 5, after: 6 },
    ]);
    expect(scoreItems(rows)[6]).toMatchObject({ points: 0, indicators: 2, reason: 'not_met' });
    expect(scoreItems(rows, 'any')[6]).toMatchObject({ points: 10, reason: 'met' });
  });
  it('property: the total is at most 10 × the number of items with an indicator', () => {
    const item = fc.constantFrom('resources', 'customer_satisfaction', 'strategy_risk' as const);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            item,
            after: fc.option(fc.integer({ min: 0, max: 200 })),
            direction: fc.constantFrom('higher_is_better', 'lower_is_better' as const),
          }),
          { maxLength: 8 },
        ),
        fc.constantFrom('all', 'any' as const),
        (rows, rule) => {
          const inputs = rows.map((r) => ({ ...r, name: 'x', before: 50, target: 100 }));
          const e = evaluate(inputs, { rule });
          expect(e.total).toBeLessThanOrEqual(10 * new Set(rows.map((r) => r.item)).size);
        },
      ),
    );
  });
});

describe('bands (Table 2, campaign settings)', () => {
  it('default bands: 0 fail, 10 and 20 pass, 30–50 good, 60–90 excellent; averages between', () => {
    expect(bandsProblem(DEFAULT_BANDS)).toBeNull();
    expect([0, 10, 20, 30, 50, 60, 90].map((t) => gradeOf(t))).toEqual([
      'fail',
      'pass',
      'pass',
      'good',
      'good',
      'excellent',
      'excellent',
    ]);
    expect(gradeOf(9)).toBe('fail');
    expect(gradeOf(29)).toBe('pass');
    expect(gradeOf(59)).toBe('good');
    expect(gradeOf(9.4)).toBe('fail');
    expect(gradeOf(59.5)).toBe('excellent'); // rounded half up to 60
  });
  it('every whole total 0–90 falls in exactly one default band', () => {
    for (let t = 0; t <= 90; t++) {
      const hits = DEFAULT_BANDS.filter((b) => b.min <= t && t <= b.max);
      expect(hits).toHaveLength(1);
    }
  });
  const shift = (i: number, patch: Partial<GradeBand>) =>
    DEFAULT_BANDS.map((b, j) => (j === i ? { ...b, ...patch } : b));
  it('a gap of one point is refused, adjacency accepted', () => {
    expect(bandsProblem(shift(1, { min: 11 }))).toMatchObject({
      code: 'GRADE_BANDS_GAP',
      field: 'bands.1.min',
      detail: '10',
    });
    expect(bandsProblem(shift(0, { max: 19 }))).toMatchObject({ code: 'GRADE_BANDS_OVERLAP', field: 'bands.1.min' });
    expect(bandsProblem(shift(0, { max: 8 }))).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'bands.1.min' });
    expect(bandsProblem(shift(1, { min: 9 }))).toMatchObject({ code: 'GRADE_BANDS_OVERLAP' });
    expect(
      bandsProblem([
        { grade: 'fail', min: 0, max: 19 },
        { grade: 'pass', min: 20, max: 49 },
        { grade: 'good', min: 50, max: 79 },
        { grade: 'excellent', min: 80, max: 90 },
      ]),
    ).toBeNull();
  });
  it('the ends: must start at 0 and end at 90', () => {
    expect(bandsProblem(shift(0, { min: 1 }))).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'bands.0.min' });
    expect(bandsProblem(shift(3, { max: 89 }))).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'bands.3.max' });
    expect(bandsProblem(shift(3, { max: 91 }))).toMatchObject({ code: 'GRADE_BANDS_INVALID', field: 'bands.3.max' });
  });
  it('grades in order, whole points, min ≤ max, four bands', () => {
    expect(bandsProblem(DEFAULT_BANDS.slice(1))).toMatchObject({ code: 'GRADE_BANDS_INVALID', field: 'bands' });
    expect(bandsProblem(shift(1, { grade: 'good' }))).toMatchObject({ field: 'bands.1.grade' });
    expect(bandsProblem(shift(1, { min: 10.5 }))).toMatchObject({ field: 'bands.1.min' });
    expect(bandsProblem(shift(1, { max: 5 }))).toMatchObject({ code: 'GRADE_BANDS_INVALID', field: 'bands.1.max' });
    // a band of a single value (Table 2's "0 分") is allowed
    expect(
      bandsProblem([{ grade: 'fail', min: 0, max: 0 }, { grade: 'pass', min: 1, max: 29 }, ...DEFAULT_BANDS.slice(2)]),
    ).toBeNull();
  });
});

describe('several raters', () => {
  it('mean and median, rounded to a whole point half up', () => {
    expect(aggregate([10, 0, 0], 'mean')).toBe(3);
    expect(aggregate([20, 20, 30], 'mean')).toBe(23);
    expect(aggregate([10, 0], 'mean')).toBe(5);
    expect(aggregate([60, 50, 67], 'mean')).toBe(59); // 59.0
    expect(aggregate([60, 59], 'mean')).toBe(60); // 59.5 half up
    expect(aggregate([10, 0, 0], 'median')).toBe(0);
    expect(aggregate([10, 20], 'median')).toBe(15);
    expect(aggregate([60], 'mean')).toBe(60);
    expect(() => aggregate([], 'mean')).toThrow(RangeError);
  });
  it('differences per item are visible', () => {
    const a = evaluate([satisfaction(92)]).items;
    const b = evaluate([satisfaction(87)]).items;
    const d = itemDifferences([
      { rater: 'a', items: a },
      { rater: 'b', items: b },
    ]);
    expect(d.find((x) => x.item === 'customer_satisfaction')).toEqual({
      item: 'customer_satisfaction',
      points: { a: 10, b: 0 },
      differs: true,
    });
    expect(d.filter((x) => x.differs)).toHaveLength(1);
  });
});
