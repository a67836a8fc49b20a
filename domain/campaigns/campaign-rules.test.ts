import { describe, expect, it } from 'vitest';
import {
  MAX_PHASES,
  REPEATABLE_PHASE_KINDS,
  campaignProblems,
  inheritFromParent,
  type CampaignPlanInput,
  type PhaseKind,
} from './campaign-rules.js';

const plan = (over: Partial<CampaignPlanInput> = {}): CampaignPlanInput => ({
  year: 2027,
  regionCode: '320300',
  phases: [{ kind: 'deployment', startsOn: '2027-05-01', endsOn: '2027-05-31' }],
  targets: {},
  ...over,
});

describe('campaign plan checks (001 §四; 003 §6.3)', () => {
  it('accepts a city campaign under its province', () => {
    expect(campaignProblems(plan(), { regionCode: '320000' })).toEqual([]);
  });
  it('refuses a child outside its parent, or the same region', () => {
    expect(campaignProblems(plan({ regionCode: '120100' }), { regionCode: '320000' })[0]!.code).toBe(
      'CAMPAIGN_REGION_NOT_IN_PARENT',
    );
    expect(campaignProblems(plan({ regionCode: '320000' }), { regionCode: '320000' })[0]!.code).toBe(
      'CAMPAIGN_REGION_NOT_IN_PARENT',
    );
  });
  it('checks phase dates: order, year, no kind twice; an open end is allowed', () => {
    expect(
      campaignProblems(
        plan({ phases: [{ kind: 'assistance', startsOn: '2027-10-31', endsOn: '2027-05-01' }] }),
        null,
      )[0]!.code,
    ).toBe('DATE_ORDER');
    expect(
      campaignProblems(plan({ phases: [{ kind: 'assistance', startsOn: '2027-05-01', endsOn: '2027-05-01' }] }), null),
    ).toEqual([]);
    expect(
      campaignProblems(plan({ phases: [{ kind: 'report_due', startsOn: '2027-11-30', endsOn: null }] }), null),
    ).toEqual([]);
    expect(
      campaignProblems(plan({ phases: [{ kind: 'summary', startsOn: '2028-01-10', endsOn: null }] }), null),
    ).toEqual([]); // reports early next year
    expect(
      campaignProblems(plan({ phases: [{ kind: 'summary', startsOn: '2026-12-01', endsOn: null }] }), null)[0]!.code,
    ).toBe('PHASE_OUTSIDE_YEAR');
    const twice = [
      { kind: 'summary' as const, startsOn: '2027-11-01', endsOn: null },
      { kind: 'summary' as const, startsOn: '2027-12-01', endsOn: null },
    ];
    expect(campaignProblems(plan({ phases: twice }), null)[0]!.code).toBe('PHASE_DUPLICATE');
  });
  it('accepts quotas only for sub-regions', () => {
    expect(campaignProblems(plan({ targets: { quotas: { '320321': 5 } } }), null)).toEqual([]);
    expect(campaignProblems(plan({ targets: { quotas: { '320300': 5 } } }), null)[0]!.code).toBe(
      'QUOTA_REGION_OUTSIDE',
    );
    expect(campaignProblems(plan({ targets: { quotas: { '120101': 5 } } }), null)[0]!.code).toBe(
      'QUOTA_REGION_OUTSIDE',
    );
    expect(campaignProblems(plan({ targets: { quotas: { '320321': -1 } } }), null)[0]!.code).toBe('NUMBER_INVALID');
  });
  it('inherits phases, industries and rules the child leaves empty', () => {
    const parent = { phases: plan().phases, keyIndustries: ['地毯'], eligibility: { minMainRevenueWan: 2000 } };
    expect(inheritFromParent({}, parent)).toEqual(parent);
    expect(inheritFromParent({ keyIndustries: ['乐器'] }, parent).keyIndustries).toEqual(['乐器']);
  });
});

describe('phases as the seeds give them (001 §四, 004 §三(三))', () => {
  type P = { kind: PhaseKind; startsOn: string; endsOn: string | null };
  // seed 001's 2023 plan, moved to 2027
  const seed001 = (): P[] => [
    { kind: 'deployment', startsOn: '2027-05-01', endsOn: '2027-05-10' },
    { kind: 'assistance', startsOn: '2027-05-01', endsOn: '2027-10-31' },
    { kind: 'supervision', startsOn: '2027-06-01', endsOn: null },
    { kind: 'mid_term_evaluation', startsOn: '2027-08-01', endsOn: '2027-08-31' },
    { kind: 'summary', startsOn: '2027-11-01', endsOn: '2027-12-31' },
    { kind: 'report_due', startsOn: '2027-11-30', endsOn: null },
  ];
  const codes = (phases: P[]) => campaignProblems(plan({ phases }), null).map((p) => `${p.field}:${p.code}`);
  const replace = (kind: PhaseKind, over: Partial<P>) =>
    seed001().map((p) => (p.kind === kind ? { ...p, ...over } : p));

  it("accepts seed 001's phases, and seed 004's two report-due dates (20 May and 20 November)", () => {
    expect(codes(seed001())).toEqual([]);
    const hunan = [
      ...seed001(),
      { kind: 'report_due' as const, startsOn: '2027-05-20', endsOn: null },
      { kind: 'report_due' as const, startsOn: '2027-11-20', endsOn: '2027-11-20' },
    ];
    expect(codes(hunan)).toEqual([]);
  });

  it('refuses the same report-due date twice and any other kind twice', () => {
    expect(codes([...seed001(), { kind: 'report_due', startsOn: '2027-11-30', endsOn: null }])).toEqual([
      'phases:PHASE_DUPLICATE',
    ]);
    expect(
      campaignProblems(
        plan({ phases: [...seed001(), { kind: 'supervision', startsOn: '2027-07-01', endsOn: null }] }),
        null,
      )[0],
    ).toMatchObject({ code: 'PHASE_DUPLICATE', detail: 'supervision' });
  });

  it('a report-due phase is one date', () => {
    expect(codes(replace('report_due', { endsOn: '2027-12-01' }))).toEqual(['phases.5.endsOn:REPORT_DUE_ONE_DATE']);
  });

  it('the mid-term evaluation falls inside the assistance period, both ends included', () => {
    expect(codes(replace('mid_term_evaluation', { startsOn: '2027-05-01', endsOn: '2027-10-31' }))).toEqual([]);
    expect(codes(replace('mid_term_evaluation', { startsOn: '2027-04-30', endsOn: '2027-08-31' }))).toEqual([
      'phases.3.startsOn:PHASE_BEFORE_DEPLOYMENT',
      'phases.3.startsOn:MID_TERM_OUTSIDE_ASSISTANCE',
    ]);
    expect(codes(replace('mid_term_evaluation', { startsOn: '2027-10-15', endsOn: '2027-11-01' }))).toEqual([
      'phases.3.endsOn:MID_TERM_OUTSIDE_ASSISTANCE',
    ]);
    expect(codes(replace('mid_term_evaluation', { startsOn: '2027-11-01', endsOn: null }))).toEqual([
      'phases.3.startsOn:MID_TERM_OUTSIDE_ASSISTANCE',
    ]);
    // an open-ended assistance period holds any later mid-term
    expect(
      codes(
        replace('assistance', { endsOn: null })
          .map((p) => (p.kind === 'mid_term_evaluation' ? { ...p, startsOn: '2027-12-01', endsOn: null } : p))
          .filter((p) => p.kind !== 'summary'),
      ),
    ).toEqual([]);
    expect(codes([{ kind: 'mid_term_evaluation', startsOn: '2027-08-01', endsOn: null }])).toEqual([
      'phases.0.startsOn:MID_TERM_NEEDS_ASSISTANCE',
    ]);
  });

  it('supervision starts on or after the assistance start', () => {
    expect(codes(replace('supervision', { startsOn: '2027-05-01' }))).toEqual([]);
    expect(codes(replace('supervision', { startsOn: '2027-04-30' }))).toEqual([
      'phases.2.startsOn:PHASE_BEFORE_DEPLOYMENT',
      'phases.2.startsOn:SUPERVISION_BEFORE_ASSISTANCE',
    ]);
    const lateAssistance = replace('assistance', { startsOn: '2027-06-02' });
    expect(codes(lateAssistance)).toEqual(['phases.2.startsOn:SUPERVISION_BEFORE_ASSISTANCE']);
  });

  it('the summary starts once assistance has ended (the last assistance day is allowed)', () => {
    expect(codes(replace('summary', { startsOn: '2027-10-31' }))).toEqual([]);
    expect(codes(replace('summary', { startsOn: '2027-10-30' }))).toEqual([
      'phases.4.startsOn:SUMMARY_BEFORE_ASSISTANCE_ENDS',
    ]);
  });

  it('nothing starts before the deployment, not even a report due', () => {
    expect(codes([...seed001(), { kind: 'report_due', startsOn: '2027-04-30', endsOn: null }])).toEqual([
      'phases.6.startsOn:PHASE_BEFORE_DEPLOYMENT',
    ]);
    expect(codes([...seed001(), { kind: 'report_due', startsOn: '2027-05-01', endsOn: null }])).toEqual([]);
    expect(codes(replace('assistance', { startsOn: '2027-04-30' }))).toEqual([
      'phases.1.startsOn:PHASE_BEFORE_DEPLOYMENT',
    ]);
  });

  it('a partial plan is checked only where the phases it relates are present', () => {
    expect(
      codes([
        { kind: 'summary', startsOn: '2027-01-05', endsOn: null },
        { kind: 'supervision', startsOn: '2027-01-01', endsOn: null },
      ]),
    ).toEqual([]);
  });

  it('has room for one of each kind and a dozen report-due dates', () => {
    expect(MAX_PHASES).toBe(17);
    expect(REPEATABLE_PHASE_KINDS.has('report_due')).toBe(true);
    expect(REPEATABLE_PHASE_KINDS.has('summary')).toBe(false);
  });
});
