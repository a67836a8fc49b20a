import { describe, expect, it } from 'vitest';
import { EVALUATION_ITEMS } from '../evaluation/grade.js';
import {
  ANNEX_A_TEMPLATE,
  PROBLEM_CLASSES,
  SURVEY_CHECKS,
  SURVEY_ITEM_KEYS,
  SURVEY_METHODS,
  SURVEY_STATUSES,
  URGENCY_LEVELS,
  findSubItem,
  surveyTemplateProblems,
  type SurveyTemplate,
} from './annex-a-template.js';

const codes = (t: SurveyTemplate) => surveyTemplateProblems(t).map((p) => `${p.field}:${p.code}:${p.detail ?? ''}`);
/** A deep, mutable copy to break. */
// biome-ignore lint/suspicious/noExplicitAny: the tests break a deep copy of the template on purpose
const copy = (): { -readonly [K in keyof SurveyTemplate]: any } => JSON.parse(JSON.stringify(ANNEX_A_TEMPLATE));

describe('Annex A template (003 表A.1)', () => {
  it('has the 9 items of 003 §6.5.6 in order, keyed as the evaluation items', () => {
    expect(ANNEX_A_TEMPLATE.items.map((i) => i.key)).toEqual([...EVALUATION_ITEMS]);
    expect(SURVEY_ITEM_KEYS).toEqual(EVALUATION_ITEMS);
    expect(ANNEX_A_TEMPLATE.items.map((i) => i.zh)).toEqual([
      '合规与诚信经营',
      '战略及风险管理',
      '质量管理资源配置及管理',
      '产品改进与服务提升',
      '采购及供应商管理',
      '产品实现与服务提供',
      '顾客关系及顾客满意',
      '改进与创新',
      '企业特色',
    ]);
  });
  it('has every sub-item of table A.1, numbered in order', () => {
    expect(ANNEX_A_TEMPLATE.items.map((i) => i.subItems.length)).toEqual([3, 5, 6, 5, 3, 9, 5, 7, 6]);
    for (const item of ANNEX_A_TEMPLATE.items) {
      item.subItems.forEach((s, i) => {
        expect(s.key).toBe(`${item.key}.${i + 1}`);
      });
    }
  });
  it('keeps the seed text exactly', () => {
    const zh = (k: string) => findSubItem(ANNEX_A_TEMPLATE, k)?.subItem.zh;
    expect(zh('compliance_integrity.1')).toBe('经营资质/许可合法有效');
    expect(zh('resources.4')).toBe('适宜的过程运行环境（温度、湿度、照明、通风、洁净度、噪声、振动、静电、氛围等）');
    expect(zh('product_service_improvement.5')).toBe('可靠性提升（平均首次故障时间延迟、平均故障间隔时间延长）');
    expect(zh('realization_delivery.6')).toBe('产品/服务准时交付率');
    expect(zh('customer_satisfaction.3')).toBe('顾客投诉处理有效（满意）率');
    expect(zh('improvement_innovation.6')).toBe('参与国家、行业、地方、团体标准的制修订等标准化活动');
    expect(zh('enterprise_features.6')).toBe('专业精益、前瞻性（新颖性）、不可替代性等');
    for (const item of ANNEX_A_TEMPLATE.items) for (const s of item.subItems) expect(s.en.trim()).not.toBe('');
  });
  it('marks rates, ratios and counts as measures with unit and direction', () => {
    const m = (k: string) => findSubItem(ANNEX_A_TEMPLATE, k)?.subItem.measure;
    expect(m('resources.1')).toMatchObject({ unit: '%', direction: 'lower_is_better' });
    expect(m('resources.2')).toMatchObject({ unit: '%', direction: 'higher_is_better' });
    expect(m('resources.6')).toMatchObject({ unit: '%', direction: 'higher_is_better' });
    expect(m('realization_delivery.7')).toMatchObject({ unit: '%', direction: 'lower_is_better' });
    expect(m('customer_satisfaction.1')).toMatchObject({ unit: '%', direction: 'higher_is_better', max: 100 });
    expect(m('customer_satisfaction.4')).toMatchObject({ direction: 'lower_is_better' });
    expect(m('customer_satisfaction.5')).toMatchObject({ direction: 'lower_is_better' });
    expect(m('improvement_innovation.5')).toMatchObject({ unit: '件', direction: 'higher_is_better', integer: true });
    expect(m('improvement_innovation.6')).toMatchObject({ unit: '项', integer: true });
    expect(m('compliance_integrity.1')).toBeUndefined();
    expect(m('enterprise_features.1')).toBeUndefined();
    const measured = ANNEX_A_TEMPLATE.items.flatMap((i) => i.subItems).filter((s) => s.measure);
    expect(measured).toHaveLength(25);
  });
  it('passes its own validator', () => {
    expect(codes(ANNEX_A_TEMPLATE)).toEqual([]);
  });
  it('findSubItem gives the item, or undefined', () => {
    expect(findSubItem(ANNEX_A_TEMPLATE, 'purchasing.1')).toBeUndefined();
    expect(findSubItem(ANNEX_A_TEMPLATE, 'procurement_suppliers.1')?.item.key).toBe('procurement_suppliers');
  });
});

describe('surveyTemplateProblems (a region adapts the template as data)', () => {
  it('accepts an adapted version with an extra item (003 §6.5.6 "包含但不限于")', () => {
    const t = copy();
    t.id = 'DB3201-local';
    t.version = 2;
    t.items.push({
      key: 'safety',
      zh: '安全生产',
      en: 'Work safety',
      clause: 'local',
      subItems: [{ key: 'safety.1', zh: '安全', en: 'Safety' }],
    });
    expect(codes(t)).toEqual([]);
  });
  it('needs an id and a positive whole version', () => {
    const t = copy();
    t.id = ' ';
    t.version = 0;
    expect(codes(t)).toEqual(['id:VALIDATION_FAILED:required', 'version:VALIDATION_FAILED:integer ≥ 1']);
    t.id = 'x';
    t.version = 1.5;
    expect(codes(t)).toEqual(['version:VALIDATION_FAILED:integer ≥ 1']);
  });
  it('refuses duplicate item and sub-item keys', () => {
    const t = copy();
    t.items[1].key = 'compliance_integrity';
    t.items[1].subItems = [{ key: 'compliance_integrity.1', zh: 'x', en: 'x' }];
    expect(codes(t)).toEqual([
      'items.1.key:SURVEY_TEMPLATE_DUPLICATE_KEY:compliance_integrity',
      'items.1.subItems.0.key:SURVEY_TEMPLATE_DUPLICATE_KEY:compliance_integrity.1',
      'items:SURVEY_TEMPLATE_ITEM_MISSING:strategy_risk',
    ]);
  });
  it('needs a sub-item in each item, keyed under the item', () => {
    const t = copy();
    t.items[0].subItems = [];
    t.items[1].subItems[0].key = 'strategy.1';
    t.items[2].subItems[0].key = 'resources.';
    expect(codes(t)).toEqual([
      'items.0.subItems:SURVEY_TEMPLATE_ITEM_EMPTY:compliance_integrity',
      'items.1.subItems.0.key:SURVEY_TEMPLATE_SUB_ITEM_KEY:strategy.1',
      'items.2.subItems.0.key:SURVEY_TEMPLATE_SUB_ITEM_KEY:resources.',
    ]);
  });
  it('needs names in both languages, and a missing item is named', () => {
    const t = copy();
    t.items[0].en = '';
    t.items[0].subItems[0].zh = ' ';
    t.items.pop();
    expect(codes(t)).toEqual([
      'items.0:VALIDATION_FAILED:zh and en names required',
      'items.0.subItems.0:VALIDATION_FAILED:zh and en text required',
      'items:SURVEY_TEMPLATE_ITEM_MISSING:enterprise_features',
    ]);
  });
  it('checks each measure: unit, direction, bounds', () => {
    const t = copy();
    t.items[2].subItems[0].measure = { unit: ' ', direction: 'lower_is_better' };
    t.items[2].subItems[1].measure = { unit: '%', direction: 'up' };
    t.items[2].subItems[5].measure = { unit: '%', direction: 'higher_is_better', min: 10, max: 5 };
    t.items[5].subItems[0].measure = { unit: '件', direction: 'higher_is_better', min: null };
    expect(codes(t)).toEqual([
      'items.2.subItems.0.measure.unit:SURVEY_TEMPLATE_MEASURE_UNIT:resources.1',
      'items.2.subItems.1.measure.direction:VALIDATION_FAILED:up',
      'items.2.subItems.5.measure:VALIDATION_FAILED:min ≤ max',
      'items.5.subItems.0.measure:VALIDATION_FAILED:min ≤ max',
    ]);
  });
});

describe('reference lists', () => {
  it('has the five methods of 003 §6.5.2 and the four statuses', () => {
    expect(SURVEY_METHODS.map((m) => m.zh)).toEqual(['问卷调查', '资料调查', '实地观察', '访问调查', '集体访谈']);
    expect(SURVEY_STATUSES.map((s) => `${s.key}:${s.zh}`)).toEqual([
      'conforming:符合',
      'partial:部分符合',
      'nonconforming:不符合',
      'not_applicable:不适用',
    ]);
  });
  it('ties each seed-000 check to an existing compliance sub-item', () => {
    expect(SURVEY_CHECKS.map((c) => c.key)).toEqual([
      'qualifications_valid',
      'not_dishonest_2y',
      'no_quality_penalty_or_exposure',
    ]);
    for (const c of SURVEY_CHECKS)
      expect(findSubItem(ANNEX_A_TEMPLATE, c.subItemKey)?.item.key).toBe('compliance_integrity');
  });
  it('orders urgency most urgent first; classes have unique keys', () => {
    expect(URGENCY_LEVELS.map((u) => u.key)).toEqual(['high', 'medium', 'low']);
    expect(new Set(PROBLEM_CLASSES.map((c) => c.key)).size).toBe(PROBLEM_CLASSES.length);
  });
});
