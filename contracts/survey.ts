/**
 * 现场调研 (003 §6.5, Annex A; ADR 0014): the assigned expert or their body records the survey, the enterprise and
 * the region's bureaus read it. A draft kept offline comes back with the revision it started from and is merged per
 * sub-item (domain/survey mergeSurveyDrafts); what changed on both sides keeps the server's value and is returned.
 */
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors/codes.js';
import { IdParams, IsoDate } from './shared.js';
import { defineContract } from './endpoint.js';

const Text = (max: number) => z.string().max(max);
const Opt = (max: number) => Text(max).nullable().optional();

/** The survey record (domain/survey/survey.ts): shapes here, rules (keys, completion) in the domain. */
export const SurveyContent = z
  .strictObject({
    templateId: Text(64),
    templateVersion: z.number().int().min(1),
    surveyedOn: IsoDate.nullable().optional(),
    answers: z.record(
      z.string().max(40),
      z.strictObject({
        status: z.enum(['conforming', 'partial', 'nonconforming', 'not_applicable']).nullable().optional(),
        finding: Opt(4000),
        evidenceFileIds: z.array(z.string().uuid()).max(30).optional(),
        value: z.number().nullable().optional(),
        unit: Opt(20),
        period: Opt(40),
      }),
    ),
    methods: z.array(Text(40)).max(10),
    interviewees: z.array(z.strictObject({ name: Text(50), position: Text(50), department: Opt(50) })).max(100),
    checks: z.record(Text(40), z.strictObject({ result: z.enum(['pass', 'fail', 'unknown']), note: Opt(1000) })),
    urgentProblems: z
      .array(
        z.strictObject({
          title: Text(200),
          urgency: Text(20),
          class: Text(40),
          description: Text(4000),
          itemKey: Opt(40),
        }),
      )
      .max(50),
    enterpriseIdeas: z
      .strictObject({ ideas: Text(4000), hasMeasures: z.boolean().nullable(), measures: Opt(4000) })
      .nullable()
      .optional(),
    overview: z
      .strictObject({ situation: Opt(4000), qualityManagementLevel: Opt(2000), startingPoint: Opt(2000) })
      .nullable()
      .optional(),
    resourcesCommitted: z.array(z.strictObject({ kind: Text(40), description: Text(2000), limit: Opt(200) })).max(50),
    policyChanges: z
      .array(
        z.strictObject({
          kind: Text(40),
          description: Text(2000),
          canRespond: z.boolean().nullable().optional(),
          response: Opt(2000),
        }),
      )
      .max(50),
  })
  .meta({ id: 'SurveyContent' });
export type SurveyContent = z.output<typeof SurveyContent>;

/** What still stands between a draft and its next step: the field, the code and the message in the caller's language. */
export const OpenProblem = z.object({ field: z.string(), code: z.string(), message: z.string() });

export const SurveyView = z
  .object({
    template: z.record(z.string(), z.unknown()).describe('the survey template (Annex A as data) this survey follows'),
    survey: SurveyContent,
    status: z.enum(['none', 'draft', 'completed']),
    revision: z.number().int().describe('0 before the first save; send it back as baseRevision'),
    updatedAt: z.string().nullable(),
    progress: z.object({
      answered: z.number().int(),
      total: z.number().int(),
      items: z.array(z.object({ itemKey: z.string(), answered: z.number().int(), total: z.number().int() })),
    }),
    /** What still stands between the draft and completion. */
    openProblems: z.array(OpenProblem),
    editable: z.boolean(),
  })
  .meta({ id: 'SurveyView' });
export type SurveyView = z.output<typeof SurveyView>;

export const SaveSurveyRequest = z.strictObject({
  baseRevision: z
    .number()
    .int()
    .min(0)
    .describe('the revision the draft started from (offline drafts: the one last synced)'),
  survey: SurveyContent,
});
export type SaveSurveyRequest = z.input<typeof SaveSurveyRequest>;

export const SurveyConflict = z.object({
  path: z.string(),
  base: z.unknown(),
  server: z.unknown(),
  local: z.unknown(),
});
export type SurveyConflict = z.output<typeof SurveyConflict>;

export const SaveSurveyResult = SurveyView.extend({
  conflicts: z
    .array(SurveyConflict)
    .describe('changed both here and on the server since baseRevision: the server’s value was kept; show both'),
});
export type SaveSurveyResult = z.output<typeof SaveSurveyResult>;

export const CompleteSurveyRequest = z.strictObject({ revision: z.number().int().min(1) });

/** The participation in the actor's scope (NOT_FOUND) and a template this survey can follow. */
const READ_ERRORS = ['NOT_FOUND', 'SURVEY_TEMPLATE_MISMATCH'] as const satisfies readonly ErrorCode[];
/** Who may write it now (the assisting side, in stage assigned) and the revision it was based on. */
const WRITE_ERRORS = [...READ_ERRORS, 'FORBIDDEN', 'SURVEY_LOCKED', 'VERSION_CONFLICT'] as const;
/** domain/survey surveyProblems of a draft. */
const DRAFT_PROBLEMS = [
  'DATE_INVALID',
  'REQUIRED',
  'SURVEY_ITEM_UNKNOWN',
  'SURVEY_MEASURE_INVALID',
  'SURVEY_SUB_ITEM_UNKNOWN',
  'SURVEY_VALUE_NOT_MEASURE',
  'VALIDATION_FAILED',
] as const satisfies readonly ErrorCode[];
/** …and what completion needs besides. */
const COMPLETION_PROBLEMS = [
  ...DRAFT_PROBLEMS,
  'SURVEY_CHECK_CONTRADICTION',
  'SURVEY_CHECK_REQUIRED',
  'SURVEY_FINDING_REQUIRED',
  'SURVEY_INTERVIEWEE_REQUIRED',
  'SURVEY_MEASURE_PERIOD_REQUIRED',
  'SURVEY_MEASURE_VALUE_OR_FINDING',
  'SURVEY_METHOD_REQUIRED',
  'SURVEY_STATUS_REQUIRED',
  'SURVEY_URGENT_PROBLEM_REQUIRED',
] as const satisfies readonly ErrorCode[];

export const survey = defineContract('survey', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/survey',
    permission: 'survey:read',
    summary: 'The on-site survey (Annex A) with its template, progress and what completion still needs',
    params: IdParams,
    answer: SurveyView,
    errors: READ_ERRORS,
  },
  save: {
    method: 'POST',
    path: '/api/v1/participations/:id/survey',
    permission: 'survey:write',
    summary:
      'Save the survey draft; an offline draft (older baseRevision) is merged per sub-item and conflicts are returned, not overwritten',
    params: IdParams,
    body: SaveSurveyRequest,
    answer: SaveSurveyResult,
    errors: [...WRITE_ERRORS, ...DRAFT_PROBLEMS],
  },
  complete: {
    method: 'POST',
    path: '/api/v1/participations/:id/survey/complete',
    permission: 'survey:write',
    summary: 'Mark the survey complete (every completion rule checked)',
    params: IdParams,
    body: CompleteSurveyRequest,
    answer: SurveyView,
    errors: [...WRITE_ERRORS, ...COMPLETION_PROBLEMS],
  },
});
