import { describe, expect, it } from 'vitest';
import { emptyPlan, planProblems } from '../../../../../domain/plans/plan.js';
import { ANNEX_A_TEMPLATE } from '../../../../../domain/survey/annex-a-template.js';
import { rankPainPoints } from '../../../../../domain/diagnosis/diagnosis.js';
import { completeSurvey } from '../../../../../domain/survey/test-fixtures.js';
import { elementFor, nextIndicatorKey, prefillPlan } from './plan-prefill';

const text = (key: string, params?: Record<string, unknown>) =>
  params ? `${key}:${JSON.stringify(params)}` : key.endsWith('Deliverables') ? 'a|b' : key;

describe('prefillPlan', () => {
  const survey = completeSurvey();
  const painPoints = rankPainPoints(ANNEX_A_TEMPLATE, survey);

  it('fills a)–g) so that only the indicators stand between the plan and submission', () => {
    const { plan, filled } = prefillPlan(emptyPlan(), { survey, painPoints, today: '2026-06-20', lang: 'zh-CN', text });
    expect(filled).toEqual([
      'organization',
      'resources',
      'evaluation',
      'feasibility',
      'training',
      'monitoring',
      'milestones',
    ]);
    expect(planProblems(plan, { template: ANNEX_A_TEMPLATE }).map((p) => p.code)).toEqual(['PLAN_INDICATOR_REQUIRED']);
    expect(plan.training.map((t) => t.audience)).toEqual(['awareness', 'leadership', 'system_builders', 'frontline']);
    expect(plan.feasibility).toMatchObject({ discussedWith: '王总（总经理）', discussedOn: '2026-06-20' });
    expect(plan.resources).toEqual([{ type: 'people', description: '指定质量负责人 1 名（每周 2 天）' }]);
    // the urgent problem became an organization item with its element
    expect(
      plan.organization.some((o) => o.element === 'key_control_points' && o.title.includes('焊接质量不稳定')),
    ).toBe(true);
    expect(plan.milestones.map((m) => m.due)).toEqual(['2026-07-20', '2026-10-23', '2026-11-17']);
  });

  it('leaves sections that already have content alone', () => {
    const start = { ...emptyPlan(), resources: [{ type: 'equipment' as const, description: '检测设备' }] };
    const { plan, filled } = prefillPlan(start, {
      survey: null,
      painPoints: [],
      today: '2026-06-20',
      lang: 'en-US',
      text,
    });
    expect(filled).not.toContain('resources');
    expect(plan.resources).toEqual(start.resources);
    expect(plan.organization.map((o) => o.element)).toEqual(['structure', 'forms_tools']);
    expect(plan.feasibility.discussedWith).toBe('planPrefill.discussedWith');
  });
});

describe('helpers', () => {
  it('elementFor maps pain points to 003 §6.6.1 a) elements', () => {
    expect(elementFor({ source: 'check', problemClass: 'compliance' })).toBe('rules');
    expect(elementFor({ source: 'urgent_problem', problemClass: 'quality_awareness' })).toBe('responsibilities');
    expect(elementFor({ source: 'sub_item', problemClass: null })).toBe('key_control_points');
  });

  it('nextIndicatorKey never repeats a key', () => {
    expect(nextIndicatorKey([])).toBe('ind-1');
    expect(nextIndicatorKey(['ind-2', 'x'])).toBe('ind-3');
    expect(nextIndicatorKey(['ind-1'])).toBe('ind-2');
  });
});
