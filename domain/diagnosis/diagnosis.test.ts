import { describe, expect, it } from 'vitest';
import { ANNEX_A_TEMPLATE } from '../survey/annex-a-template.js';
import { canonicalJson, sameContent, withoutEmpty } from '../survey/canonical.js';
import {
  buildDiagnosisReport,
  canonicalDiagnosisJson,
  diagnosisDigestInput,
  findingsByItem,
  rankPainPoints,
} from './diagnosis.js';
import type { Survey } from '../survey/survey.js';
import { completeSurvey } from '../survey/test-fixtures.js';

const T = ANNEX_A_TEMPLATE;

function surveyWithPainPoints(): Survey {
  const s = completeSurvey();
  return {
    ...s,
    answers: {
      ...s.answers,
      'strategy_risk.4': { status: 'partial', finding: '规划未成文' },
      'resources.1': { status: 'nonconforming', finding: '骨干流失严重', value: 18, unit: '%', period: '2025年' },
      'procurement_suppliers.1': { status: 'partial', finding: '来料检验不全' },
      'compliance_integrity.2': { status: 'nonconforming', finding: '2025年受行政处罚' },
      'enterprise_features.1': { status: 'not_applicable' },
    },
    checks: { ...s.checks, no_quality_penalty_or_exposure: { result: 'fail', note: '2025年抽检不合格' } },
    urgentProblems: [
      { title: '交付延误', urgency: 'low', class: 'quality_benefit', description: '准时交付率低' },
      {
        title: '焊接质量不稳定',
        urgency: 'high',
        class: 'production_management',
        description: '返修率高',
        itemKey: 'realization_delivery',
      },
      { title: '无质量负责人', urgency: 'medium', class: 'system_building', description: '' },
      { title: '来料不稳定', urgency: 'high', class: 'technical_improvement', description: '供方多' },
    ],
  };
}

describe('rankPainPoints', () => {
  it('failed checks, then urgent problems by urgency, then 不符合, then 部分符合; ties keep their order', () => {
    const ranked = rankPainPoints(T, surveyWithPainPoints());
    expect(ranked.map((p) => `${p.rank} ${p.source} ${p.ref} ${p.level}`)).toEqual([
      '1 check no_quality_penalty_or_exposure check_failed',
      '2 urgent_problem urgentProblems.1 high',
      '3 urgent_problem urgentProblems.3 high',
      '4 urgent_problem urgentProblems.2 medium',
      '5 urgent_problem urgentProblems.0 low',
      '6 sub_item compliance_integrity.2 nonconforming',
      '7 sub_item resources.1 nonconforming',
      '8 sub_item strategy_risk.4 partial',
      '9 sub_item procurement_suppliers.1 partial',
    ]);
    expect(ranked[1]).toMatchObject({
      itemKey: 'realization_delivery',
      problemClass: 'production_management',
      zh: '焊接质量不稳定',
      detail: '返修率高',
    });
    expect(ranked[0]).toMatchObject({
      itemKey: 'compliance_integrity',
      problemClass: 'compliance',
      detail: '2025年抽检不合格',
    });
    expect(ranked[6]).toMatchObject({
      itemKey: 'resources',
      zh: '质量管理资源配置及管理：骨干员工流失率',
      detail: '骨干流失严重',
    });
  });
  it('a survey with nothing wrong has no pain points', () => {
    expect(rankPainPoints(T, { ...completeSurvey(), urgentProblems: [] })).toEqual([]);
  });
});

describe('findingsByItem', () => {
  it('lists every sub-item of every item with counts, measured values and evidence', () => {
    const s = surveyWithPainPoints();
    const groups = findingsByItem(T, {
      ...s,
      answers: {
        ...s.answers,
        'resources.2': { status: 'conforming', value: 95, period: '2025年', evidenceFileIds: ['f1'] },
      },
    });
    expect(groups.map((g) => g.itemKey)).toEqual(T.items.map((i) => i.key));
    const resources = groups[2]!;
    expect(resources.counts).toEqual({ conforming: 5, partial: 0, nonconforming: 1, not_applicable: 0, unanswered: 0 });
    expect(resources.subItems[0]).toMatchObject({
      subItemKey: 'resources.1',
      status: 'nonconforming',
      measured: { value: 18, unit: '%', period: '2025年' },
    });
    expect(resources.subItems[1]).toMatchObject({
      measured: { value: 95, unit: '%', period: '2025年' },
      evidenceFileIds: ['f1'],
    });
    expect(resources.subItems[2]).toMatchObject({ subItemKey: 'resources.3', measured: null, finding: null });
    expect(groups[8]!.counts.not_applicable).toBe(1);
  });
  it('counts unanswered sub-items of a draft', () => {
    const groups = findingsByItem(T, { ...completeSurvey(), answers: {} });
    expect(groups[0]!.counts.unanswered).toBe(3);
    expect(groups[0]!.subItems[0]!.status).toBeNull();
  });
});

describe('buildDiagnosisReport', () => {
  const header = { enterpriseName: ' 徐州某钢构有限公司 ', uscc: '', diagnosedBy: ['张工', ' '], date: '2026-05-20' };

  it('numbers the 诊断意见 of table B.1 from the ranked pain points, then the recommendations', () => {
    const r = buildDiagnosisReport(T, surveyWithPainPoints(), { header, recommendations: ['建立焊接工艺评定', '  '] });
    expect(r.opinions.map((o) => o.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.opinions[0]!.zh).toBe('核查“未因质量问题被处罚、曝光”未通过：2025年抽检不合格');
    expect(r.opinions[1]!.zh).toBe('【紧急·生产管理】焊接质量不稳定：返修率高');
    expect(r.opinions[1]!.en).toBe('[High · Production management] 焊接质量不稳定: 返修率高');
    expect(r.opinions[3]!.zh).toBe('【较急·制度建设】无质量负责人');
    expect(r.opinions[6]!.zh).toBe(
      '质量管理资源配置及管理：骨干员工流失率（不符合）（现状：18%，2025年）：骨干流失严重',
    );
    expect(r.opinions[6]!.en).toBe(
      'Quality management resources: Turnover rate of key employees (Nonconforming) (now 18 %, 2025年): 骨干流失严重',
    );
    expect(r.opinions[7]!.zh).toBe('战略及风险管理：制定战略发展规划（部分符合）：规划未成文');
    expect(r.opinions[9]).toEqual({ no: 10, zh: '建立焊接工艺评定', en: '建立焊接工艺评定' });
  });
  it('carries the header, the checks and the context, trimmed', () => {
    const r = buildDiagnosisReport(T, surveyWithPainPoints(), { header });
    expect(r.header).toEqual({
      enterpriseName: '徐州某钢构有限公司',
      uscc: null,
      diagnosedBy: ['张工'],
      date: '2026-05-20',
    });
    expect(r.checks.map((c) => `${c.key}:${c.result}`)).toEqual([
      'qualifications_valid:pass',
      'not_dishonest_2y:pass',
      'no_quality_penalty_or_exposure:fail',
    ]);
    expect(r.templateId).toBe(T.id);
    expect(r.surveyedOn).toBe('2026-05-12');
    expect(r.methods).toEqual(['document_review', 'site_observation']);
    expect(r.interviewees).toEqual([{ name: '王总', position: '总经理', department: null }]);
    expect(r.resourcesCommitted).toHaveLength(1);
    expect(r.policyChanges[0]!.kind).toBe('environment');
    expect(r.enterpriseIdeas?.ideas).toBe('希望建立焊接作业指导书');
    expect(buildDiagnosisReport(T, surveyWithPainPoints()).header).toBeNull();
  });
  it('a measured opinion without a period, and a check failure without a note', () => {
    const s = surveyWithPainPoints();
    const r = buildDiagnosisReport(T, {
      ...s,
      urgentProblems: [],
      checks: { ...s.checks, no_quality_penalty_or_exposure: { result: 'fail', note: null } },
      answers: { 'resources.1': { status: 'nonconforming', finding: 'x', value: 18 } },
    });
    expect(r.opinions.map((o) => o.zh)).toEqual([
      '核查“未因质量问题被处罚、曝光”未通过',
      '质量管理资源配置及管理：骨干员工流失率（不符合）（现状：18%）：x',
    ]);
    expect(r.opinions[0]!.en).toBe('Check failed — Not penalised or publicly exposed for quality problems');
  });
});

describe('digest input', () => {
  it('is deterministic whatever the key order of the survey', () => {
    const a = surveyWithPainPoints();
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as Survey;
    const b: Survey = { ...reordered, ...a, answers: Object.fromEntries(Object.entries(a.answers).reverse()) };
    const ra = buildDiagnosisReport(T, a);
    const rb = buildDiagnosisReport(T, b);
    expect(diagnosisDigestInput(ra)).toBe(diagnosisDigestInput(rb));
    expect(diagnosisDigestInput(ra).startsWith('uplift.diagnosis/1\n{')).toBe(true);
    expect(canonicalDiagnosisJson(ra)).not.toMatch(/\n/);
  });
  it('changes with the content', () => {
    const a = surveyWithPainPoints();
    const changed = {
      ...a,
      answers: { ...a.answers, 'strategy_risk.4': { status: 'partial' as const, finding: '规划未成文。' } },
    };
    expect(diagnosisDigestInput(buildDiagnosisReport(T, a))).not.toBe(
      diagnosisDigestInput(buildDiagnosisReport(T, changed)),
    );
  });
  it('round-trips through JSON (what the server stores) to the same string', () => {
    const r = buildDiagnosisReport(T, surveyWithPainPoints(), { header: { enterpriseName: 'X', diagnosedBy: ['A'] } });
    const stored = JSON.parse(JSON.stringify(r));
    expect(diagnosisDigestInput(stored)).toBe(diagnosisDigestInput(r));
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: undefined, c: 'x' }], e: null })).toBe(
      '{"a":[3,1,{"c":"x"}],"b":1,"e":null}',
    );
    expect(canonicalJson([undefined, Number.NaN, Number.POSITIVE_INFINITY, true])).toBe('[null,null,null,true]');
    expect(canonicalJson('中文"')).toBe('"中文\\""');
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });
  it('withoutEmpty and sameContent ignore emptiness only', () => {
    expect(withoutEmpty({ a: '', b: [], c: {}, d: null, e: 0, f: false })).toEqual({ e: 0, f: false });
    expect(withoutEmpty([' ', 'x'])).toEqual([null, 'x']);
    expect(withoutEmpty({})).toBeUndefined();
    expect(sameContent({ a: 1, b: '' }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});
