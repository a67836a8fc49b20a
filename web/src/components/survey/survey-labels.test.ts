import { describe, expect, it } from 'vitest';
import { ANNEX_A_TEMPLATE } from '../../../../domain/survey/annex-a-template.js';
import { emptySurvey, surveyProblems } from '../../../../domain/survey/survey.js';
import { describeSurveyProblems, fieldLabel, subItemLabel, subItemOfField } from './survey-labels';

const t = (key: string) => key;

describe('survey labels', () => {
  it('names sub-items by number and text', () => {
    expect(subItemLabel(ANNEX_A_TEMPLATE, 'compliance_integrity.2', 'zh-CN')).toBe('1.2 未受行政处罚');
    expect(subItemLabel(ANNEX_A_TEMPLATE, 'resources.1', 'en-US')).toBe('3.1 Turnover rate of key employees');
    expect(subItemLabel(ANNEX_A_TEMPLATE, 'nope.1', 'zh-CN')).toBeUndefined();
  });

  it('splits answer paths on the sub-item key (which holds a dot)', () => {
    expect(subItemOfField(ANNEX_A_TEMPLATE, 'answers.resources.1.value')).toEqual({
      key: 'resources.1',
      rest: 'value',
    });
    expect(subItemOfField(ANNEX_A_TEMPLATE, 'answers.resources.1')).toEqual({ key: 'resources.1', rest: '' });
    expect(subItemOfField(ANNEX_A_TEMPLATE, 'interviewees.0.name')).toBeUndefined();
  });

  it('puts field paths in words', () => {
    expect(fieldLabel(ANNEX_A_TEMPLATE, 'answers.resources.1.period', 'zh-CN', t)).toBe(
      '3.1 骨干员工流失率 · survey.field.period',
    );
    expect(fieldLabel(ANNEX_A_TEMPLATE, 'interviewees.0.name', 'zh-CN', t)).toBe(
      'survey.section.interviewees 1 · survey.field.name',
    );
    expect(fieldLabel(ANNEX_A_TEMPLATE, 'enterpriseIdeas.ideas', 'zh-CN', t)).toBe(
      'survey.section.enterpriseIdeas · survey.field.ideas',
    );
    expect(fieldLabel(ANNEX_A_TEMPLATE, 'checks.not_dishonest_2y.result', 'zh-CN', t)).toBe(
      '近2年来未被纳入《严重违法失信企业名单》',
    );
  });

  it('describes each completion problem with names instead of keys', () => {
    const texts = describeSurveyProblems(
      ANNEX_A_TEMPLATE,
      surveyProblems(ANNEX_A_TEMPLATE, emptySurvey(ANNEX_A_TEMPLATE), { forCompletion: true }),
      'zh-CN',
      t,
    );
    const status = texts.find((p) => p.field === 'answers.compliance_integrity.1.status');
    expect(status).toMatchObject({
      subItemKey: 'compliance_integrity.1',
      text: '请对每项调研内容给出结论：1.1 经营资质/许可合法有效',
    });
    expect(texts.find((p) => p.field === 'surveyedOn')?.text).toContain('survey.section.surveyedOn');
  });
});
