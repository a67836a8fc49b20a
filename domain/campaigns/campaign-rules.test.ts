import { describe, expect, it } from 'vitest';
import { campaignProblems, inheritFromParent, type CampaignPlanInput } from './campaign-rules.js';

const plan = (over: Partial<CampaignPlanInput> = {}): CampaignPlanInput => ({
  year: 2027, regionCode: '320300', phases: [{ kind: 'deployment', startsOn: '2027-05-01', endsOn: '2027-05-31' }], targets: {}, ...over,
});

describe('campaign plan checks (001 §四; 003 §6.3)', () => {
  it('accepts a city campaign under its province', () => {
    expect(campaignProblems(plan(), { regionCode: '320000' })).toEqual([]);
  });
  it('refuses a child outside its parent, or the same region', () => {
    expect(campaignProblems(plan({ regionCode: '120100' }), { regionCode: '320000' })[0]!.code).toBe('CAMPAIGN_REGION_NOT_IN_PARENT');
    expect(campaignProblems(plan({ regionCode: '320000' }), { regionCode: '320000' })[0]!.code).toBe('CAMPAIGN_REGION_NOT_IN_PARENT');
  });
  it('checks phase dates: order, year, no kind twice; an open end is allowed', () => {
    expect(campaignProblems(plan({ phases: [{ kind: 'assistance', startsOn: '2027-10-31', endsOn: '2027-05-01' }] }), null)[0]!.code).toBe('DATE_ORDER');
    expect(campaignProblems(plan({ phases: [{ kind: 'assistance', startsOn: '2027-05-01', endsOn: '2027-05-01' }] }), null)).toEqual([]);
    expect(campaignProblems(plan({ phases: [{ kind: 'report_due', startsOn: '2027-11-30', endsOn: null }] }), null)).toEqual([]);
    expect(campaignProblems(plan({ phases: [{ kind: 'summary', startsOn: '2028-01-10', endsOn: null }] }), null)).toEqual([]); // reports early next year
    expect(campaignProblems(plan({ phases: [{ kind: 'summary', startsOn: '2026-12-01', endsOn: null }] }), null)[0]!.code).toBe('PHASE_OUTSIDE_YEAR');
    const twice = [{ kind: 'summary' as const, startsOn: '2027-11-01', endsOn: null }, { kind: 'summary' as const, startsOn: '2027-12-01', endsOn: null }];
    expect(campaignProblems(plan({ phases: twice }), null)[0]!.code).toBe('PHASE_DUPLICATE');
  });
  it('accepts quotas only for sub-regions', () => {
    expect(campaignProblems(plan({ targets: { quotas: { '320321': 5 } } }), null)).toEqual([]);
    expect(campaignProblems(plan({ targets: { quotas: { '320300': 5 } } }), null)[0]!.code).toBe('QUOTA_REGION_OUTSIDE');
    expect(campaignProblems(plan({ targets: { quotas: { '120101': 5 } } }), null)[0]!.code).toBe('QUOTA_REGION_OUTSIDE');
    expect(campaignProblems(plan({ targets: { quotas: { '320321': -1 } } }), null)[0]!.code).toBe('NUMBER_INVALID');
  });
  it('inherits phases, industries and rules the child leaves empty', () => {
    const parent = { phases: plan().phases, keyIndustries: ['地毯'], eligibility: { minMainRevenueWan: 2000 } };
    expect(inheritFromParent({}, parent)).toEqual(parent);
    expect(inheritFromParent({ keyIndustries: ['乐器'] }, parent).keyIndustries).toEqual(['乐器']);
  });
});
