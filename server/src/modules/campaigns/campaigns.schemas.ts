import { z } from 'zod';

export const CampaignListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  year: z.coerce.number().int().min(2020).max(2100).optional(),
});

export const CampaignSummary = z.object({
  id: z.string().uuid(),
  year: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  issuingOrganizationName: z.string(),
  parentId: z.string().uuid().nullable(),
  participationCount: z.number().int().describe('participations in the caller’s scope'),
  targetEnterprises: z.number().int().nullable(),
});

export const CampaignList = z.object({
  items: z.array(CampaignSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const CampaignPhase = z.object({
  kind: z.string().describe('deployment | assistance | supervision | mid_term_evaluation | summary | report_due'),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const CampaignDetail = CampaignSummary.extend({
  phases: z.array(CampaignPhase),
  targets: z.object({
    enterprises: z.number().int().optional(),
    excellentCases: z.number().int().optional(),
    quotas: z.record(z.string(), z.number().int()).optional(),
  }),
  parent: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  children: z.array(CampaignSummary),
  certificationBodies: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      checklist: z
        .array(z.object({ key: z.string(), met: z.boolean(), evidence: z.string() }))
        .describe('003 §5.2 as checked'),
      selectedAt: z.string().nullable(),
    }),
  ),
  keyIndustries: z.array(z.string()),
  eligibility: z.object({ minMainRevenueWan: z.number().optional() }),
  workPlan: z.record(z.string(), z.string()),
  kickOffs: z.array(
    z.object({
      id: z.string().uuid(),
      heldOn: z.string(),
      place: z.string(),
      attendees: z.string(),
      materials: z.string().nullable(),
    }),
  ),
  quotaProgress: z
    .array(
      z.object({ regionCode: z.string(), regionName: z.string(), limit: z.number().int(), selected: z.number().int() }),
    )
    .describe('places taken per quota region, across this campaign and its child campaigns'),
  issuedByCaller: z.boolean().describe('the caller’s bureau issued it and may change it'),
  stageCounts: z.record(z.string(), z.number().int()).describe('participations per stage, in the caller’s scope'),
  version: z.number().int(),
});
