/**
 * The eligibility screening of a participation (003 §6.2.3; ADR 0009, 0025): each item with who verified it, when,
 * where and the evidence; the outcome; the bureau's recorded correction of the size figures; the waiting list (候补).
 */
import { z } from 'zod';
import { SCREENING_ITEMS } from '../domain/intake/screening.js';
import { IdParams } from './shared.js';
import { defineContract } from './endpoint.js';

const ItemKey = z.enum(SCREENING_ITEMS.map((i) => i.key) as [string, ...string[]]);

export const ScreeningItem = z.object({
  key: ItemKey,
  result: z.enum(['pass', 'fail', 'unknown']),
  ruleUndecided: z
    .boolean()
    .optional()
    .describe('a rule item its rule could not settle: the officer answers it with evidence and source'),
  evidence: z.string().optional(),
  source: z.string().optional().describe('where a list check was verified, e.g. 国家企业信用信息公示系统'),
  verifiedBy: z.string().optional(),
  verifiedAt: z.string().optional(),
});

const FigureValues = {
  sizeIndustry: z.string().nullable().describe('row of the 2017 size rule (GET /rules/enterprise-size/industries)'),
  employees: z.number().nullable(),
  revenueWan: z.number().nullable(),
  assetsWan: z.number().nullable(),
};

const FigureCorrection = z.object({
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  before: z.object(FigureValues).partial(),
  after: z.object(FigureValues).partial(),
});

export const ScreeningView = z
  .object({
    items: z.array(ScreeningItem),
    summary: z.object({
      passed: z.array(z.string()),
      failed: z.array(z.string()),
      open: z.array(z.string()),
      outcome: z.enum(['eligible', 'ineligible', 'undetermined']),
    }),
    note: z.string().nullable(),
    version: z.number().int().describe('0 when nothing was recorded yet'),
    waitlisted: z.boolean(),
    figures: z
      .object({
        ...FigureValues,
        sizeClass: z.string().nullable().describe('by the 2017 rule; null when the figures do not settle it'),
        participationVersion: z.number().int().describe('send back with a figure correction'),
        corrections: z
          .array(FigureCorrection)
          .describe('every correction, oldest first, with old and new values and the reason'),
      })
      .describe("the application's size figures as they stand"),
  })
  .meta({ id: 'ScreeningView' });
export type ScreeningView = z.infer<typeof ScreeningView>;

export const RecordScreeningRequest = z.strictObject({
  version: z.number().int().min(0),
  items: z
    .array(
      z.strictObject({
        key: ItemKey,
        result: z.enum(['pass', 'fail', 'unknown']),
        evidence: z.string().trim().max(1000).optional(),
        source: z.string().trim().max(200).optional(),
      }),
    )
    .max(SCREENING_ITEMS.length),
  note: z.string().trim().max(2000).optional(),
});
export type RecordScreeningRequest = z.output<typeof RecordScreeningRequest>;

export const WaitlistRequest = z.strictObject({ waitlisted: z.boolean(), version: z.number().int().min(1) });
export type WaitlistRequest = z.output<typeof WaitlistRequest>;

/** A bureau's correction of the application's size figures (only the given ones change; null clears one). */
export const CorrectFiguresRequest = z.strictObject({
  version: z.number().int().min(1).describe("the participation's version"),
  sizeIndustry: z.string().trim().max(40).nullable().optional(),
  employees: z.number().int().min(0).nullable().optional(),
  revenueWan: z.number().min(0).nullable().optional(),
  assetsWan: z.number().min(0).nullable().optional(),
  reason: z.string().trim().max(1000).describe('why the figures change (kept with the old and new values)'),
});
export type CorrectFiguresRequest = z.output<typeof CorrectFiguresRequest>;

export const screening = defineContract('screening', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/screening',
    permission: 'screening:read',
    summary: 'The eligibility screening: each item with evidence, and the outcome',
    params: IdParams,
    answer: ScreeningView,
    errors: ['NOT_FOUND'],
  },
  record: {
    method: 'POST',
    path: '/api/v1/participations/:id/screening',
    permission: 'screening:write',
    summary: 'Record screening items (who, when, source, result, evidence)',
    params: IdParams,
    body: RecordScreeningRequest,
    answer: ScreeningView,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION', 'VERSION_CONFLICT', 'SCREENING_DECIDED_BY_RULE', 'REQUIRED'],
  },
  correctFigures: {
    method: 'POST',
    path: '/api/v1/participations/:id/screening/figures',
    permission: 'screening:write',
    summary:
      "Correct the application's size figures (size row, employees, revenue, assets) with a reason; the size is derived again",
    params: IdParams,
    body: CorrectFiguresRequest,
    answer: ScreeningView,
    errors: [
      'NOT_FOUND',
      'ILLEGAL_TRANSITION',
      'VERSION_CONFLICT',
      'FIGURES_UNCHANGED',
      'NUMBER_INVALID',
      'REASON_REQUIRED',
      'SIZE_INDUSTRY_UNKNOWN',
    ],
  },
  setWaitlisted: {
    method: 'POST',
    path: '/api/v1/participations/:id/waitlist',
    permission: 'screening:write',
    summary: 'Put a screened enterprise on (or off) the waiting list',
    params: IdParams,
    body: WaitlistRequest,
    answer: ScreeningView,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION', 'VERSION_CONFLICT'],
  },
});
