import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';

const T = (max: number) => z.string().max(max);
const O = (max: number) => T(max).nullable().optional();

export const IndicatorSchema = z.strictObject({
  key: T(40),
  itemKey: T(40).describe('one of the 9 Annex A / evaluation items'),
  name: T(200),
  unit: T(20),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  baseline: z.number().nullable().describe('提升前; from the survey when it measured it'),
  target: z.number().describe('提升目标'),
  method: T(500).describe('how the after-value is measured'),
  subItemKey: O(40),
});

/** The plan (003 §6.6.1 a–h) with its indicators; the rules are in domain/plan/plan.ts. */
export const PlanContent = z.strictObject({
  organization: z
    .array(z.strictObject({ element: T(40), title: T(200), description: O(2000), due: IsoDate.nullable().optional() }))
    .max(100),
  resources: z.array(z.strictObject({ type: T(40), description: T(2000) })).max(50),
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
    .array(z.strictObject({ audience: T(40), topics: z.array(T(200)).max(30), plannedOn: IsoDate, form: O(40) }))
    .max(50),
  monitoring: z.strictObject({ qualityPlan: O(4000), acceptanceConditions: O(4000), standardsAndMethods: O(4000) }),
  milestones: z
    .array(z.strictObject({ title: T(200), goal: T(1000), deliverables: z.array(T(200)).max(30), due: IsoDate }))
    .max(30),
  other: z.strictObject({ notes: O(4000), fileIds: z.array(z.string().uuid()).max(30).optional() }),
  indicators: z.array(IndicatorSchema).max(60),
});

export const PlanVersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'submitted', 'commented', 'revised', 'accepted', 'superseded']),
  plan: PlanContent,
  amendReason: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  acceptedAt: z.string().nullable(),
  acceptedByName: z.string().nullable(),
  lockVersion: z.number().int(),
  comments: z.array(
    z.object({
      id: z.string().uuid(),
      authorName: z.string(),
      authorRole: z.string(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** What still stands between the draft and submission. */
  openProblems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});

export const PlanOverview = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.string(),
      createdAt: z.string(),
      acceptedAt: z.string().nullable(),
      amendReason: z.string().nullable(),
    }),
  ),
  current: PlanVersionSchema.nullable().describe('the latest version'),
  baselineVersion: z.number().int().nullable().describe('the accepted version that the evaluation scores against'),
  availableActions: z.array(z.enum(['submit', 'comment', 'revise', 'accept', 'amend'])),
  editable: z.boolean(),
});

export const SavePlanRequest = z.strictObject({
  lockVersion: z.number().int().min(0).describe('0 creates version 1'),
  plan: PlanContent,
});
export const PlanActionRequest = z.strictObject({
  action: z.enum(['submit', 'revise', 'amend']),
  lockVersion: z.number().int().min(1),
  reason: z.string().trim().max(1000).optional().describe('required to amend an accepted plan (003 §6.7.3)'),
});
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

export const IndicatorsResponse = z.object({
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
