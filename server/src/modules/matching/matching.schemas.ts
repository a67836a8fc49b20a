import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { GROUP_ROLES } from '../../../../domain/matching/working-group.js';

export const WorkingGroupSchema = z.object({
  id: z.string().uuid(),
  campaignId: z.string().uuid(),
  organization: z.object({ id: z.string().uuid(), name: z.string() }),
  name: z.string(),
  regionCodes: z.array(z.string()),
  regionNames: z.array(z.string()),
  members: z.array(
    z.object({
      userId: z.string().uuid(),
      displayName: z.string(),
      role: z.enum(GROUP_ROLES),
      phone: z.string().nullable().describe('masked'),
    }),
  ),
  version: z.number().int(),
});
export type WorkingGroupBody = z.infer<typeof WorkingGroupSchema>;

export const WorkingGroupListResponse = z.object({ items: z.array(WorkingGroupSchema) });

export const SaveWorkingGroupRequest = z.strictObject({
  name: z.string().trim().max(100),
  regionCodes: z.array(z.string()).max(50).default([]),
  members: z.array(z.strictObject({ userId: z.string().uuid(), role: z.enum(GROUP_ROLES) })).max(200),
});
export const UpdateWorkingGroupRequest = SaveWorkingGroupRequest.extend({ version: z.number().int().min(1) });
export type SaveWorkingGroupBody = z.infer<typeof SaveWorkingGroupRequest>;

export const RunProposalRequest = z.strictObject({
  mode: z
    .enum(['keep', 'replan'])
    .default('keep')
    .describe('keep: existing assignments stay; replan: enterprises not yet diagnosed may move'),
  onDate: IsoDate.optional().describe(
    'the day assistance starts (default today): experts unavailable then are left out',
  ),
});

export const ProposalItemSchema = z.object({
  participationId: z.string().uuid(),
  enterprise: z.object({
    id: z.string().uuid(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    industryCode: z.string(),
  }),
  stage: z.string(),
  expertUserId: z.string().uuid().nullable(),
  expertName: z.string().nullable(),
  source: z.enum(['solver', 'manual', 'existing']),
  cost: z.number().nullable(),
  hard: z.array(z.string()).describe('hard rules the pair breaks (overridden with the reason)'),
  soft: z.array(z.string()).describe('preferences the pair breaks (warnings)'),
  reason: z.string().nullable(),
  currentExpertUserId: z.string().uuid().nullable(),
  currentExpertName: z.string().nullable(),
  unassignedReason: z.string().nullable(),
  unassignedMessage: z.string().nullable(),
});

export const ProposalExpertSchema = z.object({
  userId: z.string().uuid(),
  displayName: z.string(),
  categories: z.array(z.string()),
  homeRegionCode: z.string(),
  homeRegionName: z.string().nullable(),
  capacity: z.number().int(),
  load: z.number().int().describe('enterprises assisted outside this proposal'),
  unavailable: z.array(z.object({ from: z.string(), to: z.string() })),
  barredParticipationIds: z.array(z.string().uuid()).describe('declared conflicts active on the start day'),
});

export const ProposalSchema = z.object({
  id: z.string().uuid(),
  groupId: z.string().uuid(),
  status: z.enum(['draft', 'confirmed', 'discarded']),
  mode: z.enum(['keep', 'replan']),
  onDate: z.string(),
  version: z.number().int(),
  objective: z.object({ assigned: z.number().int(), totalCost: z.number() }),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  items: z.array(ProposalItemSchema),
  experts: z.array(ProposalExpertSchema),
});
export type ProposalBody = z.infer<typeof ProposalSchema>;

export const ProposalResponse = z.object({ proposal: ProposalSchema.nullable() });

export const EditProposalItemRequest = z.strictObject({
  version: z.number().int().min(1),
  participationId: z.string().uuid(),
  expertUserId: z.string().uuid().nullable().describe('null leaves the enterprise unassigned'),
  reason: z.string().trim().max(500).optional().describe('required when the pair breaks a hard rule'),
});

export const ConfirmProposalRequest = z.strictObject({ version: z.number().int().min(1) });
export const ConfirmProposalResponse = z.object({
  assigned: z.number().int(),
  moved: z.number().int(),
  proposal: ProposalSchema,
});

export const CoverageResponse = z.object({
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string().nullable(),
      bodyId: z.string().uuid(),
      bodyName: z.string(),
      selected: z.number().int().describe('handed to the body, not rejected or withdrawn'),
      assigned: z.number().int().describe('with an assistance expert (finished ones: had one)'),
      unassigned: z.number().int(),
    }),
  ),
  bodies: z.array(
    z.object({
      bodyId: z.string().uuid(),
      bodyName: z.string(),
      groups: z.number().int(),
      experts: z.number().int(),
      selected: z.number().int(),
      assigned: z.number().int(),
    }),
  ),
  unassigned: z.array(
    z.object({
      participationId: z.string().uuid(),
      enterpriseName: z.string(),
      regionName: z.string().nullable(),
      industryCode: z.string(),
      bodyName: z.string(),
      reason: z.string().nullable().describe('from the latest proposal'),
      message: z.string().nullable(),
    }),
  ),
  workload: z.array(
    z.object({
      userId: z.string().uuid(),
      displayName: z.string(),
      bodyName: z.string(),
      load: z.number().int(),
      capacity: z.number().int(),
    }),
  ),
});
