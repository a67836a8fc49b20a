import { describe, expect, it } from 'vitest';
import { campaignChangeRefusal, newCampaignPlan } from './campaign-plan.js';

const parent = {
  regionCode: '320000',
  phases: [{ kind: 'deployment' as const, startsOn: '2026-05-01', endsOn: null }],
  keyIndustries: ['食品'],
  eligibility: { minMainRevenueWan: 500 },
};

describe('newCampaignPlan (003 §6.3: a child campaign inherits what it does not set)', () => {
  it('a campaign without a parent starts with what it set, empty otherwise', () => {
    expect(newCampaignPlan({}, null)).toEqual({ phases: [], keyIndustries: [], eligibility: {} });
    expect(newCampaignPlan({ keyIndustries: ['纺织'] }, null)).toEqual({
      phases: [],
      keyIndustries: ['纺织'],
      eligibility: {},
    });
  });

  it('a child takes its parent’s phases, key industries and eligibility when it sets none', () => {
    expect(newCampaignPlan({}, parent)).toEqual({
      phases: parent.phases,
      keyIndustries: parent.keyIndustries,
      eligibility: parent.eligibility,
    });
    expect(newCampaignPlan({ phases: [], keyIndustries: [], eligibility: {} }, parent)).toEqual({
      phases: parent.phases,
      keyIndustries: parent.keyIndustries,
      eligibility: parent.eligibility,
    });
  });

  it('a child keeps what it set itself', () => {
    const own = { phases: [{ kind: 'assistance' as const, startsOn: '2026-06-01', endsOn: null }] };
    expect(newCampaignPlan({ ...own, keyIndustries: ['纺织'], eligibility: { x: 1 } }, parent)).toEqual({
      phases: own.phases,
      keyIndustries: ['纺织'],
      eligibility: { x: 1 },
    });
  });
});

describe('campaignChangeRefusal (003 §6.3: only the issuing bureau changes its campaign; version-checked)', () => {
  const campaign = { issuingOrganizationId: 'bureau-a', version: 3 };

  it('lets the issuing bureau change the version it read', () => {
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-a', version: 3 })).toBeNull();
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-a' })).toBeNull();
  });

  it('refuses another bureau, before looking at the version', () => {
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-b', version: 3 })).toBe('NOT_ISSUING_BUREAU');
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-b', version: 2 })).toBe('NOT_ISSUING_BUREAU');
  });

  it('refuses an older or a newer version than the stored one', () => {
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-a', version: 2 })).toBe('VERSION_CONFLICT');
    expect(campaignChangeRefusal(campaign, { organizationId: 'bureau-a', version: 4 })).toBe('VERSION_CONFLICT');
  });
});
