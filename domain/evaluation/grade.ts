/**
 * The evaluation items and their points, seed 003 §6.9.4 Table 1: 9 items × 10 points. The scoring itself
 * (表 C.1 rows met by direction, the item rule, Table 2 bands, raters' aggregation) is in annex-c.ts.
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

/** Table 1: 10 points per item. */
export const POINTS_PER_ITEM = 10;
export const MAX_EVALUATION_SCORE = EVALUATION_ITEMS.length * POINTS_PER_ITEM;

/** Table 2: 优秀, 良好, 合格, 不合格. */
export type Grade = 'excellent' | 'good' | 'pass' | 'fail';
