/**
 * 认证提升方案, one enterprise one plan (003 §6.6, §6.7.3, Annex C; ADR 0014): drafted by the assistance side,
 * commented on and accepted by the enterprise; every version is kept, the accepted one is the evaluation baseline and
 * its indicators are the contract for the later stages.
 */
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors/codes.js';
import { IdParams, IsoDate, Uuid } from './shared.js';
import { defineContract } from './endpoint.js';
import { keysOf, OpenProblem } from './survey.js';
import {
  ORGANIZATION_ELEMENTS,
  PLAN_RESOURCE_TYPES,
  TRAINING_AUDIENCES,
  TRAINING_FORMS,
  type Plan,
} from '../domain/plans/plan.js';

const T = (max: number) => z.string().max(max);
const O = (max: number) => T(max).nullable().optional();

export const PlanIndicator = z
  .strictObject({
    key: T(40),
    itemKey: T(40).describe('one of the 9 Annex A / evaluation items'),
    name: T(200),
    unit: T(20),
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    baseline: z.number().nullable().describe('提升前; from the survey when it measured it'),
    target: z.number().describe('提升目标'),
    method: T(500).describe('how the after-value is measured'),
    subItemKey: O(40),
  })
  .meta({ id: 'PlanIndicator' });

/** The plan (003 §6.6.1 a–h) with its indicators, typed as the domain's Plan; the rules are in domain/plans/plan.ts. */
export const PlanContent: z.ZodType<Plan, Plan> = z
  .strictObject({
    organization: z
      .array(
        z.strictObject({
          element: keysOf(ORGANIZATION_ELEMENTS),
          title: T(200),
          description: O(2000),
          due: IsoDate.nullable().optional(),
        }),
      )
      .max(100),
    resources: z.array(z.strictObject({ type: keysOf(PLAN_RESOURCE_TYPES), description: T(2000) })).max(50),
    evaluation: z.strictObject({
      nodes: z.array(z.strictObject({ title: T(200), date: IsoDate, description: O(2000) })).max(30),
      finalMethod: T(2000),
    }),
    feasibility: z.strictObject({
      discussedWith: T(500),
      discussedOn: IsoDate.nullable().optional(),
      conclusion: T(4000),
    }),
    training: z
      .array(
        z.strictObject({
          audience: keysOf(TRAINING_AUDIENCES),
          topics: z.array(T(200)).max(30),
          plannedOn: IsoDate,
          form: keysOf(TRAINING_FORMS).nullable().optional(),
        }),
      )
      .max(50),
    monitoring: z.strictObject({ qualityPlan: O(4000), acceptanceConditions: O(4000), standardsAndMethods: O(4000) }),
    milestones: z
      .array(z.strictObject({ title: T(200), goal: T(1000), deliverables: z.array(T(200)).max(30), due: IsoDate }))
      .max(30),
    other: z.strictObject({ notes: O(4000), fileIds: z.array(Uuid).max(30).optional() }),
    indicators: z.array(PlanIndicator).max(60),
  })
  .meta({ id: 'PlanContent' });
export type PlanContent = z.output<typeof PlanContent>;

export const PlanComment = z.object({
  id: z.string().uuid(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type PlanComment = z.output<typeof PlanComment>;

export const PlanVersion = z
  .object({
    version: z.number().int(),
    status: z.enum(['draft', 'submitted', 'commented', 'revised', 'accepted', 'superseded']),
    plan: PlanContent,
    amendReason: z.string().nullable(),
    createdAt: z.string(),
    createdByName: z.string(),
    acceptedAt: z.string().nullable(),
    acceptedByName: z.string().nullable(),
    lockVersion: z.number().int(),
    comments: z.array(PlanComment),
    /** What still stands between the draft and submission. */
    openProblems: z.array(OpenProblem),
  })
  .meta({ id: 'PlanVersion' });
export type PlanVersion = z.output<typeof PlanVersion>;

export const PlanOverview = z
  .object({
    versions: z.array(
      z.object({
        version: z.number().int(),
        status: z.string(),
        createdAt: z.string(),
        acceptedAt: z.string().nullable(),
        amendReason: z.string().nullable(),
      }),
    ),
    current: PlanVersion.nullable().describe('the latest version'),
    baselineVersion: z.number().int().nullable().describe('the accepted version that the evaluation scores against'),
    availableActions: z.array(z.enum(['submit', 'comment', 'revise', 'accept', 'amend'])),
    editable: z.boolean(),
  })
  .meta({ id: 'PlanOverview' });
export type PlanOverview = z.output<typeof PlanOverview>;

export const SavePlanRequest = z.strictObject({
  lockVersion: z.number().int().min(0).describe('0 creates version 1'),
  plan: PlanContent,
});
export type SavePlanRequest = z.input<typeof SavePlanRequest>;

export const PlanActionRequest = z.strictObject({
  action: z.enum(['submit', 'revise', 'amend']),
  lockVersion: z.number().int().min(1),
  reason: z.string().trim().max(1000).optional().describe('required to amend an accepted plan (003 §6.7.3)'),
});
export type PlanActionRequest = z.input<typeof PlanActionRequest>;

export const PlanResponseRequest = z.strictObject({
  action: z.enum(['comment', 'accept']),
  lockVersion: z.number().int().min(1),
  comment: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .describe('the enterprise’s opinion (003 §6.6.2); required to comment'),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('the participation version seen (accepting moves it to plan_agreed)'),
});
export type PlanResponseRequest = z.input<typeof PlanResponseRequest>;

export const AcceptedIndicators = z.object({
  planVersion: z.number().int().nullable(),
  acceptedAt: z.string().nullable(),
  indicators: z.array(
    z.object({
      key: z.string(),
      itemKey: z.string(),
      subItemKey: z.string().nullable(),
      name: z.string(),
      unit: z.string(),
      direction: z.enum(['higher_is_better', 'lower_is_better']),
      baseline: z.number().nullable(),
      target: z.number(),
      method: z.string(),
    }),
  ),
});
export type AcceptedIndicators = z.output<typeof AcceptedIndicators>;

export const PlanVersionParams = z.object({ id: Uuid, version: z.coerce.number().int().min(1) });

/** The participation in scope and the template of its survey (the indicators' items). */
const READ_ERRORS = ['NOT_FOUND', 'SURVEY_TEMPLATE_MISMATCH'] as const satisfies readonly ErrorCode[];
/** domain/plans planProblems (a draft; submission adds the required sections). */
const PLAN_PROBLEMS = [
  'DATE_ORDER',
  'INDICATOR_TARGET_NOT_IMPROVEMENT',
  'PLAN_INDICATOR_BASELINE_INVALID',
  'PLAN_INDICATOR_DIRECTION_MISMATCH',
  'PLAN_INDICATOR_DUPLICATE',
  'PLAN_INDICATOR_ITEM_UNKNOWN',
  'PLAN_INDICATOR_REQUIRED',
  'PLAN_INDICATOR_SUB_ITEM_MISMATCH',
  'PLAN_INDICATOR_TARGET_INVALID',
  'PLAN_SECTION_REQUIRED',
  'PLAN_TRAINING_AUDIENCE_MISSING',
  'REQUIRED',
  'VALIDATION_FAILED',
] as const satisfies readonly ErrorCode[];
/** Who may act now (side, planning stage) and on which version (domain/plans planTransition). */
const ACTION_ERRORS = [
  ...READ_ERRORS,
  'FORBIDDEN',
  'PLAN_LOCKED',
  'VERSION_CONFLICT',
  'PLAN_ILLEGAL_TRANSITION',
  'REASON_REQUIRED',
] as const satisfies readonly ErrorCode[];

export const plans = defineContract('plans', {
  overview: {
    method: 'GET',
    path: '/api/v1/participations/:id/plan',
    permission: 'plan:read',
    summary: 'The plan: every version, the latest in full, the accepted baseline and what the caller may do',
    params: IdParams,
    answer: PlanOverview,
    errors: READ_ERRORS,
  },
  save: {
    method: 'POST',
    path: '/api/v1/participations/:id/plan',
    permission: 'plan:write',
    summary: 'Save the plan draft (version 1 is created with lockVersion 0); accepted versions are locked',
    params: IdParams,
    body: SavePlanRequest,
    answer: PlanOverview,
    errors: [...READ_ERRORS, 'FORBIDDEN', 'PLAN_LOCKED', 'VERSION_CONFLICT', ...PLAN_PROBLEMS],
  },
  act: {
    method: 'POST',
    path: '/api/v1/participations/:id/plan/actions',
    permission: 'plan:write',
    summary: 'Submit to the enterprise, mark revised, or amend an accepted plan (new version, reason required)',
    params: IdParams,
    body: PlanActionRequest,
    answer: PlanOverview,
    errors: [...ACTION_ERRORS, ...PLAN_PROBLEMS],
  },
  respond: {
    method: 'POST',
    path: '/api/v1/participations/:id/plan/responses',
    permission: 'plan:respond',
    summary: 'The enterprise comments on or accepts the plan; the first acceptance moves it to plan agreed',
    params: IdParams,
    body: PlanResponseRequest,
    answer: PlanOverview,
    // the agree_plan command of domain/lifecycle/transitions.ts runs with the first acceptance
    errors: [...ACTION_ERRORS, 'REQUIRED', 'ILLEGAL_TRANSITION', 'PLAN_NOT_ACCEPTED', 'TRANSITION_ROLE_FORBIDDEN'],
  },
  version: {
    method: 'GET',
    path: '/api/v1/participations/:id/plan/versions/:version',
    permission: 'plan:read',
    summary: 'One version of the plan (earlier versions stay retrievable)',
    params: PlanVersionParams,
    answer: PlanVersion,
    errors: READ_ERRORS,
  },
  versionDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/plan/versions/:version/docx',
    permission: 'plan:read',
    summary: 'One version of the plan as a Word document',
    params: PlanVersionParams,
    answer: 'file',
    errors: READ_ERRORS,
  },
  indicators: {
    method: 'GET',
    path: '/api/v1/participations/:id/indicators',
    permission: 'plan:read',
    summary: 'The accepted plan’s indicators (item, name, unit, direction, baseline, target): the evaluation baseline',
    params: IdParams,
    answer: AcceptedIndicators,
    errors: ['NOT_FOUND'],
  },
});
