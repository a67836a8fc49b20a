/**
 * 现场调研 (003 §6.5, Annex A; ADR 0014): the assigned expert or their body records the survey, the enterprise and
 * the region's bureaus read it. A draft kept offline comes back with the revision it started from and is merged per
 * sub-item (domain/survey mergeSurveyDrafts); what changed on both sides keeps the server's value and is returned.
 */
import { z } from 'zod';
import {
  DIRECTIONS,
  POLICY_CHANGE_KINDS,
  PROBLEM_CLASSES,
  RESOURCE_KINDS,
  SURVEY_CHECK_RESULTS,
  SURVEY_CHECKS,
  SURVEY_METHODS,
  SURVEY_STATUSES,
  URGENCY_LEVELS,
  type SurveyTemplate,
} from '../domain/survey/annex-a-template.js';
import type { Survey } from '../domain/survey/survey.js';
import type { ErrorCode } from '../domain/errors/codes.js';
import { IdParams, IsoDate } from './shared.js';
import { defineContract } from './endpoint.js';

const Text = (max: number) => z.string().max(max);
const Opt = (max: number) => Text(max).nullable().optional();
/** The keys of one of the domain's lists (Annex A's statuses, methods, urgencies…) as an enum. */
export const keysOf = <K extends string>(list: ReadonlyArray<{ key: K }>) => z.enum(list.map((x) => x.key));

export const SurveyStatusEnum = keysOf(SURVEY_STATUSES);
export const SurveyMethodEnum = keysOf(SURVEY_METHODS);
export const SurveyCheckKeyEnum = keysOf(SURVEY_CHECKS);
export const SurveyCheckResultEnum = z.enum(SURVEY_CHECK_RESULTS);
export const UrgencyEnum = keysOf(URGENCY_LEVELS);
export const ProblemClassEnum = keysOf(PROBLEM_CLASSES);
export const ResourceKindEnum = keysOf(RESOURCE_KINDS);
export const PolicyChangeKindEnum = keysOf(POLICY_CHANGE_KINDS);

export const Interviewee = z.strictObject({ name: Text(50), position: Text(50), department: Opt(50) });
export const EnterpriseIdeas = z.strictObject({
  ideas: Text(4000),
  hasMeasures: z.boolean().nullable(),
  measures: Opt(4000),
});
export const SurveyOverview = z.strictObject({
  situation: Opt(4000),
  qualityManagementLevel: Opt(2000),
  startingPoint: Opt(2000),
});
export const ResourceCommitment = z.strictObject({ kind: ResourceKindEnum, description: Text(2000), limit: Opt(200) });
export const PolicyChange = z.strictObject({
  kind: PolicyChangeKindEnum,
  description: Text(2000),
  canRespond: z.boolean().nullable().optional(),
  response: Opt(2000),
});

/**
 * The survey record: the shapes and the domain's lists here, the rules (keys of the template, completion) in
 * domain/survey/survey.ts. Typed as the domain's Survey, so the compiler holds the two together.
 */
export const SurveyContent: z.ZodType<Survey, Survey> = z
  .strictObject({
    templateId: Text(64),
    templateVersion: z.number().int().min(1),
    surveyedOn: IsoDate.nullable().optional(),
    answers: z.record(
      z.string().max(40),
      z.strictObject({
        status: SurveyStatusEnum.nullable().optional(),
        finding: Opt(4000),
        evidenceFileIds: z.array(z.string().uuid()).max(30).optional(),
        value: z.number().nullable().optional(),
        unit: Opt(20),
        period: Opt(40),
      }),
    ),
    methods: z.array(SurveyMethodEnum).max(10),
    interviewees: z.array(Interviewee).max(100),
    checks: z.partialRecord(SurveyCheckKeyEnum, z.strictObject({ result: SurveyCheckResultEnum, note: Opt(1000) })),
    urgentProblems: z
      .array(
        z.strictObject({
          title: Text(200),
          urgency: UrgencyEnum,
          class: ProblemClassEnum,
          description: Text(4000),
          itemKey: Opt(40),
        }),
      )
      .max(50),
    enterpriseIdeas: EnterpriseIdeas.nullable().optional(),
    overview: SurveyOverview.nullable().optional(),
    resourcesCommitted: z.array(ResourceCommitment).max(50),
    policyChanges: z.array(PolicyChange).max(50),
  })
  .meta({ id: 'SurveyContent' });
export type SurveyContent = z.output<typeof SurveyContent>;

/** The template a survey follows (Annex A as data, or a region's adaptation), typed as the domain's. */
export const SurveyTemplateSchema: z.ZodType<SurveyTemplate, SurveyTemplate> = z
  .object({
    id: z.string(),
    version: z.number().int(),
    zh: z.string(),
    en: z.string(),
    source: z.string(),
    items: z.array(
      z.object({
        key: z.string(),
        zh: z.string(),
        en: z.string(),
        clause: z.string(),
        subItems: z.array(
          z.object({
            key: z.string(),
            zh: z.string(),
            en: z.string(),
            measure: z
              .object({
                unit: z.string(),
                direction: z.enum(DIRECTIONS),
                min: z.number().optional(),
                max: z.number().optional(),
                integer: z.boolean().optional(),
              })
              .optional(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'SurveyTemplate' });

/** What still stands between a draft and its next step: the field, the code and the message in the caller's language. */
export const OpenProblem = z.object({ field: z.string(), code: z.string(), message: z.string() });

export const SurveyView = z
  .object({
    template: SurveyTemplateSchema.describe('the survey template (Annex A as data) this survey follows'),
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
