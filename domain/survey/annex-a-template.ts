/**
 * The on-site survey template (现场调研), seed 003 §6.5 and Annex A table A.1, as DATA:
 * a region adapts it by supplying another `SurveyTemplate` object (a new id or version), never code.
 * The 9 items are the 9 evaluation items of Table 1 (003 §6.5.6 a)–i), §6.9.4), so their keys are
 * `EVALUATION_ITEMS` of domain/evaluation/grade.ts; each sub-item's text is Annex A's, in order.
 * Also here: the §6.5.2 survey methods, the answer statuses, seed 000 §二(2)'s checks, and the
 * urgency levels and classes of the urgent problems (紧要级别/分类).
 */
import { EVALUATION_ITEMS, type EvaluationItem } from '../evaluation/grade.js';
import type { ErrorCode } from '../errors/codes.js';

export type Direction = 'higher_is_better' | 'lower_is_better';
export const DIRECTIONS: ReadonlyArray<Direction> = ['higher_is_better', 'lower_is_better'];

/** A sub-item that is a quantity (rate, ratio, count): the survey records value, unit and period. */
export interface SurveyMeasure {
  /** Default unit; an answer may record its own (e.g. 人员作业效率 depends on the trade). */
  unit: string;
  direction: Direction;
  /** Bounds, checked only when the answer uses the template's unit. */
  min?: number;
  max?: number;
  /** Counts (件, 项, 次) are whole numbers. */
  integer?: boolean;
}

export interface SurveySubItem {
  /** `${itemKey}.${n}`, stable across template versions. */
  key: string;
  zh: string;
  en: string;
  measure?: SurveyMeasure;
}

interface SurveyItem {
  key: string;
  zh: string;
  en: string;
  /** The seed clause the item comes from. */
  clause: string;
  subItems: ReadonlyArray<SurveySubItem>;
}

/** A survey template; a region may supply its own adapted version (data only). */
export interface SurveyTemplate {
  id: string;
  version: number;
  zh: string;
  en: string;
  /** The seed or local document the template follows. */
  source: string;
  items: ReadonlyArray<SurveyItem>;
}

/** The 9 item keys, in Annex A order: the evaluation items of 003 Table 1. */
export const SURVEY_ITEM_KEYS: ReadonlyArray<EvaluationItem> = EVALUATION_ITEMS;

const PCT_UP: SurveyMeasure = { unit: '%', direction: 'higher_is_better', min: 0, max: 100 };
const PCT_DOWN: SurveyMeasure = { unit: '%', direction: 'lower_is_better', min: 0, max: 100 };

/** DB 3203/T 1023—2023 Annex A table A.1, version 1. */
export const ANNEX_A_TEMPLATE: SurveyTemplate = {
  id: 'DB3203-T1023-2023-A',
  version: 1,
  zh: '现场调研工作内容（DB 3203/T 1023—2023 表A.1）',
  en: 'On-site survey content (DB 3203/T 1023—2023 table A.1)',
  source: '003 附录A 表A.1',
  items: [
    {
      key: 'compliance_integrity',
      zh: '合规与诚信经营',
      en: 'Compliance and integrity',
      clause: '003 §6.5.6 a); 附录A',
      subItems: [
        {
          key: 'compliance_integrity.1',
          zh: '经营资质/许可合法有效',
          en: 'Business qualifications and licences are lawful and valid',
        },
        { key: 'compliance_integrity.2', zh: '未受行政处罚', en: 'No administrative penalty' },
        { key: 'compliance_integrity.3', zh: '无失信行为记录', en: 'No record of dishonest conduct' },
      ],
    },
    {
      key: 'strategy_risk',
      zh: '战略及风险管理',
      en: 'Strategy and risk management',
      clause: '003 §6.5.6 b); 附录A',
      subItems: [
        {
          key: 'strategy_risk.1',
          zh: '识别产品和服务安全特性风险',
          en: 'Risks to the safety characteristics of products and services are identified',
        },
        {
          key: 'strategy_risk.2',
          zh: '企业目标客户市场定位清晰',
          en: 'The target customers and market position are clear',
        },
        { key: 'strategy_risk.3', zh: '内外部环境评估', en: 'Internal and external context is assessed' },
        { key: 'strategy_risk.4', zh: '制定战略发展规划', en: 'A strategic development plan exists' },
        // 附录A 注2: 主导产品 = core-technology products earning over 50 % of revenue; recorded as market share
        {
          key: 'strategy_risk.5',
          zh: '主导产品在细分市场占有',
          en: 'Market share of the leading products in their market segment',
          measure: PCT_UP,
        },
      ],
    },
    {
      key: 'resources',
      // Table 1 and §6.5.6 c) say 质量管理资源配置及管理; table A.1 abbreviates it to 资源配置及管理
      zh: '质量管理资源配置及管理',
      en: 'Quality management resources',
      clause: '003 §6.5.6 c); 附录A',
      subItems: [
        { key: 'resources.1', zh: '骨干员工流失率', en: 'Turnover rate of key employees', measure: PCT_DOWN },
        { key: 'resources.2', zh: '设备完好率', en: 'Equipment serviceability rate', measure: PCT_UP },
        {
          key: 'resources.3',
          zh: '监视测量设备按期检定校准',
          en: 'Monitoring and measuring equipment is verified or calibrated on schedule',
        },
        {
          key: 'resources.4',
          zh: '适宜的过程运行环境（温度、湿度、照明、通风、洁净度、噪声、振动、静电、氛围等）',
          en: 'A suitable environment for processes (temperature, humidity, lighting, ventilation, cleanliness, noise, vibration, static, atmosphere, etc.)',
        },
        {
          key: 'resources.5',
          zh: '管理制度、标准作业规程适宜完善',
          en: 'Management rules and standard operating procedures are suitable and complete',
        },
        {
          key: 'resources.6',
          zh: '研发投入占营业收入总额比例',
          en: 'R&D spending as a share of total operating revenue',
          measure: PCT_UP,
        },
      ],
    },
    {
      key: 'product_service_improvement',
      zh: '产品改进与服务提升',
      en: 'Product and service improvement',
      clause: '003 §6.5.6 d); 附录A',
      subItems: [
        {
          key: 'product_service_improvement.1',
          zh: '产品性能改进（一个或多个指标）',
          en: 'Product performance improved (one or more indicators)',
        },
        {
          key: 'product_service_improvement.2',
          zh: '服务质量提升（一个或多个方面）',
          en: 'Service quality improved (one or more aspects)',
        },
        {
          key: 'product_service_improvement.3',
          zh: '产品设计、工艺、原材料优化',
          en: 'Product design, process and raw materials optimised',
        },
        {
          key: 'product_service_improvement.4',
          zh: '产品（服务）一致性改进',
          en: 'Product (service) consistency improved',
        },
        {
          key: 'product_service_improvement.5',
          zh: '可靠性提升（平均首次故障时间延迟、平均故障间隔时间延长）',
          en: 'Reliability improved (longer mean time to first failure and mean time between failures)',
        },
      ],
    },
    {
      key: 'procurement_suppliers',
      zh: '采购及供应商管理',
      en: 'Purchasing and supplier management',
      clause: '003 §6.5.6 e); 附录A',
      subItems: [
        {
          key: 'procurement_suppliers.1',
          zh: '采购产品（服务）合格率',
          en: 'Conformity rate of purchased products (services)',
          measure: PCT_UP,
        },
        {
          key: 'procurement_suppliers.2',
          zh: '采购产品（服务）及时交付率',
          en: 'On-time delivery rate of purchased products (services)',
          measure: PCT_UP,
        },
        {
          key: 'procurement_suppliers.3',
          zh: '外部供方质量问题处置及时有效率',
          en: 'Rate of supplier quality problems handled promptly and effectively',
          measure: PCT_UP,
        },
      ],
    },
    {
      key: 'realization_delivery',
      zh: '产品实现与服务提供',
      en: 'Product realization and service provision',
      clause: '003 §6.5.6 f); 附录A',
      subItems: [
        // the unit depends on the trade; the answer may record its own (e.g. 米/人·日)
        {
          key: 'realization_delivery.1',
          zh: '人员作业效率',
          en: 'Labour productivity',
          measure: { unit: '件/人·日', direction: 'higher_is_better', min: 0 },
        },
        {
          key: 'realization_delivery.2',
          zh: '生产计划按时完成率',
          en: 'Rate of production plans completed on time',
          measure: PCT_UP,
        },
        {
          key: 'realization_delivery.3',
          zh: '关键工序产品合格率',
          en: 'Conformity rate at key process steps',
          measure: PCT_UP,
        },
        { key: 'realization_delivery.4', zh: '直通率', en: 'First-pass yield', measure: PCT_UP },
        {
          key: 'realization_delivery.5',
          zh: '产品一次交验合格率',
          en: 'First-time acceptance rate of products',
          measure: PCT_UP,
        },
        {
          key: 'realization_delivery.6',
          zh: '产品/服务准时交付率',
          en: 'On-time delivery rate of products/services',
          measure: PCT_UP,
        },
        {
          key: 'realization_delivery.7',
          zh: '质保期内产品故障率',
          en: 'Product failure rate within the warranty period',
          measure: PCT_DOWN,
        },
        {
          key: 'realization_delivery.8',
          zh: '服务敏捷性（响应的及时性、快捷性等）',
          en: 'Service agility (timely and fast response, etc.)',
        },
        {
          key: 'realization_delivery.9',
          zh: '质量问题处置及时率',
          en: 'Rate of quality problems handled promptly',
          measure: PCT_UP,
        },
      ],
    },
    {
      key: 'customer_satisfaction',
      zh: '顾客关系及顾客满意',
      en: 'Customer relations and satisfaction',
      clause: '003 §6.5.6 g); 附录A',
      subItems: [
        { key: 'customer_satisfaction.1', zh: '顾客满意度', en: 'Customer satisfaction', measure: PCT_UP },
        {
          key: 'customer_satisfaction.2',
          zh: '重大顾客投诉事件',
          en: 'Major customer complaints',
          measure: { unit: '次', direction: 'lower_is_better', min: 0, integer: true },
        },
        {
          key: 'customer_satisfaction.3',
          zh: '顾客投诉处理有效（满意）率',
          en: 'Rate of complaints handled effectively (to satisfaction)',
          measure: PCT_UP,
        },
        { key: 'customer_satisfaction.4', zh: '客户流失率', en: 'Customer churn rate', measure: PCT_DOWN },
        { key: 'customer_satisfaction.5', zh: '客户退货率', en: 'Customer return rate', measure: PCT_DOWN },
      ],
    },
    {
      key: 'improvement_innovation',
      zh: '改进与创新',
      en: 'Improvement and innovation',
      clause: '003 §6.5.6 h); 附录A',
      subItems: [
        {
          key: 'improvement_innovation.1',
          zh: '改进与创新成果固化',
          en: 'Improvement and innovation results are institutionalised',
        },
        // "逐年减少": the survey records the year's quality loss so later years compare with it
        {
          key: 'improvement_innovation.2',
          zh: '质量损失逐年减少',
          en: 'Quality losses fall year on year',
          measure: { unit: '万元', direction: 'lower_is_better', min: 0 },
        },
        {
          key: 'improvement_innovation.3',
          zh: '利用统计技术工具收集整理数据',
          en: 'Statistical techniques are used to collect and organise data',
        },
        {
          key: 'improvement_innovation.4',
          zh: '新产品或服务收入占企业总营收的比例',
          en: 'Share of revenue from new products or services',
          measure: PCT_UP,
        },
        {
          key: 'improvement_innovation.5',
          zh: '实用新型专利和发明专利数量',
          en: 'Number of utility-model and invention patents',
          measure: { unit: '件', direction: 'higher_is_better', min: 0, integer: true },
        },
        {
          key: 'improvement_innovation.6',
          zh: '参与国家、行业、地方、团体标准的制修订等标准化活动',
          en: 'Standardisation work (drafting or revising national, sector, local or association standards)',
          measure: { unit: '项', direction: 'higher_is_better', min: 0, integer: true },
        },
        {
          key: 'improvement_innovation.7',
          zh: '获得市级及以上质量奖、科技奖励',
          en: 'Quality or science and technology awards at city level or above',
          measure: { unit: '项', direction: 'higher_is_better', min: 0, integer: true },
        },
      ],
    },
    {
      key: 'enterprise_features',
      zh: '企业特色',
      en: 'Distinctive strengths',
      clause: '003 §6.5.6 i); 附录A',
      subItems: [
        { key: 'enterprise_features.1', zh: '技能诀窍', en: 'Skills and know-how' },
        { key: 'enterprise_features.2', zh: '细分市场表现', en: 'Performance in its market segment' },
        { key: 'enterprise_features.3', zh: '技艺传承', en: 'Passing on craftsmanship' },
        { key: 'enterprise_features.4', zh: '服务特色', en: 'Distinctive service' },
        { key: 'enterprise_features.5', zh: '敏锐高效', en: 'Agility and efficiency' },
        {
          key: 'enterprise_features.6',
          zh: '专业精益、前瞻性（新颖性）、不可替代性等',
          en: 'Specialisation and lean practice, foresight (novelty), irreplaceability, etc.',
        },
      ],
    },
  ],
};

/** 003 §6.5.2 调研方法. */
export const SURVEY_METHODS = [
  { key: 'questionnaire', zh: '问卷调查', en: 'Questionnaire' },
  { key: 'document_review', zh: '资料调查', en: 'Document review' },
  { key: 'site_observation', zh: '实地观察', en: 'On-site observation' },
  { key: 'interview', zh: '访问调查', en: 'Interviews' },
  { key: 'group_interview', zh: '集体访谈', en: 'Group interview' },
] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number]['key'];

/** The finding on one sub-item. */
export const SURVEY_STATUSES = [
  { key: 'conforming', zh: '符合', en: 'Conforming' },
  { key: 'partial', zh: '部分符合', en: 'Partly conforming' },
  { key: 'nonconforming', zh: '不符合', en: 'Nonconforming' },
  { key: 'not_applicable', zh: '不适用', en: 'Not applicable' },
] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number]['key'];

/**
 * Seed 000 §二(2): the expert checks that the enterprise holds its legal qualifications, has not
 * been on the 严重违法失信企业名单 in the last 2 years, and has not been penalised or exposed for
 * quality problems. Each check relates to a compliance sub-item of Annex A.
 */
export const SURVEY_CHECKS = [
  {
    key: 'qualifications_valid',
    zh: '具备相关法定资质、资格',
    en: 'Holds the legal qualifications and licences required',
    clause: '000 §二(2)',
    subItemKey: 'compliance_integrity.1',
  },
  {
    key: 'not_dishonest_2y',
    zh: '近2年来未被纳入《严重违法失信企业名单》',
    en: 'Not on the serious-dishonesty list in the last 2 years',
    clause: '000 §二(2)',
    subItemKey: 'compliance_integrity.3',
  },
  {
    key: 'no_quality_penalty_or_exposure',
    zh: '未因质量问题被处罚、曝光',
    en: 'Not penalised or publicly exposed for quality problems',
    clause: '000 §二(2)',
    subItemKey: 'compliance_integrity.2',
  },
] as const;
export type SurveyCheckKey = (typeof SURVEY_CHECKS)[number]['key'];
export type SurveyCheckResult = 'pass' | 'fail' | 'unknown';
export const SURVEY_CHECK_RESULTS: ReadonlyArray<SurveyCheckResult> = ['pass', 'fail', 'unknown'];

/** Seed 000 §二(2) "紧要级别": three levels, most urgent first (the order ranks pain points). */
export const URGENCY_LEVELS = [
  { key: 'high', zh: '紧急', en: 'High' },
  { key: 'medium', zh: '较急', en: 'Medium' },
  { key: 'low', zh: '一般', en: 'Low' },
] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number]['key'];

/**
 * Seed 000 §二(2) "分类" names no classes; these follow seed 002 step 3 (调研 "从质量意识、生产管理、
 * 技术改进、制度建设、质量效益等方面"), plus compliance for seed 000's qualification and penalty checks.
 */
export const PROBLEM_CLASSES = [
  { key: 'quality_awareness', zh: '质量意识', en: 'Quality awareness' },
  { key: 'production_management', zh: '生产管理', en: 'Production management' },
  { key: 'technical_improvement', zh: '技术改进', en: 'Technical improvement' },
  { key: 'system_building', zh: '制度建设', en: 'Management system and rules' },
  { key: 'quality_benefit', zh: '质量效益', en: 'Quality and its economic return' },
  { key: 'compliance', zh: '合规', en: 'Compliance' },
  { key: 'other', zh: '其他', en: 'Other' },
] as const;
export type ProblemClass = (typeof PROBLEM_CLASSES)[number]['key'];

/** Seed 000 §二(2): the resources the enterprise can commit (费用成本、人员调配、时间精力、制度安排、技术或厂房改造). */
export const RESOURCE_KINDS = [
  { key: 'cost', zh: '费用成本', en: 'Money' },
  { key: 'staffing', zh: '人员调配', en: 'Staff' },
  { key: 'time', zh: '时间精力', en: 'Time and attention' },
  { key: 'institutional', zh: '制度安排', en: 'Rules and arrangements' },
  { key: 'technical_or_plant', zh: '技术或厂房改造', en: 'Technical or plant upgrades' },
  { key: 'other', zh: '其他', en: 'Other' },
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number]['key'];

/** Seed 000 §二(2): industry policy changes (安全/环保政策、设备改造要求、激励政策). */
export const POLICY_CHANGE_KINDS = [
  { key: 'safety', zh: '安全政策', en: 'Safety policy' },
  { key: 'environment', zh: '环保政策', en: 'Environmental policy' },
  { key: 'equipment', zh: '设备改造要求', en: 'Equipment upgrade requirements' },
  { key: 'incentive', zh: '激励政策', en: 'Incentive policy' },
  { key: 'other', zh: '其他', en: 'Other' },
] as const;
export type PolicyChangeKind = (typeof POLICY_CHANGE_KINDS)[number]['key'];

interface TemplateProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

/** Look a sub-item up with its item; undefined when the template has no such key. */
export function findSubItem(
  template: SurveyTemplate,
  subItemKey: string,
): { item: SurveyItem; subItem: SurveySubItem } | undefined {
  for (const item of template.items) {
    const subItem = item.subItems.find((s) => s.key === subItemKey);
    if (subItem) return { item, subItem };
  }
  return undefined;
}

/**
 * Every problem of a (region-supplied) template: id and version, the 9 items of 003 §6.5.6 present
 * ("包含但不限于": more are allowed), unique keys, sub-item keys under their item, at least one
 * sub-item per item, names in both languages, measures with a unit, a direction and sane bounds.
 */
export function surveyTemplateProblems(template: SurveyTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!template.id?.trim()) problems.push({ field: 'id', code: 'VALIDATION_FAILED', detail: 'required' });
  if (!Number.isInteger(template.version) || template.version < 1)
    problems.push({ field: 'version', code: 'VALIDATION_FAILED', detail: 'integer ≥ 1' });
  const itemKeys = new Set<string>();
  const subKeys = new Set<string>();
  template.items.forEach((item, i) => {
    const at = `items.${i}`;
    if (!item.key?.trim()) problems.push({ field: `${at}.key`, code: 'VALIDATION_FAILED', detail: 'required' });
    else if (itemKeys.has(item.key))
      problems.push({ field: `${at}.key`, code: 'SURVEY_TEMPLATE_DUPLICATE_KEY', detail: item.key });
    itemKeys.add(item.key);
    if (!item.zh?.trim() || !item.en?.trim())
      problems.push({ field: `${at}`, code: 'VALIDATION_FAILED', detail: 'zh and en names required' });
    if (item.subItems.length === 0)
      problems.push({ field: `${at}.subItems`, code: 'SURVEY_TEMPLATE_ITEM_EMPTY', detail: item.key });
    item.subItems.forEach((s, j) => {
      const sat = `${at}.subItems.${j}`;
      if (!s.key?.startsWith(`${item.key}.`) || s.key.length === item.key.length + 1) {
        problems.push({ field: `${sat}.key`, code: 'SURVEY_TEMPLATE_SUB_ITEM_KEY', detail: s.key });
      } else if (subKeys.has(s.key)) {
        problems.push({ field: `${sat}.key`, code: 'SURVEY_TEMPLATE_DUPLICATE_KEY', detail: s.key });
      }
      subKeys.add(s.key);
      if (!s.zh?.trim() || !s.en?.trim())
        problems.push({ field: sat, code: 'VALIDATION_FAILED', detail: 'zh and en text required' });
      const m = s.measure;
      if (m) {
        if (!m.unit?.trim())
          problems.push({ field: `${sat}.measure.unit`, code: 'SURVEY_TEMPLATE_MEASURE_UNIT', detail: s.key });
        if (!DIRECTIONS.includes(m.direction))
          problems.push({ field: `${sat}.measure.direction`, code: 'VALIDATION_FAILED', detail: String(m.direction) });
        const bad = (n: number | undefined) => n !== undefined && !Number.isFinite(n);
        if (bad(m.min) || bad(m.max) || (m.min !== undefined && m.max !== undefined && m.min > m.max)) {
          problems.push({ field: `${sat}.measure`, code: 'VALIDATION_FAILED', detail: 'min ≤ max' });
        }
      }
    });
  });
  for (const key of SURVEY_ITEM_KEYS) {
    if (!itemKeys.has(key)) problems.push({ field: 'items', code: 'SURVEY_TEMPLATE_ITEM_MISSING', detail: key });
  }
  return problems;
}
