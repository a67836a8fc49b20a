/**
 * Acceptance evaluation by Annex C (seed 003 §6.9.4–6.9.8, Table 1, Table 2, table C.1).
 * One C.1 row per indicator of the accepted plan; an item scores its 10 points when its target is met,
 * else 0; the total is graded by bands that are campaign settings (Table 2 "可视实际情况调整").
 */
import type { Direction } from '../survey/annex-a-template.js';
import { EVALUATION_ITEMS, POINTS_PER_ITEM, type EvaluationItem, type Grade } from './grade.js';

export const GRADES = ['fail', 'pass', 'good', 'excellent'] as const satisfies ReadonlyArray<Grade>;

/** One C.1 row as entered: 评价项目, 评价指标, 提升前, 提升目标, 提升后. */
export interface C1Input {
  item: EvaluationItem;
  name: string;
  direction: Direction;
  /** 提升前; null when the enterprise had no figure. */
  before: number | null;
  target: number;
  /** 提升后; null when not yet measured (then not met). */
  after: number | null;
}

export interface C1Row extends C1Input {
  /** 提升结果: 达成目标 */
  met: boolean;
  /** after better than before in the indicator's direction (§6.9.8 成效). */
  improved: boolean;
}

/**
 * How an item with several indicators is decided (Annex C is silent; C.3 allows adjusting):
 * `all` — every indicator of the item met (the default); `any` — at least one met.
 */
export const ITEM_RULES = ['all', 'any'] as const;
export type ItemRule = (typeof ITEM_RULES)[number];
export const DEFAULT_ITEM_RULE: ItemRule = 'all';

export type ItemReason = 'met' | 'not_met' | 'no_indicator';
export interface ItemScore {
  item: EvaluationItem;
  points: number;
  indicators: number;
  /** §6.9.5: no indicator in the plan scores 0 and says so. */
  reason: ItemReason;
}

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Annex C 注: higher-is-better met when after ≥ target (90 % target: 92 % met, 87 % not); lower-is-better after ≤ target. */
export function indicatorMet(direction: Direction, target: number, after: number | null): boolean {
  if (!finite(after) || !finite(target)) return false;
  return direction === 'higher_is_better' ? after >= target : after <= target;
}

/** §6.9.8: an improvement is after strictly better than before in the indicator's direction. */
export function indicatorImproved(direction: Direction, before: number | null, after: number | null): boolean {
  if (!finite(before) || !finite(after)) return false;
  return direction === 'higher_is_better' ? after > before : after < before;
}

export function scoreRows(inputs: ReadonlyArray<C1Input>): C1Row[] {
  return inputs.map((r) => ({
    ...r,
    met: indicatorMet(r.direction, r.target, r.after),
    improved: indicatorImproved(r.direction, r.before, r.after),
  }));
}

/** Table 1 / §6.9.5: each of the 9 items scores 10 when met under the item rule, else 0. */
export function scoreItems(rows: ReadonlyArray<C1Row>, rule: ItemRule = DEFAULT_ITEM_RULE): ItemScore[] {
  return EVALUATION_ITEMS.map((item) => {
    const of = rows.filter((r) => r.item === item);
    if (of.length === 0) return { item, points: 0, indicators: 0, reason: 'no_indicator' };
    const met = rule === 'all' ? of.every((r) => r.met) : of.some((r) => r.met);
    return { item, points: met ? POINTS_PER_ITEM : 0, indicators: of.length, reason: met ? 'met' : 'not_met' };
  });
}

/**
 * Table 2 bands as closed ranges of whole points: a total is 0…90 in steps of 10, and the average of several raters
 * is rounded to a whole point (half up), so each of 0, 1, …, 90 must fall in exactly one band.
 */
export interface GradeBand {
  grade: Grade;
  min: number;
  max: number;
}
export const MAX_TOTAL = EVALUATION_ITEMS.length * POINTS_PER_ITEM;
/** Table 2: 60 以上（含 60）优秀; 30–60（含 30）良好; 10–20（含 10）合格; 0 不合格 — between the steps of 10, a band runs up to the next one. */
export const DEFAULT_BANDS: ReadonlyArray<GradeBand> = [
  { grade: 'fail', min: 0, max: 9 },
  { grade: 'pass', min: 10, max: 29 },
  { grade: 'good', min: 30, max: 59 },
  { grade: 'excellent', min: 60, max: 90 },
];

/** Resolution of totals and averages: whole points, half up. */
export const roundTotal = (n: number): number => Math.round(n);

export type BandProblem =
  | { code: 'GRADE_BANDS_INVALID'; field: string; detail: string }
  | { code: 'GRADE_BANDS_GAP'; field: string; detail: string }
  | { code: 'GRADE_BANDS_OVERLAP'; field: string; detail: string };

/** The bands cover 0–90 without gap or overlap, one per grade, in rising order fail < pass < good < excellent. */
export function bandsProblem(bands: ReadonlyArray<GradeBand>): BandProblem | null {
  if (bands.length !== GRADES.length)
    return { code: 'GRADE_BANDS_INVALID', field: 'bands', detail: `${GRADES.length} bands (${GRADES.join(', ')})` };
  for (const [i, b] of bands.entries()) {
    if (b.grade !== GRADES[i])
      return { code: 'GRADE_BANDS_INVALID', field: `bands.${i}.grade`, detail: `${GRADES[i]}` };
    for (const end of ['min', 'max'] as const)
      if (!Number.isInteger(b[end]))
        return { code: 'GRADE_BANDS_INVALID', field: `bands.${i}.${end}`, detail: 'whole points' };
    if (b.max < b.min) return { code: 'GRADE_BANDS_INVALID', field: `bands.${i}.max`, detail: `≥ ${b.min}` };
  }
  if (bands[0]!.min > 0) return { code: 'GRADE_BANDS_GAP', field: 'bands.0.min', detail: '0' };
  if (bands[0]!.min < 0) return { code: 'GRADE_BANDS_INVALID', field: 'bands.0.min', detail: '0' };
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!.max;
    const min = bands[i]!.min;
    if (min > prev + 1) return { code: 'GRADE_BANDS_GAP', field: `bands.${i}.min`, detail: `${prev + 1}` };
    if (min <= prev) return { code: 'GRADE_BANDS_OVERLAP', field: `bands.${i}.min`, detail: `${prev + 1}` };
  }
  const last = bands[bands.length - 1]!.max;
  if (last < MAX_TOTAL)
    return { code: 'GRADE_BANDS_GAP', field: `bands.${bands.length - 1}.max`, detail: `${MAX_TOTAL}` };
  if (last > MAX_TOTAL)
    return { code: 'GRADE_BANDS_INVALID', field: `bands.${bands.length - 1}.max`, detail: `${MAX_TOTAL}` };
  return null;
}

/** The grade of a total (rounded to a whole point first). Bands must be valid (bandsProblem null). */
export function gradeOf(total: number, bands: ReadonlyArray<GradeBand> = DEFAULT_BANDS): Grade {
  const t = roundTotal(total);
  const band = bands.find((b) => b.min <= t && t <= b.max);
  if (!band) throw new RangeError(`total ${total} falls in no band`);
  return band.grade;
}

export interface Evaluation {
  rows: C1Row[];
  items: ItemScore[];
  total: number;
  grade: Grade;
  /** §6.9.8: improvement in one or more items counts as 成效. */
  effective: boolean;
  rule: ItemRule;
}

/** One rater's C.1 table, scored. */
export function evaluate(
  inputs: ReadonlyArray<C1Input>,
  options: { bands?: ReadonlyArray<GradeBand>; rule?: ItemRule } = {},
): Evaluation {
  const rule = options.rule ?? DEFAULT_ITEM_RULE;
  const rows = scoreRows(inputs);
  const items = scoreItems(rows, rule);
  const total = items.reduce((s, i) => s + i.points, 0);
  return {
    rows,
    items,
    total,
    grade: gradeOf(total, options.bands),
    effective: rows.some((r) => r.improved),
    rule,
  };
}

/** How several raters' totals combine (recorded on the panel). */
export const AGGREGATIONS = ['mean', 'median'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Combines the raters' totals, rounded to a whole point (half up). */
export function aggregate(totals: ReadonlyArray<number>, rule: Aggregation): number {
  if (totals.length === 0) throw new RangeError('no rater has scored');
  if (rule === 'mean') return roundTotal(totals.reduce((s, t) => s + t, 0) / totals.length);
  const sorted = [...totals].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return roundTotal(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Per item, the points each rater gave and whether they differ. */
export function itemDifferences(
  raters: ReadonlyArray<{ rater: string; items: ReadonlyArray<ItemScore> }>,
): Array<{ item: EvaluationItem; points: Record<string, number>; differs: boolean }> {
  return EVALUATION_ITEMS.map((item) => {
    const points: Record<string, number> = {};
    for (const r of raters) points[r.rater] = r.items.find((i) => i.item === item)?.points ?? 0;
    return { item, points, differs: new Set(Object.values(points)).size > 1 };
  });
}
