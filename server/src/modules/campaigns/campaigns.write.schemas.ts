import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { MAX_PHASES, PHASE_KINDS } from '../../../../domain/campaigns/campaign-rules.js';
import { BODY_CRITERIA } from '../../../../domain/intake/body-criteria.js';

const Phase = z.strictObject({ kind: z.enum(PHASE_KINDS), startsOn: IsoDate, endsOn: IsoDate.nullable() });
const Targets = z.strictObject({
  enterprises: z.number().int().min(0).optional(),
  excellentCases: z.number().int().min(0).optional(),
  quotas: z.record(z.string().regex(/^\d{6}$/), z.number().int().min(0)).optional(),
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
  parentId: z.string().uuid().optional().describe('the higher bureau’s campaign this one carries out'),
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
});

export const UpdateCampaignRequest = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(4).max(100).optional(),
  phases: z.array(Phase).max(MAX_PHASES).optional(),
  targets: Targets.optional(),
  keyIndustries: z.array(z.string().trim().min(1).max(30)).max(30).optional(),
  eligibility: Eligibility.optional(),
  workPlan: WorkPlan.optional(),
});

export const KickOffRequest = z.strictObject({
  heldOn: IsoDate,
  place: z.string().trim().min(1).max(200),
  attendees: z.string().trim().min(1).max(2000),
  materials: z.string().trim().max(2000).optional(),
});

export const SelectBodyRequest = z.strictObject({
  organizationId: z.string().uuid(),
  checklist: z
    .array(z.strictObject({ key: z.enum(BODY_CRITERIA), met: z.boolean(), evidence: z.string().trim().max(1000) }))
    .max(BODY_CRITERIA.length),
});

export const CreatedId = z.object({ id: z.string().uuid() });
