import { describe, expect, it } from 'vitest';
import { ANNEX_A_TEMPLATE } from './annex-a-template.js';
import {
  emptySurvey,
  measureValueProblem,
  mergeSurveyDrafts,
  surveyProblems,
  surveyProgress,
  type Survey,
} from './survey.js';
import { completeSurvey } from './test-fixtures.js';

const T = ANNEX_A_TEMPLATE;
const list = (s: Survey, forCompletion: boolean) =>
  surveyProblems(T, s, { forCompletion }).map((p) => `${p.field}:${p.code}${p.detail ? `:${p.detail}` : ''}`);
const withAnswer = (s: Survey, key: string, a: Survey['answers'][string]): Survey => ({
  ...s,
  answers: { ...s.answers, [key]: a },
});

describe('surveyProblems: a draft', () => {
  it('an empty draft is fine; completing it lists every gap', () => {
    const empty = emptySurvey(T);
    expect(list(empty, false)).toEqual([]);
    const gaps = list(empty, true);
    expect(gaps).toContain('surveyedOn:REQUIRED');
    expect(gaps.filter((g) => g.includes('SURVEY_STATUS_REQUIRED'))).toHaveLength(49);
    expect(gaps).toContain('answers.compliance_integrity.1.status:SURVEY_STATUS_REQUIRED:compliance_integrity.1');
    expect(gaps).toContain('methods:SURVEY_METHOD_REQUIRED');
    expect(gaps).toContain('interviewees:SURVEY_INTERVIEWEE_REQUIRED');
    expect(gaps).toContain('checks.qualifications_valid.result:SURVEY_CHECK_REQUIRED:qualifications_valid');
    expect(gaps).toContain('urgentProblems:SURVEY_URGENT_PROBLEM_REQUIRED');
    expect(gaps).toContain('enterpriseIdeas.ideas:REQUIRED');
    expect(gaps).toContain('resourcesCommitted:REQUIRED');
  });
  it('a complete survey passes both ways', () => {
    expect(list(completeSurvey(), false)).toEqual([]);
    expect(list(completeSurvey(), true)).toEqual([]);
  });
  it('names another template or version', () => {
    expect(list({ ...completeSurvey(), templateVersion: 2 }, false)).toEqual([
      'templateId:SURVEY_TEMPLATE_MISMATCH:DB3203-T1023-2023-A@2',
    ]);
    expect(list({ ...completeSurvey(), templateId: 'X' }, false)).toEqual(['templateId:SURVEY_TEMPLATE_MISMATCH:X@1']);
  });
  it('checks the survey date', () => {
    expect(list({ ...completeSurvey(), surveyedOn: '2026-02-30' }, false)).toEqual(['surveyedOn:DATE_INVALID']);
  });
  it('refuses unknown sub-item keys and statuses', () => {
    expect(list(withAnswer(completeSurvey(), 'purchasing.1', { status: 'conforming' }), false)).toEqual([
      'answers.purchasing.1:SURVEY_SUB_ITEM_UNKNOWN:purchasing.1',
    ]);
    expect(list(withAnswer(completeSurvey(), 'strategy_risk.1', { status: 'ok' as never }), false)).toEqual([
      'answers.strategy_risk.1.status:VALIDATION_FAILED:ok',
    ]);
  });
  it('refuses a value on a sub-item that is not a measure', () => {
    expect(list(withAnswer(completeSurvey(), 'strategy_risk.1', { status: 'conforming', value: 3 }), false)).toEqual([
      'answers.strategy_risk.1.value:SURVEY_VALUE_NOT_MEASURE:strategy_risk.1',
    ]);
  });
  it('a measure value must be a finite number within the measure', () => {
    const at = (v: unknown, unit = '%') =>
      list(
        withAnswer(completeSurvey(), 'resources.2', {
          status: 'partial',
          finding: 'x',
          value: v as number,
          unit,
          period: '2025',
        }),
        false,
      );
    expect(at(Number.NaN)).toEqual(['answers.resources.2.value:SURVEY_MEASURE_INVALID:not a finite number']);
    expect(at(Number.POSITIVE_INFINITY)).toEqual([
      'answers.resources.2.value:SURVEY_MEASURE_INVALID:not a finite number',
    ]);
    expect(at('90')).toEqual(['answers.resources.2.value:SURVEY_MEASURE_INVALID:not a finite number']);
    expect(at(100)).toEqual([]);
    expect(at(0)).toEqual([]);
    expect(at(100.01)).toEqual(['answers.resources.2.value:SURVEY_MEASURE_INVALID:≤ 100']);
    expect(at(-1)).toEqual(['answers.resources.2.value:SURVEY_MEASURE_INVALID:≥ 0']);
    expect(at(120, '‰')).toEqual([]); // another unit: taken as recorded
    const patents = (v: number) =>
      list(
        withAnswer(completeSurvey(), 'improvement_innovation.5', { status: 'conforming', value: v, period: '累计' }),
        false,
      );
    expect(patents(2)).toEqual([]);
    expect(patents(2.5)).toEqual(['answers.improvement_innovation.5.value:SURVEY_MEASURE_INVALID:whole number']);
  });
  it('evidence file ids must be non-empty strings', () => {
    expect(
      list(
        withAnswer(completeSurvey(), 'strategy_risk.1', { status: 'conforming', evidenceFileIds: ['f1', ' '] }),
        false,
      ),
    ).toEqual(['answers.strategy_risk.1.evidenceFileIds.1:VALIDATION_FAILED:file id']);
  });
  it('methods must be known and listed once; interviewees need name and position', () => {
    expect(list({ ...completeSurvey(), methods: ['interview', 'phone' as never, 'interview'] }, false)).toEqual([
      'methods.1:VALIDATION_FAILED:phone',
      'methods.2:VALIDATION_FAILED:duplicate interview',
    ]);
    expect(
      list(
        {
          ...completeSurvey(),
          interviewees: [
            { name: ' ', position: '' },
            { name: '李', position: '质检员', department: '质检部' },
          ],
        },
        false,
      ),
    ).toEqual(['interviewees.0.name:REQUIRED', 'interviewees.0.position:REQUIRED']);
  });
  it('checks: unknown keys and results are refused even in a draft', () => {
    const s = completeSurvey();
    expect(list({ ...s, checks: { ...s.checks, other: { result: 'pass' } } as never }, false)).toEqual([
      'checks.other:VALIDATION_FAILED:other',
    ]);
    expect(list({ ...s, checks: { ...s.checks, qualifications_valid: { result: 'yes' as never } } }, false)).toEqual([
      'checks.qualifications_valid.result:VALIDATION_FAILED:yes',
    ]);
  });
  it('urgent problems: title, known urgency and class, known item', () => {
    const p = { title: '', urgency: 'urgent', class: 'misc', description: '', itemKey: 'nope' } as never;
    expect(list({ ...completeSurvey(), urgentProblems: [p] }, false)).toEqual([
      'urgentProblems.0.title:REQUIRED',
      'urgentProblems.0.urgency:VALIDATION_FAILED:urgent',
      'urgentProblems.0.class:VALIDATION_FAILED:misc',
      'urgentProblems.0.itemKey:SURVEY_ITEM_UNKNOWN:nope',
    ]);
    const ok = {
      title: '交付延误',
      urgency: 'low',
      class: 'quality_benefit',
      description: '',
      itemKey: 'realization_delivery',
    } as const;
    expect(list({ ...completeSurvey(), urgentProblems: [ok] }, false)).toEqual([]);
    expect(list({ ...completeSurvey(), urgentProblems: [ok] }, true)).toEqual([
      'urgentProblems.0.description:REQUIRED',
    ]);
  });
  it('resources and policy changes: known kind and a description', () => {
    expect(
      list({ ...completeSurvey(), resourcesCommitted: [{ kind: 'land' as never, description: '' }] }, false),
    ).toEqual(['resourcesCommitted.0.kind:VALIDATION_FAILED:land', 'resourcesCommitted.0.description:REQUIRED']);
    expect(list({ ...completeSurvey(), policyChanges: [{ kind: 'tax' as never, description: ' ' }] }, false)).toEqual([
      'policyChanges.0.kind:VALIDATION_FAILED:tax',
      'policyChanges.0.description:REQUIRED',
    ]);
    expect(list({ ...completeSurvey(), policyChanges: [] }, true)).toEqual([]);
  });
});

describe('surveyProblems: completion', () => {
  it('every sub-item needs a status', () => {
    const s = completeSurvey();
    const answers = { ...s.answers };
    delete answers['enterprise_features.6'];
    answers['enterprise_features.5'] = { status: null, finding: 'x' };
    expect(list({ ...s, answers }, true)).toEqual([
      'answers.enterprise_features.5.status:SURVEY_STATUS_REQUIRED:enterprise_features.5',
      'answers.enterprise_features.6.status:SURVEY_STATUS_REQUIRED:enterprise_features.6',
    ]);
    expect(list({ ...s, answers }, false)).toEqual([]);
  });
  it('不符合 and 部分符合 need a finding; 符合 and 不适用 do not', () => {
    for (const status of ['nonconforming', 'partial'] as const) {
      expect(list(withAnswer(completeSurvey(), 'strategy_risk.4', { status, finding: ' ' }), true)).toEqual([
        'answers.strategy_risk.4.finding:SURVEY_FINDING_REQUIRED:strategy_risk.4',
      ]);
      expect(list(withAnswer(completeSurvey(), 'strategy_risk.4', { status, finding: '无规划' }), true)).toEqual([]);
      expect(list(withAnswer(completeSurvey(), 'strategy_risk.4', { status }), false)).toEqual([]);
    }
    for (const status of ['conforming', 'not_applicable'] as const) {
      expect(list(withAnswer(completeSurvey(), 'strategy_risk.4', { status }), true)).toEqual([]);
    }
  });
  it('a measure needs a value with its period, or a finding saying why there is none', () => {
    const at = (a: Survey['answers'][string]) => list(withAnswer(completeSurvey(), 'customer_satisfaction.1', a), true);
    expect(at({ status: 'conforming', value: 85, unit: '%', period: ' ' })).toEqual([
      'answers.customer_satisfaction.1.period:SURVEY_MEASURE_PERIOD_REQUIRED:customer_satisfaction.1',
    ]);
    expect(at({ status: 'conforming' })).toEqual([
      'answers.customer_satisfaction.1.value:SURVEY_MEASURE_VALUE_OR_FINDING:customer_satisfaction.1',
    ]);
    expect(at({ status: 'nonconforming', finding: '未开展顾客满意度调查' })).toEqual([]);
    expect(at({ status: 'not_applicable' })).toEqual([]);
    expect(at({ status: 'conforming', value: 85, period: '2025年' })).toEqual([]); // unit defaults to the template's
  });
  it('each check must be pass or fail; a failure needs a note and contradicts 符合 on its sub-item', () => {
    const s = completeSurvey();
    expect(list({ ...s, checks: { ...s.checks, not_dishonest_2y: { result: 'unknown' } } }, true)).toEqual([
      'checks.not_dishonest_2y.result:SURVEY_CHECK_REQUIRED:not_dishonest_2y',
    ]);
    expect(list({ ...s, checks: { ...s.checks, not_dishonest_2y: { result: 'unknown' } } }, false)).toEqual([]);
    const { no_quality_penalty_or_exposure: _dropped, ...two } = s.checks;
    expect(list({ ...s, checks: two }, true)).toEqual([
      'checks.no_quality_penalty_or_exposure.result:SURVEY_CHECK_REQUIRED:no_quality_penalty_or_exposure',
    ]);
    expect(list({ ...s, checks: { ...s.checks, no_quality_penalty_or_exposure: { result: 'fail' } } }, true)).toEqual([
      'checks.no_quality_penalty_or_exposure.note:REQUIRED',
      'answers.compliance_integrity.2.status:SURVEY_CHECK_CONTRADICTION:no_quality_penalty_or_exposure',
    ]);
    const failed = withAnswer(
      {
        ...s,
        checks: { ...s.checks, no_quality_penalty_or_exposure: { result: 'fail', note: '2025年抽检不合格被处罚' } },
      },
      'compliance_integrity.2',
      { status: 'nonconforming', finding: '2025年因抽检不合格受行政处罚' },
    );
    expect(list(failed, true)).toEqual([]);
  });
  it('the enterprise ideas, their measures when it says it has some, and a resource', () => {
    const s = completeSurvey();
    expect(list({ ...s, enterpriseIdeas: null }, true)).toEqual(['enterpriseIdeas.ideas:REQUIRED']);
    expect(list({ ...s, enterpriseIdeas: { ideas: '想法', hasMeasures: true } }, true)).toEqual([
      'enterpriseIdeas.measures:REQUIRED',
    ]);
    expect(
      list({ ...s, enterpriseIdeas: { ideas: '想法', hasMeasures: true, measures: '已购置检测设备' } }, true),
    ).toEqual([]);
    expect(list({ ...s, resourcesCommitted: [] }, true)).toEqual(['resourcesCommitted:REQUIRED']);
  });
});

describe('measureValueProblem', () => {
  it('is undefined for a good value and names the bound otherwise', () => {
    expect(measureValueProblem({ unit: '%', direction: 'higher_is_better', min: 0, max: 100 }, 50)).toBeUndefined();
    expect(measureValueProblem({ unit: '件/人·日', direction: 'higher_is_better', min: 0 }, 1e6)).toBeUndefined();
    expect(measureValueProblem({ unit: '次', direction: 'lower_is_better', min: 0, integer: true }, -1)).toBe('≥ 0');
    expect(measureValueProblem({ unit: '%', direction: 'higher_is_better' }, null)).toBe('not a finite number');
  });
});

describe('surveyProgress', () => {
  it('counts answered sub-items per item and in total', () => {
    const empty = surveyProgress(T, emptySurvey(T));
    expect(empty.answered).toBe(0);
    expect(empty.total).toBe(49);
    expect(empty.items[0]).toEqual({ itemKey: 'compliance_integrity', answered: 0, total: 3 });
    const s = withAnswer(
      withAnswer(
        withAnswer(emptySurvey(T), 'compliance_integrity.1', { status: 'conforming' }),
        'compliance_integrity.2',
        { finding: 'no status yet' },
      ),
      'nope.1',
      { status: 'conforming' },
    );
    const p = surveyProgress(T, withAnswer(s, 'compliance_integrity.3', { status: 'bogus' as never }));
    expect(p.items[0]).toEqual({ itemKey: 'compliance_integrity', answered: 1, total: 3 });
    expect(p.answered).toBe(1);
    expect(surveyProgress(T, completeSurvey()).answered).toBe(49);
  });
});

describe('mergeSurveyDrafts (offline three-way merge)', () => {
  const base = completeSurvey();
  const k1 = 'strategy_risk.1';
  const k2 = 'strategy_risk.2';

  it('nothing changed: the server copy, no conflicts', () => {
    const r = mergeSurveyDrafts(base, base, base);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual(base);
  });
  it('a sub-item changed only locally takes the local value', () => {
    const local = withAnswer(base, k1, { status: 'partial', finding: '部分识别' });
    const r = mergeSurveyDrafts(base, base, local);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers[k1]).toEqual({ status: 'partial', finding: '部分识别' });
  });
  it('a sub-item changed only on the server keeps the server value', () => {
    const server = withAnswer(base, k1, { status: 'nonconforming', finding: '未识别' });
    const r = mergeSurveyDrafts(base, server, base);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers[k1]).toEqual({ status: 'nonconforming', finding: '未识别' });
  });
  it('different sub-items changed on each side: both kept', () => {
    const server = withAnswer(base, k1, { status: 'nonconforming', finding: '未识别' });
    const local = withAnswer(base, k2, { status: 'partial', finding: '定位不清' });
    const r = mergeSurveyDrafts(base, server, local);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers[k1]?.status).toBe('nonconforming');
    expect(r.merged.answers[k2]?.status).toBe('partial');
  });
  it('both changed to the same value: no conflict', () => {
    const same = withAnswer(base, k1, { status: 'partial', finding: 'x' });
    const r = mergeSurveyDrafts(base, same, {
      ...same,
      answers: { ...same.answers, [k1]: { finding: 'x', status: 'partial', evidenceFileIds: [] } },
    });
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers[k1]).toEqual({ status: 'partial', finding: 'x' });
  });
  it('both changed differently: server kept, local value listed as a conflict', () => {
    const server = withAnswer(base, k1, { status: 'nonconforming', finding: '未识别' });
    const local = withAnswer(base, k1, { status: 'partial', finding: '部分识别' });
    const r = mergeSurveyDrafts(base, server, local);
    expect(r.merged.answers[k1]).toEqual({ status: 'nonconforming', finding: '未识别' });
    expect(r.conflicts).toEqual([
      { path: `answers.${k1}`, base: base.answers[k1], server: server.answers[k1], local: local.answers[k1] },
    ]);
  });
  it('a sub-item added locally is kept; one cleared locally is removed; cleared vs edited conflicts', () => {
    const noK1 = { ...base, answers: Object.fromEntries(Object.entries(base.answers).filter(([k]) => k !== k1)) };
    const added = mergeSurveyDrafts(noK1, noK1, base);
    expect(added.merged.answers[k1]).toEqual(base.answers[k1]);
    const removed = mergeSurveyDrafts(base, base, noK1);
    expect(removed.conflicts).toEqual([]);
    expect(k1 in removed.merged.answers).toBe(false);
    const server = withAnswer(base, k1, { status: 'partial', finding: 'server' });
    const clash = mergeSurveyDrafts(base, server, noK1);
    expect(clash.conflicts.map((c) => c.path)).toEqual([`answers.${k1}`]);
    expect(clash.conflicts[0]?.local).toBeUndefined();
    expect(clash.merged.answers[k1]).toEqual({ status: 'partial', finding: 'server' });
  });
  it('emptiness is no change (null, blank and missing mean the same)', () => {
    const local = withAnswer(base, k1, { ...base.answers[k1], finding: '', evidenceFileIds: [], value: null });
    const server = withAnswer(base, k1, { status: 'partial', finding: 'server' });
    const r = mergeSurveyDrafts(base, server, local);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.answers[k1]).toEqual({ status: 'partial', finding: 'server' });
  });
  it('sections and checks merge the same way', () => {
    const local: Survey = {
      ...base,
      methods: ['interview'],
      checks: { ...base.checks, not_dishonest_2y: { result: 'fail', note: 'local' } },
      policyChanges: [],
    };
    const server: Survey = {
      ...base,
      methods: ['questionnaire'],
      interviewees: [...base.interviewees, { name: '李', position: '质检员' }],
      checks: { ...base.checks, qualifications_valid: { result: 'fail', note: 'server' } },
    };
    const r = mergeSurveyDrafts(base, server, local);
    expect(r.conflicts.map((c) => c.path)).toEqual(['methods']);
    expect(r.conflicts[0]).toMatchObject({ server: ['questionnaire'], local: ['interview'] });
    expect(r.merged.methods).toEqual(['questionnaire']);
    expect(r.merged.interviewees).toHaveLength(2);
    expect(r.merged.policyChanges).toEqual([]);
    expect(r.merged.checks.not_dishonest_2y).toEqual({ result: 'fail', note: 'local' });
    expect(r.merged.checks.qualifications_valid).toEqual({ result: 'fail', note: 'server' });
  });
  it('a check removed locally is removed', () => {
    const { not_dishonest_2y: _gone, ...rest } = base.checks;
    const r = mergeSurveyDrafts(base, base, { ...base, checks: rest });
    expect('not_dishonest_2y' in r.merged.checks).toBe(false);
  });
  it('the template reference is one unit', () => {
    const local = { ...base, templateVersion: 2 };
    expect(mergeSurveyDrafts(base, base, local).merged.templateVersion).toBe(2);
    const r = mergeSurveyDrafts(base, { ...base, templateVersion: 3 }, local);
    expect(r.merged.templateVersion).toBe(3);
    expect(r.conflicts).toEqual([
      {
        path: 'template',
        base: { id: base.templateId, version: 1 },
        server: { id: base.templateId, version: 3 },
        local: { id: base.templateId, version: 2 },
      },
    ]);
  });
  it('without a base (a draft begun offline) every difference is a conflict, equal values merge', () => {
    const server = withAnswer(base, k1, { status: 'nonconforming', finding: 'a' });
    const local = withAnswer(base, k1, { status: 'partial', finding: 'b' });
    const r = mergeSurveyDrafts(null, server, local);
    expect(r.conflicts.map((c) => c.path)).toEqual([`answers.${k1}`]);
    expect(r.conflicts[0]?.base).toBeUndefined();
    expect(r.merged.answers[k1]).toEqual(server.answers[k1]);
    expect(mergeSurveyDrafts(null, base, base).conflicts).toEqual([]);
  });
  it('does not change its inputs', () => {
    const server = withAnswer(base, k1, { status: 'nonconforming', finding: 'a' });
    const snapshot = JSON.stringify(server);
    mergeSurveyDrafts(base, server, withAnswer(base, k2, { status: 'partial', finding: 'b' }));
    expect(JSON.stringify(server)).toBe(snapshot);
  });
});
