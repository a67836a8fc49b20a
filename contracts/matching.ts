/**
 * Matching (seed 000 §一; ADR 0012, 0013): a certification body's working groups (帮扶工作组) of a campaign, the
 * group's assignment proposal (min-cost flow, hand edits, confirmation) and the campaign's assignment coverage.
 */
import { z } from 'zod';
import { GROUP_ROLES } from '../domain/matching/working-group.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

export const WorkingGroup = z
  .object({
    id: Uuid,
    campaignId: Uuid,
    organization: z.object({ id: Uuid, name: z.string() }),
    name: z.string(),
    regionCodes: z.array(z.string()),
    regionNames: z.array(z.string()),
    members: z.array(
      z.object({
        userId: Uuid,
        displayName: z.string(),
        role: z.enum(GROUP_ROLES),
        phone: z.string().nullable().describe('masked'),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'WorkingGroup' });
export type WorkingGroup = z.output<typeof WorkingGroup>;

export const WorkingGroupList = z.object({ items: z.array(WorkingGroup) });
export type WorkingGroupList = z.output<typeof WorkingGroupList>;

export const SaveWorkingGroupRequest = z.strictObject({
  name: z.string().trim().max(100),
  regionCodes: z.array(z.string()).max(50).default([]),
  members: z.array(z.strictObject({ userId: Uuid, role: z.enum(GROUP_ROLES) })).max(200),
});
/** What the server checks and stores (defaults applied). */
export type SaveWorkingGroup = z.output<typeof SaveWorkingGroupRequest>;
/** What a caller sends. */
export type SaveWorkingGroupRequest = z.input<typeof SaveWorkingGroupRequest>;

export const UpdateWorkingGroupRequest = SaveWorkingGroupRequest.extend({ version: z.number().int().min(1) });
export type UpdateWorkingGroup = z.output<typeof UpdateWorkingGroupRequest>;
export type UpdateWorkingGroupRequest = z.input<typeof UpdateWorkingGroupRequest>;

export const PROPOSAL_MODES = ['keep', 'replan'] as const;
export type ProposalMode = (typeof PROPOSAL_MODES)[number];

export const RunProposalRequest = z.strictObject({
  mode: z
    .enum(PROPOSAL_MODES)
    .default('keep')
    .describe('keep: existing assignments stay; replan: enterprises not yet diagnosed may move'),
  onDate: IsoDate.optional().describe(
    'the day assistance starts (default today): experts unavailable then are left out',
  ),
});
export type RunProposal = z.output<typeof RunProposalRequest>;
export type RunProposalRequest = z.input<typeof RunProposalRequest>;

export const ProposalItem = z.object({
  participationId: Uuid,
  enterprise: z.object({
    id: Uuid,
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    industryCode: z.string(),
  }),
  stage: z.string(),
  expertUserId: Uuid.nullable(),
  expertName: z.string().nullable(),
  source: z.enum(['solver', 'manual', 'existing']),
  cost: z.number().nullable(),
  hard: z.array(z.string()).describe('hard rules the pair breaks (overridden with the reason)'),
  soft: z.array(z.string()).describe('preferences the pair breaks (warnings)'),
  reason: z.string().nullable(),
  currentExpertUserId: Uuid.nullable(),
  currentExpertName: z.string().nullable(),
  unassignedReason: z.string().nullable(),
  unassignedMessage: z.string().nullable(),
});
export type ProposalItem = z.output<typeof ProposalItem>;

export const ProposalExpert = z.object({
  userId: Uuid,
  displayName: z.string(),
  categories: z.array(z.string()),
  homeRegionCode: z.string(),
  homeRegionName: z.string().nullable(),
  capacity: z.number().int(),
  load: z.number().int().describe('enterprises assisted outside this proposal'),
  unavailable: z.array(z.object({ from: z.string(), to: z.string() })),
  barredParticipationIds: z.array(Uuid).describe('declared conflicts active on the start day'),
});
export type ProposalExpert = z.output<typeof ProposalExpert>;

export const Proposal = z
  .object({
    id: Uuid,
    groupId: Uuid,
    status: z.enum(['draft', 'confirmed', 'discarded']),
    mode: z.enum(PROPOSAL_MODES),
    onDate: z.string(),
    version: z.number().int(),
    objective: z.object({ assigned: z.number().int(), totalCost: z.number() }),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    items: z.array(ProposalItem),
    experts: z.array(ProposalExpert),
  })
  .meta({ id: 'Proposal' });
export type Proposal = z.output<typeof Proposal>;

export const ProposalResponse = z.object({ proposal: Proposal.nullable() }).meta({ id: 'ProposalResponse' });
export type ProposalResponse = z.output<typeof ProposalResponse>;

export const EditProposalItemRequest = z.strictObject({
  version: z.number().int().min(1),
  participationId: Uuid,
  expertUserId: Uuid.nullable().describe('null leaves the enterprise unassigned'),
  reason: z.string().trim().max(500).optional().describe('required when the pair breaks a hard rule'),
});
export type EditProposalItemRequest = z.output<typeof EditProposalItemRequest>;

export const ConfirmProposalRequest = z.strictObject({ version: z.number().int().min(1) });
export type ConfirmProposalRequest = z.output<typeof ConfirmProposalRequest>;

export const ConfirmProposalResult = z.object({
  assigned: z.number().int(),
  moved: z.number().int(),
  proposal: Proposal,
});
export type ConfirmProposalResult = z.output<typeof ConfirmProposalResult>;

export const Coverage = z.object({
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string().nullable(),
      bodyId: Uuid,
      bodyName: z.string(),
      selected: z.number().int().describe('handed to the body, not rejected or withdrawn'),
      assigned: z.number().int().describe('with an assistance expert (finished ones: had one)'),
      unassigned: z.number().int(),
    }),
  ),
  bodies: z.array(
    z.object({
      bodyId: Uuid,
      bodyName: z.string(),
      groups: z.number().int(),
      experts: z.number().int(),
      selected: z.number().int(),
      assigned: z.number().int(),
    }),
  ),
  unassigned: z.array(
    z.object({
      participationId: Uuid,
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
      userId: Uuid,
      displayName: z.string(),
      bodyName: z.string(),
      load: z.number().int(),
      capacity: z.number().int(),
    }),
  ),
});
export type Coverage = z.output<typeof Coverage>;

const GROUP_CHECKS = [
  'WORKING_GROUP_ONE_LEADER',
  'WORKING_GROUP_NEEDS_EXPERT',
  'WORKING_GROUP_DUPLICATE_MEMBER',
  'WORKING_GROUP_MEMBER_ROLE',
  'REGION_UNKNOWN',
  'REGION_RETIRED',
] as const;

export const matching = defineContract('matching', {
  workingGroups: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/working-groups',
    permission: 'working_group:read',
    summary: 'Working groups of the campaign (a body: its own)',
    params: IdParams,
    answer: WorkingGroupList,
    errors: ['NOT_FOUND'],
  },
  createWorkingGroup: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/working-groups',
    permission: 'working_group:write',
    summary: 'Form a working group: one leader, managers, experts, regions covered',
    params: IdParams,
    body: SaveWorkingGroupRequest,
    status: 201,
    answer: WorkingGroup,
    errors: ['NOT_FOUND', ...GROUP_CHECKS],
  },
  coverage: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/assignment-coverage',
    permission: 'assignment:read',
    summary: 'Assignment coverage by region and body, unassigned enterprises with reasons, expert workload',
    params: IdParams,
    answer: Coverage,
    errors: ['NOT_FOUND'],
  },
  workingGroup: {
    method: 'GET',
    path: '/api/v1/working-groups/:id',
    permission: 'working_group:read',
    summary: 'One working group',
    params: IdParams,
    answer: WorkingGroup,
    errors: ['NOT_FOUND'],
  },
  updateWorkingGroup: {
    method: 'POST',
    path: '/api/v1/working-groups/:id',
    permission: 'working_group:write',
    summary: 'Change a working group (version checked)',
    params: IdParams,
    body: UpdateWorkingGroupRequest,
    answer: WorkingGroup,
    errors: ['NOT_FOUND', 'VERSION_CONFLICT', ...GROUP_CHECKS],
  },
  proposal: {
    method: 'GET',
    path: '/api/v1/working-groups/:id/proposal',
    permission: 'working_group:write',
    summary: 'The group’s current draft proposal, else its latest confirmed one',
    params: IdParams,
    answer: ProposalResponse,
    errors: ['NOT_FOUND'],
  },
  runProposal: {
    method: 'POST',
    path: '/api/v1/working-groups/:id/proposal',
    permission: 'working_group:write',
    summary: 'Solve the optimal assignment for the group (min-cost flow); replaces the draft',
    params: IdParams,
    body: RunProposalRequest,
    answer: ProposalResponse,
    errors: ['NOT_FOUND'],
  },
  editProposalItem: {
    method: 'POST',
    path: '/api/v1/working-groups/:id/proposal/items',
    permission: 'working_group:write',
    summary:
      'Change one pair by hand; a pair breaking a hard rule needs a reason (422 ASSIGNMENT_OVERRIDE_REASON_REQUIRED)',
    params: IdParams,
    body: EditProposalItemRequest,
    answer: ProposalResponse,
    errors: [
      'NOT_FOUND',
      'VERSION_CONFLICT',
      'PROPOSAL_NOT_DRAFT',
      'EXPERT_NOT_IN_BODY',
      'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
    ],
  },
  confirmProposal: {
    method: 'POST',
    path: '/api/v1/working-groups/:id/proposal/confirm',
    permission: 'working_group:write',
    summary: 'Confirm the draft: each pair runs the assign command (or moves the expert on re-plan), all or nothing',
    params: IdParams,
    body: ConfirmProposalRequest,
    answer: ConfirmProposalResult,
    // each pair runs the assign command (contracts/participations.ts transition) inside the one transaction
    errors: [
      'NOT_FOUND',
      'VERSION_CONFLICT',
      'PROPOSAL_NOT_DRAFT',
      'PROPOSAL_EMPTY',
      'PROPOSAL_STALE',
      'ILLEGAL_TRANSITION',
      'TRANSITION_ROLE_FORBIDDEN',
      'EXPERT_REQUIRED',
      'EXPERT_NOT_IN_BODY',
      'EXPERT_CAPACITY_EXCEEDED',
      'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
    ],
  },
});
