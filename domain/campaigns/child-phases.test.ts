import { describe, expect, it } from 'vitest';
import type { PhaseInput } from './campaign-rules.js';
import { campaignSpan, childPhaseProblems } from './child-phases.js';

const PARENT: PhaseInput[] = [
  { kind: 'deployment', startsOn: '2026-05-01', endsOn: '2026-05-10' },
  { kind: 'assistance', startsOn: '2026-05-11', endsOn: '2026-10-31' },
  { kind: 'summary', startsOn: '2026-11-01', endsOn: '2026-12-31' },
];

describe('campaignSpan', () => {
  it('runs from the earliest start to the latest day, a one-day phase counting its start', () => {
    expect(campaignSpan(PARENT)).toEqual({ startsOn: '2026-05-01', endsOn: '2026-12-31' });
    expect(campaignSpan([{ kind: 'report_due', startsOn: '2027-01-05', endsOn: null }, ...PARENT])).toEqual({
      startsOn: '2026-05-01',
      endsOn: '2027-01-05',
    });
    expect(campaignSpan([])).toBeNull();
  });
});

describe('childPhaseProblems', () => {
  it('accepts phases inside the parent’s, boundaries included', () => {
    expect(childPhaseProblems(PARENT, PARENT)).toEqual({ refusals: [], warnings: [] });
    expect(
      childPhaseProblems(
        [
          { kind: 'assistance', startsOn: '2026-05-11', endsOn: '2026-10-31' },
          { kind: 'report_due', startsOn: '2026-12-31', endsOn: null },
        ],
        PARENT,
      ),
    ).toEqual({ refusals: [], warnings: [] });
  });

  it('warns, with the parent’s dates, when a phase leaves the parent’s phase of the same kind', () => {
    const late = childPhaseProblems([{ kind: 'assistance', startsOn: '2026-05-11', endsOn: '2026-11-01' }], PARENT);
    expect(late.refusals).toEqual([]);
    expect(late.warnings).toEqual([
      {
        field: 'phases.0.endsOn',
        code: 'PHASE_OUTSIDE_PARENT_PHASE',
        kind: 'assistance',
        parentStartsOn: '2026-05-11',
        parentEndsOn: '2026-10-31',
      },
    ]);
    const early = childPhaseProblems([{ kind: 'assistance', startsOn: '2026-05-10', endsOn: '2026-10-01' }], PARENT);
    expect(early.warnings.map((w) => w.field)).toEqual(['phases.0.startsOn']);
  });

  it('refuses a phase before the parent starts or after it ends, by one day', () => {
    const before = childPhaseProblems([{ kind: 'deployment', startsOn: '2026-04-30', endsOn: '2026-05-05' }], PARENT);
    expect(before.refusals.map((r) => [r.field, r.code])).toEqual([['phases.0.startsOn', 'PHASE_BEFORE_PARENT_START']]);
    expect(before.warnings).toEqual([]);
    const after = childPhaseProblems([{ kind: 'summary', startsOn: '2026-11-01', endsOn: '2027-01-01' }], PARENT);
    expect(after.refusals).toEqual([
      {
        field: 'phases.0.endsOn',
        code: 'PHASE_AFTER_PARENT_END',
        kind: 'summary',
        parentStartsOn: '2026-05-01',
        parentEndsOn: '2026-12-31',
      },
    ]);
    const due = childPhaseProblems([{ kind: 'report_due', startsOn: '2027-01-01', endsOn: null }], PARENT);
    expect(due.refusals.map((r) => r.field)).toEqual(['phases.0.startsOn']);
  });

  it('does not hold a kind the parent lacks to anything but the span, nor anything to a parent without phases', () => {
    expect(childPhaseProblems([{ kind: 'supervision', startsOn: '2026-06-01', endsOn: '2026-12-31' }], PARENT)).toEqual(
      { refusals: [], warnings: [] },
    );
    expect(childPhaseProblems(PARENT, [])).toEqual({ refusals: [], warnings: [] });
  });
});
