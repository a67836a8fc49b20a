/**
 * Campaigns (003 §6.3; 001 §四): the campaigns a caller sees (by role and region, ADR 0004), and their planning by
 * the issuing bureau: create (its own region's, or a child of a higher bureau's), change (version-checked), record
 * the kick-off (003 §6.4), select a certification body against 003 §5.2 with evidence.
 */
import { z } from 'zod';
import { CAMPAIGN_PLAN_PROBLEM_CODES, MAX_PHASES, PHASE_KINDS } from '../domain/campaigns/campaign-rules.js';
import { CHILD_PHASE_REFUSALS } from '../domain/campaigns/child-phases.js';
import { CAMPAIGN_BANDS_PROBLEM_CODES } from '../domain/campaigns/grade-bands.js';
import { BODY_CRITERIA } from '../domain/intake/body-criteria.js';
import { GradeBands } from './rules.js';
import { Created, IdParams, IsoDate, PageQuery, RegionCode, Uuid } from './shared.js';
import { defineContract } from './endpoint.js';

export const CampaignListQuery = z.strictObject({
  ...PageQuery.shape,
  year: z.coerce.number().int().min(2020).max(2100).optional(),
});
export type CampaignListQuery = z.output<typeof CampaignListQuery>;

const CampaignSummaryFields = z.object({
  id: Uuid,
  year: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  issuingOrganizationName: z.string(),
  parentId: Uuid.nullable(),
  participationCount: z.number().int().describe('participations of this campaign itself, in the caller’s scope'),
  participationCountWithChildren: z
    .number()
    .int()
    .describe('participations of this campaign and all campaigns below it, in the caller’s scope (the roll-up)'),
  targetEnterprises: z.number().int().nullable(),
});
export const CampaignSummary = CampaignSummaryFields.meta({ id: 'CampaignSummary' });
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignList = z.object({
  items: z.array(CampaignSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CampaignList = z.infer<typeof CampaignList>;

export const CampaignPhase = z.object({
  kind: z.string().describe('deployment | assistance | supervision | mid_term_evaluation | summary | report_due'),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const CampaignDetail = CampaignSummaryFields.extend({
  phases: z.array(CampaignPhase),
  targets: z.object({
    enterprises: z.number().int().optional(),
    excellentCases: z.number().int().optional(),
    quotas: z.record(z.string(), z.number().int()).optional(),
  }),
  parent: z.object({ id: Uuid, name: z.string() }).nullable(),
  planWarnings: z
    .array(
      z.object({
        field: z.string(),
        code: z.literal('PHASE_OUTSIDE_PARENT_PHASE'),
        kind: z.enum(PHASE_KINDS),
        parentStartsOn: z.string(),
        parentEndsOn: z.string(),
      }),
    )
    .describe('ADR 0035: phases that leave the parent’s phase of the same kind (allowed, shown with the reason)'),
  children: z.array(CampaignSummary),
  certificationBodies: z.array(
    z.object({
      id: Uuid,
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
      id: Uuid,
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
  gradeBands: GradeBands.nullable().describe('the campaign’s own Table 2 bands; null = Table 2 as published'),
  bandsInForce: GradeBands.describe('the bands new evaluation panels of this campaign start from'),
  bandsLocked: z
    .boolean()
    .describe('ADR 0041: an evaluation of the campaign is signed off, the bands no longer change'),
  version: z.number().int(),
}).meta({ id: 'CampaignDetail' });
export type CampaignDetail = z.infer<typeof CampaignDetail>;

const Phase = z.strictObject({ kind: z.enum(PHASE_KINDS), startsOn: IsoDate, endsOn: IsoDate.nullable() });
const Targets = z.strictObject({
  enterprises: z.number().int().min(0).optional(),
  excellentCases: z.number().int().min(0).optional(),
  quotas: z.record(RegionCode, z.number().int().min(0)).optional(),
});
const WorkPlan = z
  .strictObject({
    objectives: z.string().max(4000).optional(),
    principles: z.string().max(4000).optional(),
    requirements: z.string().max(4000).optional(),
    tasks: z.string().max(4000).optional(),
    schedule: z.string().max(4000).optional(),
    managementRules: z.string().max(4000).optional(),
    indicators: z.string().max(4000).optional(),
  })
  .describe('003 §6.3.3 a)–c)');
const Eligibility = z.strictObject({ minMainRevenueWan: z.number().min(0).optional() });

export const CreateCampaignRequest = z.strictObject({
  year: z.number().int().min(2020).max(2100),
  name: z.string().trim().min(4).max(100),
  parentId: Uuid.optional().describe('the higher bureau’s campaign this one carries out'),
  regionCode: RegionCode.optional().describe('any region in the bureau’s jurisdiction; the bureau’s own when omitted'),
  phases: z
    .array(Phase)
    .max(MAX_PHASES)
    .optional()
    .describe(
      'inherited from the parent when omitted; report_due may repeat (one per due date), every other kind once, in the order of 001 §四',
    ),
  targets: Targets.default({}),
  keyIndustries: z.array(z.string().trim().min(1).max(30)).max(30).optional(),
  eligibility: Eligibility.optional(),
  workPlan: WorkPlan.default({}),
  gradeBands: GradeBands.nullable()
    .optional()
    .describe('003 Table 2 可视实际情况调整: the campaign’s bands; omitted or null = Table 2'),
});
/** What the server receives (defaults applied); the web sends `CreateCampaignInput`. */
export type CreateCampaignRequest = z.output<typeof CreateCampaignRequest>;
export type CreateCampaignInput = z.input<typeof CreateCampaignRequest>;

export const UpdateCampaignRequest = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(4).max(100).optional(),
  phases: z.array(Phase).max(MAX_PHASES).optional(),
  targets: Targets.optional(),
  keyIndustries: z.array(z.string().trim().min(1).max(30)).max(30).optional(),
  eligibility: Eligibility.optional(),
  workPlan: WorkPlan.optional(),
  gradeBands: GradeBands.nullable()
    .optional()
    .describe('null = back to Table 2; refused with CAMPAIGN_BANDS_LOCKED once an evaluation is signed off (ADR 0041)'),
});
export type UpdateCampaignRequest = z.output<typeof UpdateCampaignRequest>;
export type UpdateCampaignInput = z.input<typeof UpdateCampaignRequest>;

export const KickOffRequest = z.strictObject({
  heldOn: IsoDate,
  place: z.string().trim().min(1).max(200),
  attendees: z.string().trim().min(1).max(2000),
  materials: z.string().trim().max(2000).optional(),
});
export type KickOffRequest = z.output<typeof KickOffRequest>;

export const SelectBodyRequest = z.strictObject({
  organizationId: Uuid,
  checklist: z
    .array(z.strictObject({ key: z.enum(BODY_CRITERIA), met: z.boolean(), evidence: z.string().trim().max(1000) }))
    .max(BODY_CRITERIA.length),
});
export type SelectBodyRequest = z.output<typeof SelectBodyRequest>;

export const campaigns = defineContract('campaigns', {
  list: {
    method: 'GET',
    path: '/api/v1/campaigns',
    permission: 'campaign:read',
    summary: 'Campaigns visible to the caller',
    query: CampaignListQuery,
    answer: CampaignList,
    errors: [],
  },
  get: {
    method: 'GET',
    path: '/api/v1/campaigns/:id',
    permission: 'campaign:read',
    summary: 'One campaign with phases, child campaigns and stage counts',
    params: IdParams,
    answer: CampaignDetail,
    errors: ['NOT_FOUND'],
  },
  create: {
    method: 'POST',
    path: '/api/v1/campaigns',
    permission: 'campaign:write',
    summary: "Create a campaign for the bureau's region, or a child of a higher bureau's",
    body: CreateCampaignRequest,
    status: 201,
    answer: Created,
    errors: [
      'FORBIDDEN',
      'NOT_FOUND',
      'CAMPAIGN_REGION_OUTSIDE_JURISDICTION',
      ...CHILD_PHASE_REFUSALS,
      ...CAMPAIGN_PLAN_PROBLEM_CODES,
      ...CAMPAIGN_BANDS_PROBLEM_CODES.filter((c) => c !== 'CAMPAIGN_BANDS_LOCKED'),
    ],
  },
  update: {
    method: 'POST',
    path: '/api/v1/campaigns/:id',
    permission: 'campaign:write',
    summary: 'Change a campaign (issuing bureau only; version-checked)',
    params: IdParams,
    body: UpdateCampaignRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'NOT_ISSUING_BUREAU',
      'VERSION_CONFLICT',
      ...CHILD_PHASE_REFUSALS,
      ...CAMPAIGN_PLAN_PROBLEM_CODES,
      ...CAMPAIGN_BANDS_PROBLEM_CODES,
    ],
  },
  recordKickOff: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/kick-offs',
    permission: 'campaign:write',
    summary: 'Record the kick-off meeting (003 §6.4)',
    params: IdParams,
    body: KickOffRequest,
    status: 201,
    answer: Created,
    errors: ['NOT_FOUND', 'NOT_ISSUING_BUREAU'],
  },
  selectBody: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/bodies',
    permission: 'campaign:write',
    summary: 'Select a certification body against 003 §5.2 with evidence',
    params: IdParams,
    body: SelectBodyRequest,
    answer: 'empty',
    errors: ['NOT_FOUND', 'NOT_ISSUING_BUREAU', 'BODY_CRITERIA_UNMET'],
  },
});
