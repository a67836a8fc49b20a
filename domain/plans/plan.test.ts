import { describe, expect, it } from 'vitest';
import { ANNEX_A_TEMPLATE } from '../survey/annex-a-template.js';
import { completeSurvey } from '../survey/test-fixtures.js';
import {
  PLAN_ACTIONS,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
  TRAINING_AUDIENCES,
  acceptedBaseline,
  availablePlanActions,
  baselineFromSurvey,
  emptyPlan,
  planActionSide,
  planActorOf,
  planProblems,
  planTransition,
  sideNeedsAssignment,
  targetImproves,
  targetMet,
  type Plan,
  type PlanIndicator,
  type PlanStatus,
} from './plan.js';

const T = ANNEX_A_TEMPLATE;

const satisfaction: PlanIndicator = {
  key: 'csat',
  itemKey: 'customer_satisfaction',
  name: '顾客满意度',
  unit: '%',
  direction: 'higher_is_better',
  baseline: 85,
  target: 90,
  method: '年度顾客满意度调查',
  subItemKey: 'customer_satisfaction.1',
};
const returns: PlanIndicator = {
  key: 'returns',
  itemKey: 'customer_satisfaction',
  name: '客户退货率',
  unit: '%',
  direction: 'lower_is_better',
  baseline: 3,
  target: 1.5,
  method: '退货台账',
  subItemKey: 'customer_satisfaction.5',
};

function fullPlan(): Plan {
  return {
    organization: [{ element: 'rules', title: '焊接作业指导书', due: '2026-06-30' }],
    resources: [{ type: 'people', description: '质量负责人 1 名' }],
    evaluation: {
      nodes: [
        { title: '体系建立', date: '2026-06-30' },
        { title: '中期评价', date: '2026-08-15' },
      ],
      finalMethod: '按附录C表C.1 对比提升前后指标',
    },
    feasibility: { discussedWith: '王总、生产部长', discussedOn: '2026-05-25', conclusion: '可行' },
    training: TRAINING_AUDIENCES.map((a, i) => ({
      audience: a.key,
      topics: [...a.topics],
      plannedOn: `2026-06-0${i + 1}`,
      form: 'centralized' as const,
    })),
    monitoring: { qualityPlan: '焊接质量计划', acceptanceConditions: null, standardsAndMethods: '' },
    milestones: [
      { title: '建立', goal: '文件发布', deliverables: ['质量手册'], due: '2026-06-30' },
      { title: '运行', goal: '运行 3 个月', deliverables: ['运行记录'], due: '2026-09-30' },
    ],
    other: { notes: null },
    indicators: [satisfaction, returns],
  };
}
const list = (p: Plan, forSubmission?: boolean) =>
  planProblems(p, forSubmission === undefined ? { template: T } : { template: T, forSubmission }).map(
    (x) => `${x.field}:${x.code}${x.detail ? `:${x.detail}` : ''}`,
  );
const withIndicator = (patch: Partial<PlanIndicator>): Plan => ({
  ...fullPlan(),
  indicators: [{ ...satisfaction, ...patch }],
});

describe('planProblems: sections (003 §6.6.1)', () => {
  it('a full plan passes', () => {
    expect(list(fullPlan())).toEqual([]);
  });
  it('an empty plan is a valid draft but lacks a)–g) and an indicator for submission', () => {
    expect(list(emptyPlan(), false)).toEqual([]);
    expect(list(emptyPlan())).toEqual([
      'organization:PLAN_SECTION_REQUIRED:organization',
      'resources:PLAN_SECTION_REQUIRED:resources',
      'evaluation.nodes:PLAN_SECTION_REQUIRED:evaluation',
      'evaluation.finalMethod:REQUIRED',
      'feasibility.discussedWith:REQUIRED',
      'feasibility.conclusion:REQUIRED',
      'training:PLAN_TRAINING_AUDIENCE_MISSING:awareness',
      'training:PLAN_TRAINING_AUDIENCE_MISSING:leadership',
      'training:PLAN_TRAINING_AUDIENCE_MISSING:system_builders',
      'training:PLAN_TRAINING_AUDIENCE_MISSING:frontline',
      'monitoring:PLAN_SECTION_REQUIRED:monitoring',
      'milestones:PLAN_SECTION_REQUIRED:milestones',
      'indicators:PLAN_INDICATOR_REQUIRED',
    ]);
  });
  it('checks entries of a) and b)', () => {
    const p = {
      ...fullPlan(),
      organization: [{ element: 'x' as never, title: ' ', due: '2026-13-01' }],
      resources: [{ type: 'land' as never, description: '' }],
    };
    expect(list(p, false)).toEqual([
      'organization.0.element:VALIDATION_FAILED:x',
      'organization.0.title:REQUIRED',
      'organization.0.due:DATE_INVALID',
      'resources.0.type:VALIDATION_FAILED:land',
      'resources.0.description:REQUIRED',
    ]);
  });
  it('evaluation nodes need a title and a date, in order (equal dates are in order)', () => {
    const nodes = [
      { title: 'a', date: '2026-07-01' },
      { title: 'b', date: '2026-07-01' },
      { title: '', date: '2026-06-30' },
      { title: 'd', date: '' },
      { title: 'e', date: '2026-07-02' },
    ];
    expect(list({ ...fullPlan(), evaluation: { nodes, finalMethod: 'x' } })).toEqual([
      'evaluation.nodes.2.title:REQUIRED',
      'evaluation.nodes.2.date:DATE_ORDER',
      'evaluation.nodes.3.date:REQUIRED',
    ]);
  });
  it('feasibility date must be a date', () => {
    expect(
      list({ ...fullPlan(), feasibility: { discussedWith: 'x', conclusion: 'y', discussedOn: '25/05/2026' } }),
    ).toEqual(['feasibility.discussedOn:DATE_INVALID']);
  });
  it('training covers the four audiences of §6.7.2.2, each session with topics and a date', () => {
    const p = fullPlan();
    const missing = { ...p, training: p.training.filter((t) => t.audience !== 'frontline') };
    expect(list(missing)).toEqual(['training:PLAN_TRAINING_AUDIENCE_MISSING:frontline']);
    expect(list(missing, false)).toEqual([]);
    const bad = {
      ...p,
      training: [...p.training, { audience: 'owners' as never, topics: [' '], plannedOn: '', form: 'online' as never }],
    };
    expect(list(bad)).toEqual([
      'training.4.audience:VALIDATION_FAILED:owners',
      'training.4.topics:REQUIRED',
      'training.4.plannedOn:REQUIRED',
      'training.4.form:VALIDATION_FAILED:online',
    ]);
    expect(
      list({
        ...p,
        training: [...p.training, { audience: 'frontline', topics: [], plannedOn: '2026-07-01', form: null }],
      }),
    ).toEqual(['training.4.topics:REQUIRED']);
  });
  it('monitoring needs at least one of its parts', () => {
    expect(list({ ...fullPlan(), monitoring: { acceptanceConditions: '抽检合格率 ≥ 98%' } })).toEqual([]);
    expect(list({ ...fullPlan(), monitoring: {} })).toEqual(['monitoring:PLAN_SECTION_REQUIRED:monitoring']);
  });
  it('milestones need title, goal, deliverables and dates in order', () => {
    const p = fullPlan();
    const swapped = { ...p, milestones: [p.milestones[1]!, p.milestones[0]!] };
    expect(list(swapped)).toEqual(['milestones.1.due:DATE_ORDER']);
    const same = { ...p, milestones: [p.milestones[0]!, { ...p.milestones[1]!, due: '2026-06-30' }] };
    expect(list(same)).toEqual([]);
    const bad = { ...p, milestones: [{ title: '', goal: ' ', deliverables: [], due: 'soon' }] };
    expect(list(bad)).toEqual([
      'milestones.0.title:REQUIRED',
      'milestones.0.goal:REQUIRED',
      'milestones.0.deliverables:REQUIRED',
      'milestones.0.due:DATE_INVALID',
    ]);
    expect(list(bad, false)).toEqual([
      'milestones.0.title:REQUIRED',
      'milestones.0.goal:REQUIRED',
      'milestones.0.due:DATE_INVALID',
    ]);
  });
});

describe('planProblems: indicators (Annex C)', () => {
  it('the item must be one of the 9 evaluation items and exist in the template', () => {
    expect(list(withIndicator({ itemKey: 'customer', subItemKey: null }))).toEqual([
      'indicators.0.itemKey:PLAN_INDICATOR_ITEM_UNKNOWN:customer',
    ]);
    const regional = { ...T, items: T.items.filter((i) => i.key !== 'enterprise_features') };
    expect(
      planProblems(withIndicator({ itemKey: 'enterprise_features', subItemKey: null }), { template: regional }).map(
        (p) => p.code,
      ),
    ).toEqual(['PLAN_INDICATOR_ITEM_UNKNOWN']);
  });
  it('the sub-item must belong to the item, with the same direction', () => {
    expect(list(withIndicator({ subItemKey: 'resources.2' }))).toEqual([
      'indicators.0.subItemKey:PLAN_INDICATOR_SUB_ITEM_MISMATCH:resources.2 ∉ customer_satisfaction',
    ]);
    expect(list(withIndicator({ subItemKey: 'customer_satisfaction.9' }))).toEqual([
      'indicators.0.subItemKey:PLAN_INDICATOR_SUB_ITEM_MISMATCH:customer_satisfaction.9 ∉ customer_satisfaction',
    ]);
    expect(list(withIndicator({ direction: 'lower_is_better', baseline: 85, target: 80 }))).toEqual([
      'indicators.0.direction:PLAN_INDICATOR_DIRECTION_MISMATCH:customer_satisfaction.1: higher_is_better',
    ]);
    expect(list(withIndicator({ subItemKey: null, direction: 'lower_is_better', baseline: 85, target: 80 }))).toEqual(
      [],
    );
    // a sub-item that is not a measure: any direction
    expect(
      list(withIndicator({ itemKey: 'strategy_risk', subItemKey: 'strategy_risk.1', name: '风险识别覆盖率' })),
    ).toEqual([]);
  });
  it('target and baseline must be finite numbers within the measure', () => {
    expect(list(withIndicator({ target: Number.NaN }))).toEqual([
      'indicators.0.target:PLAN_INDICATOR_TARGET_INVALID:not a finite number',
    ]);
    expect(list(withIndicator({ target: '90' as never }))).toEqual([
      'indicators.0.target:PLAN_INDICATOR_TARGET_INVALID:not a finite number',
    ]);
    expect(list(withIndicator({ target: 101 }))).toEqual(['indicators.0.target:PLAN_INDICATOR_TARGET_INVALID:≤ 100']);
    expect(list(withIndicator({ baseline: Number.POSITIVE_INFINITY }))).toEqual([
      'indicators.0.baseline:PLAN_INDICATOR_BASELINE_INVALID:not a finite number',
    ]);
    expect(list(withIndicator({ baseline: -5 }))).toEqual([
      'indicators.0.baseline:PLAN_INDICATOR_BASELINE_INVALID:≥ 0',
    ]);
    expect(list(withIndicator({ unit: '分', target: 101, baseline: 80 }))).toEqual([]); // another unit: no % bounds
    expect(list(withIndicator({ baseline: null }))).toEqual([]);
    expect(list(withIndicator({ baseline: undefined as never }))).toEqual([]);
  });
  it('the target must improve on the baseline in its direction (equal is not an improvement)', () => {
    expect(list(withIndicator({ baseline: 90, target: 90 }))).toEqual([
      'indicators.0.target:INDICATOR_TARGET_NOT_IMPROVEMENT:csat: 90 > 90',
    ]);
    expect(list(withIndicator({ baseline: 92, target: 90 }))).toEqual([
      'indicators.0.target:INDICATOR_TARGET_NOT_IMPROVEMENT:csat: 90 > 92',
    ]);
    expect(list(withIndicator({ baseline: 89.99, target: 90 }))).toEqual([]);
    const r = (baseline: number, target: number) =>
      list({ ...fullPlan(), indicators: [{ ...returns, baseline, target }] });
    expect(r(3, 3)).toEqual(['indicators.0.target:INDICATOR_TARGET_NOT_IMPROVEMENT:returns: 3 < 3']);
    expect(r(3, 4)).toEqual(['indicators.0.target:INDICATOR_TARGET_NOT_IMPROVEMENT:returns: 4 < 3']);
    expect(r(3, 2.99)).toEqual([]);
  });
  it('keys are required and unique; name, unit, method, direction are required', () => {
    expect(list({ ...fullPlan(), indicators: [satisfaction, { ...returns, key: 'csat' }] })).toEqual([
      'indicators.1.key:PLAN_INDICATOR_DUPLICATE:csat',
    ]);
    expect(list(withIndicator({ key: ' ', name: '', unit: '', method: '' }))).toEqual([
      'indicators.0.key:REQUIRED',
      'indicators.0.name:REQUIRED',
      'indicators.0.unit:REQUIRED',
      'indicators.0.method:REQUIRED',
    ]);
    expect(list(withIndicator({ direction: 'up' as never }))).toEqual(['indicators.0.direction:VALIDATION_FAILED:up']);
  });
  it('indicators are checked in a draft too', () => {
    expect(list({ ...emptyPlan(), indicators: [{ ...satisfaction, target: 80 }] }, false)).toEqual([
      'indicators.0.target:INDICATOR_TARGET_NOT_IMPROVEMENT:csat: 80 > 85',
    ]);
  });
});

describe('targetImproves and targetMet (Annex C, §6.9.5)', () => {
  it('improvement is strict', () => {
    expect(targetImproves('higher_is_better', 85, 90)).toBe(true);
    expect(targetImproves('higher_is_better', 90, 90)).toBe(false);
    expect(targetImproves('lower_is_better', 3, 2)).toBe(true);
    expect(targetImproves('lower_is_better', 3, 3)).toBe(false);
  });
  it('Annex C example: target 90 %, 92 % met, 87 % not', () => {
    expect(targetMet('higher_is_better', 90, 92)).toBe(true);
    expect(targetMet('higher_is_better', 90, 87)).toBe(false);
  });
  it('the boundary counts as met, either direction', () => {
    expect(targetMet('higher_is_better', 90, 90)).toBe(true);
    expect(targetMet('higher_is_better', 90, 89.999)).toBe(false);
    expect(targetMet('lower_is_better', 1.5, 1.5)).toBe(true);
    expect(targetMet('lower_is_better', 1.5, 1.49)).toBe(true);
    expect(targetMet('lower_is_better', 1.5, 1.51)).toBe(false);
  });
  it('no after-value is not met', () => {
    expect(targetMet('higher_is_better', 90, null)).toBe(false);
    expect(targetMet('higher_is_better', 90, undefined)).toBe(false);
    expect(targetMet('lower_is_better', 1, Number.NaN)).toBe(false);
    expect(targetMet('lower_is_better', Number.NaN, 0)).toBe(false);
  });
});

describe('baselineFromSurvey', () => {
  const s = completeSurvey();
  it('gives the surveyed value with unit, period and direction', () => {
    const survey = {
      ...s,
      answers: {
        ...s.answers,
        'customer_satisfaction.1': { status: 'partial' as const, finding: 'x', value: 85, period: '2025年' },
      },
    };
    expect(baselineFromSurvey(T, survey, 'customer_satisfaction.1')).toEqual({
      value: 85,
      unit: '%',
      period: '2025年',
      direction: 'higher_is_better',
    });
    const own = {
      ...s,
      answers: {
        ...s.answers,
        'realization_delivery.1': { status: 'conforming' as const, value: 12.5, unit: '米/人·日', period: ' ' },
      },
    };
    expect(baselineFromSurvey(T, own, 'realization_delivery.1')).toEqual({
      value: 12.5,
      unit: '米/人·日',
      period: null,
      direction: 'higher_is_better',
    });
  });
  it('is null when not measured, not a measure, not applicable or unknown', () => {
    const noValue = {
      ...s,
      answers: { ...s.answers, 'customer_satisfaction.1': { status: 'nonconforming' as const, finding: '未统计' } },
    };
    expect(baselineFromSurvey(T, noValue, 'customer_satisfaction.1')).toBeNull();
    expect(baselineFromSurvey(T, s, 'strategy_risk.1')).toBeNull();
    expect(baselineFromSurvey(T, s, 'nope.1')).toBeNull();
    const na = { ...s, answers: { ...s.answers, 'resources.6': { status: 'not_applicable' as const, value: 0 } } };
    expect(baselineFromSurvey(T, na, 'resources.6')).toBeNull();
    expect(baselineFromSurvey(T, { ...s, answers: {} }, 'resources.6')).toBeNull();
  });
});

describe('plan versions (003 §6.6.2, §6.7.3)', () => {
  const ok = (status: PlanStatus, action: (typeof PLAN_ACTIONS)[number], opts = {}) =>
    planTransition(status, action, opts);
  it('draft → submitted → commented ↔ revised → accepted', () => {
    expect(ok('draft', 'submit')).toEqual({ ok: true, to: 'submitted', newVersion: false });
    expect(ok('submitted', 'comment', { comment: '培训时间请调整' })).toEqual({
      ok: true,
      to: 'commented',
      newVersion: false,
    });
    expect(ok('commented', 'revise')).toEqual({ ok: true, to: 'revised', newVersion: false });
    expect(ok('revised', 'comment', { comment: '还需调整' })).toEqual({ ok: true, to: 'commented', newVersion: false });
    expect(ok('revised', 'accept')).toEqual({ ok: true, to: 'accepted', newVersion: false });
    expect(ok('submitted', 'accept')).toEqual({ ok: true, to: 'accepted', newVersion: false });
  });
  it('a comment needs its text', () => {
    expect(ok('submitted', 'comment')).toEqual({ ok: false, code: 'REQUIRED', field: 'comment' });
    expect(ok('submitted', 'comment', { comment: '  ' })).toEqual({ ok: false, code: 'REQUIRED', field: 'comment' });
  });
  it('amending an accepted plan needs a reason and makes a new version', () => {
    expect(ok('accepted', 'amend')).toEqual({ ok: false, code: 'REASON_REQUIRED', field: 'reason' });
    expect(ok('accepted', 'amend', { reason: ' ' })).toEqual({ ok: false, code: 'REASON_REQUIRED', field: 'reason' });
    expect(ok('accepted', 'amend', { reason: '内审发现焊接工艺偏差' })).toEqual({
      ok: true,
      to: 'draft',
      newVersion: true,
    });
  });
  it('every other status/action pair is refused', () => {
    const allowed = new Set(Object.entries(PLAN_TRANSITIONS).flatMap(([a, r]) => r.from.map((f) => `${f}:${a}`)));
    expect([...allowed].sort()).toEqual(
      [
        'draft:submit',
        'submitted:comment',
        'revised:comment',
        'commented:revise',
        'submitted:accept',
        'revised:accept',
        'accepted:amend',
      ].sort(),
    );
    for (const status of PLAN_STATUSES) {
      for (const action of PLAN_ACTIONS) {
        if (allowed.has(`${status}:${action}`)) continue;
        expect(planTransition(status, action, { reason: 'r', comment: 'c' })).toEqual({
          ok: false,
          code: 'PLAN_ILLEGAL_TRANSITION',
          field: 'status',
          detail: status,
        });
      }
    }
  });
  it('an unknown action is a validation failure', () => {
    expect(planTransition('draft', 'publish' as never)).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      field: 'action',
      detail: 'publish',
    });
  });
  it('lists the actions each side may take', () => {
    expect(availablePlanActions('draft', 'assistance')).toEqual(['submit']);
    expect(availablePlanActions('draft', 'enterprise')).toEqual([]);
    expect(availablePlanActions('submitted', 'enterprise')).toEqual(['comment', 'accept']);
    expect(availablePlanActions('commented', 'assistance')).toEqual(['revise']);
    expect(availablePlanActions('accepted', 'assistance')).toEqual(['amend']);
    expect(availablePlanActions('superseded', 'assistance')).toEqual([]);
  });
  it('the baseline is the highest accepted version', () => {
    expect(acceptedBaseline([])).toBeNull();
    expect(acceptedBaseline([{ version: 1, status: 'draft' }])).toBeNull();
    const v = [
      { version: 1, status: 'superseded' as const },
      { version: 2, status: 'accepted' as const },
      { version: 3, status: 'draft' as const },
    ];
    expect(acceptedBaseline(v)?.version).toBe(2);
    expect(acceptedBaseline([{ version: 4, status: 'accepted' as const }, ...v])?.version).toBe(4);
  });
});

describe('planActorOf (003 §6.5, §6.6.2; ADR 0018)', () => {
  it('puts the body managers on the assistance side, and an expert only while assigned', () => {
    expect(planActorOf('cb_admin', false)).toBe('assistance');
    expect(planActorOf('cb_manager', false)).toBe('assistance');
    expect(planActorOf('assistance_expert', true)).toBe('assistance');
    expect(planActorOf('assistance_expert', false)).toBeNull();
    expect(sideNeedsAssignment('assistance_expert')).toBe(true);
    expect(sideNeedsAssignment('cb_manager')).toBe(false);
  });

  it('lets the enterprise contact respond, and nobody else take a side', () => {
    expect(planActorOf('enterprise_contact', false)).toBe('enterprise');
    expect(planActorOf('bureau_officer', true)).toBeNull();
    expect(planActorOf('evaluation_expert', true)).toBeNull();
  });

  it('gives each action to the side PLAN_TRANSITIONS names', () => {
    expect(PLAN_ACTIONS.filter((a) => planActionSide(a) === 'assistance')).toEqual(['submit', 'revise', 'amend']);
    expect(PLAN_ACTIONS.filter((a) => planActionSide(a) === 'enterprise')).toEqual(['comment', 'accept']);
  });
});
