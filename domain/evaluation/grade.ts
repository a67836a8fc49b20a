/**
 * Acceptance evaluation scoring, seed 003 §6.9.4–6.9.6.
 * Table 1: 9 evaluation items × 10 points; §6.9.5: an item scores its 10 points only when its
 * improvement target is met, otherwise 0. Table 2: grade bands, "可视实际情况调整" (adjustable).
 */
export const EVALUATION_ITEMS = [
  'compliance_integrity', // 合规与诚信经营
  'strategy_risk', // 战略及风险管理
  'resources', // 质量管理资源配置及管理
  'product_service_improvement', // 产品改进与服务提升
  'procurement_suppliers', // 采购及供应商管理
  'realization_delivery', // 产品实现与服务提供
  'customer_satisfaction', // 顾客关系及顾客满意
  'improvement_innovation', // 改进与创新
  'enterprise_features', // 企业特色
] as const;
export type EvaluationItem = (typeof EVALUATION_ITEMS)[number];

export const POINTS_PER_ITEM = 10;
export const MAX_EVALUATION_SCORE = EVALUATION_ITEMS.length * POINTS_PER_ITEM;

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

/** Lower bounds (inclusive) of each grade. Table 2: ≥60 优秀, 30–60 良好, 10–20 合格, 0 不合格. */
interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}
export const DEFAULT_GRADE_BANDS: GradeBands = { excellent: 60, good: 30, pass: 10 };

/** §6.9.5: met → full points, not met → 0. */
export function itemScore(targetMet: boolean): number {
  return targetMet ? POINTS_PER_ITEM : 0;
}

export function totalScore(targetsMet: ReadonlyArray<boolean>): number {
  if (targetsMet.length !== EVALUATION_ITEMS.length) {
    throw new RangeError(`expected ${EVALUATION_ITEMS.length} item results, got ${targetsMet.length}`);
  }
  return targetsMet.reduce((sum, met) => sum + itemScore(met), 0);
}

export function gradeFor(score: number, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.pass) return 'pass';
  return 'fail';
}
