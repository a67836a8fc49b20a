import { describe, expect, it } from 'vitest';
import {
  actionPlanOpen,
  actionPlanProblem,
  actionPlanRequired,
  selfAssessmentOpen,
  summaryMissing,
  SUMMARY_SECTIONS,
  type ActionItem,
} from './enterprise-side.js';

describe('Annex C.2 self-evaluation before the panel', () => {
  it('is open while operating or reviewed and no rater has scored', () => {
    expect(selfAssessmentOpen({ stage: 'operating', panelSheets: 0, panelSignedOff: false })).toBe(true);
    expect(selfAssessmentOpen({ stage: 'reviewed', panelSheets: 0, panelSignedOff: false })).toBe(true);
  });
  it('closes with the first sheet, the sign-off, or outside those stages', () => {
    expect(selfAssessmentOpen({ stage: 'reviewed', panelSheets: 1, panelSignedOff: false })).toBe(false);
    expect(selfAssessmentOpen({ stage: 'evaluated', panelSheets: 0, panelSignedOff: true })).toBe(false);
    expect(selfAssessmentOpen({ stage: 'implementing', panelSheets: 0, panelSignedOff: false })).toBe(false);
  });
});

describe('001 §四(三) summary sections', () => {
  it('lists the empty sections', () => {
    expect(summaryMissing({})).toEqual([...SUMMARY_SECTIONS]);
    expect(summaryMissing({ profile: 'x', implementation: ' ', results: 'y', problems: 'z', next_steps: 'w' })).toEqual(
      ['implementation'],
    );
  });
});

describe('003 §6.9.7 action plan', () => {
  const item: ActionItem = {
    kind: 'improvement',
    action: '建立供应商季度评价',
    owner: '王质量',
    dueOn: '2027-03-31',
    done: false,
    doneOn: null,
  };
  it('is made after the evaluation', () => {
    expect(actionPlanOpen('evaluated')).toBe(true);
    expect(actionPlanOpen('certified')).toBe(true);
    expect(actionPlanOpen('reviewed')).toBe(false);
    expect(actionPlanOpen('closed')).toBe(false);
  });
  it('needs an item, each with action and owner', () => {
    expect(actionPlanProblem([], '2027-01-01')).toEqual({ code: 'ACTION_PLAN_EMPTY', field: 'items' });
    expect(actionPlanProblem([item], '2027-01-01')).toBeNull();
    expect(actionPlanProblem([{ ...item, action: ' ' }], '2027-01-01')?.field).toBe('items.0.action');
    expect(actionPlanProblem([item, { ...item, owner: '' }], '2027-01-01')?.field).toBe('items.1.owner');
  });
  it('a done item carries its day, today at the latest', () => {
    expect(actionPlanProblem([{ ...item, done: true }], '2027-01-01')?.field).toBe('items.0.doneOn');
    expect(actionPlanProblem([{ ...item, done: true, doneOn: '2027-01-01' }], '2027-01-01')).toBeNull();
    expect(actionPlanProblem([{ ...item, done: true, doneOn: '2027-01-02' }], '2027-01-01')).toEqual({
      code: 'DATE_IN_FUTURE',
      field: 'items.0.doneOn',
    });
  });
  it('is mandatory only for 不合格', () => {
    expect(actionPlanRequired('fail')).toBe(true);
    expect(actionPlanRequired('pass')).toBe(false);
    expect(actionPlanRequired(null)).toBe(false);
  });
});
