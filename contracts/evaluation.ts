/**
 * Acceptance evaluation by expert panels (seed 003 §6.9, Annex C 表 C.1, Table 1, Table 2): the bureau forms the
 * panel, each rater fills the C.1 table from the accepted plan's indicators with the "after" values and their
 * evidence, and the panel leader's sign-off locks the aggregated result and moves the stage to 已评价.
 */
import { z } from 'zod';
import { AGGREGATIONS, ITEM_RULES } from '../domain/evaluation/annex-c.js';
import { ACTION_KINDS, SUMMARY_SECTIONS, SUMMARY_SECTION_MAX } from '../domain/evaluation/enterprise-side.js';
import { EVALUATOR_KINDS } from '../domain/evaluation/pool.js';
import { defineContract } from './endpoint.js';
import { EvaluationGrade, EvaluationItemKey, GradeBands } from './rules.js';
import { IdParams, IndustryCode, IsoDate, RegionCode, Uuid } from './shared.js';

export const FormPanelRequest = z.strictObject({
  leaderUserId: Uuid.describe('评价组组长: an evaluation expert, also a rater'),
  memberUserIds: z.array(Uuid).max(8).describe('the other raters'),
  documentReview: z.boolean().describe('003 §6.9.3 文件评审'),
  onsiteReview: z.boolean().describe('003 §6.9.3 现场评审'),
  startsOn: IsoDate,
  endsOn: IsoDate,
  aggregation: z.enum(AGGREGATIONS).default('mean').describe('how the raters’ totals combine'),
  itemRule: z.enum(ITEM_RULES).default('all').describe('an item with several indicators: all met, or any met'),
  bands: GradeBands.optional().describe(
    'the panel’s Table 2 bands; default the campaign’s bands (Table 2 when it set none)',
  ),
});
export type FormPanelRequest = z.output<typeof FormPanelRequest>;

export const SaveSheetRequest = z.strictObject({
  values: z
    .array(
      z.strictObject({
        indicatorKey: z.string().min(1).max(64),
        after: z.number().nullable().describe('提升后; null = not measured'),
        evidence: z.string().trim().max(2000).describe('how the after value was found (required with a value)'),
        fileId: Uuid.nullable().optional(),
      }),
    )
    .max(60),
});
export type SaveSheetRequest = z.output<typeof SaveSheetRequest>;

/** 003 §6.9.2: a 评审员's certification or an industry expert's recommendation, recorded by the bureau. */
export const Qualification = z
  .strictObject({
    kind: z.enum(EVALUATOR_KINDS).describe('auditor = 评审员 (§6.9.2 a); industry_expert = 行业专家 (§6.9.2 b)'),
    certificateNumber: z.string().trim().max(64).nullable().default(null).describe('a) 资格证书编号'),
    issuingBody: z.string().trim().max(120).nullable().default(null).describe('a) 发证机构'),
    validFrom: IsoDate.nullable().default(null),
    validUntil: IsoDate.nullable().default(null).describe('a) 有效期至'),
    recommendedBy: z
      .string()
      .trim()
      .max(120)
      .nullable()
      .default(null)
      .describe('b) 推荐单位: authority, association or institution'),
    industries: z.array(IndustryCode).max(10).default([]).describe('b) the industries represented'),
    regionCode: RegionCode.nullable().default(null).describe('b) the region'),
  })
  .meta({ id: 'EvaluatorQualification' });
export type Qualification = z.output<typeof Qualification>;

/** One panel for several enterprises (003 §6.9.1): same members, method and dates; impartiality per enterprise. */
export const FormBatchPanelRequest = z.strictObject({
  ...FormPanelRequest.shape,
  participationIds: z.array(Uuid).min(1).max(50),
  skipRefused: z.boolean().default(false).describe('form the others when some enterprises have a refused member'),
});
export type FormBatchPanelRequest = z.output<typeof FormBatchPanelRequest>;

export const BatchPanelAnswer = z.object({
  items: z.array(
    z.object({
      participationId: Uuid,
      enterpriseName: z.string(),
      outcome: z.enum(['formed', 'skipped']),
      refusals: z.array(z.object({ userId: Uuid, name: z.string(), rule: z.string() })),
    }),
  ),
});

/** Annex C.2: the enterprise's own C.1 table (after values and how it knows them). */
export const SaveSelfAssessmentRequest = SaveSheetRequest;

const SummaryText = z.string().max(SUMMARY_SECTION_MAX);
export const SaveSummaryRequest = z.strictObject({
  sections: z.strictObject(
    Object.fromEntries(SUMMARY_SECTIONS.map((k) => [k, SummaryText.default('')])) as Record<
      (typeof SUMMARY_SECTIONS)[number],
      z.ZodDefault<typeof SummaryText>
    >,
  ),
});
export type SaveSummaryRequest = z.output<typeof SaveSummaryRequest>;

const ActionItemSchema = z.strictObject({
  kind: z.enum(ACTION_KINDS),
  action: z.string().trim().max(500),
  owner: z.string().trim().max(60),
  dueOn: IsoDate,
  done: z.boolean().default(false),
  doneOn: IsoDate.nullable().default(null),
  followUp: z.string().trim().max(1000).default('').describe('the assisting body’s follow-up note'),
});
export const SaveActionPlanRequest = z.strictObject({ items: z.array(ActionItemSchema).max(30) });
export type SaveActionPlanRequest = z.output<typeof SaveActionPlanRequest>;

export const SignOffRequest = z.strictObject({
  version: z.number().int().min(1).describe('the panel version the leader saw'),
});
export const ReopenRequest = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(500),
});

const SheetRow = z.object({
  indicatorKey: z.string(),
  item: EvaluationItemKey,
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  before: z.number().nullable(),
  target: z.number(),
  after: z.number().nullable(),
  met: z.boolean(),
  improved: z.boolean(),
  evidence: z.string(),
  fileId: z.string().nullable(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string().nullable(),
});
const ItemScoreSchema = z.object({
  item: EvaluationItemKey,
  points: z.number().int(),
  indicators: z.number().int(),
  reason: z.enum(['met', 'not_met', 'no_indicator']),
});

export const EvaluationView = z
  .object({
    participationId: Uuid,
    stage: z.string(),
    indicators: z
      .array(
        z.object({
          indicatorKey: z.string(),
          item: EvaluationItemKey,
          name: z.string(),
          unit: z.string(),
          direction: z.enum(['higher_is_better', 'lower_is_better']),
          before: z.number().nullable(),
          target: z.number(),
        }),
      )
      .describe('the accepted plan’s indicators: the rows of every C.1 table'),
    panel: z
      .object({
        id: Uuid,
        version: z.number().int(),
        status: z.enum(['open', 'signed_off']),
        leaderUserId: Uuid,
        members: z.array(z.object({ userId: Uuid, name: z.string(), leader: z.boolean(), scored: z.boolean() })),
        documentReview: z.boolean(),
        onsiteReview: z.boolean(),
        startsOn: IsoDate,
        endsOn: IsoDate,
        aggregation: z.enum(AGGREGATIONS),
        itemRule: z.enum(ITEM_RULES),
        bands: GradeBands,
        signedOffByName: z.string().nullable(),
        signedOffAt: z.string().nullable(),
        reopenReason: z.string().nullable(),
      })
      .nullable(),
    sheets: z.array(
      z.object({
        raterUserId: Uuid,
        raterName: z.string(),
        rows: z.array(SheetRow),
        items: z.array(ItemScoreSchema),
        total: z.number(),
        grade: EvaluationGrade,
        effective: z.boolean(),
      }),
    ),
    bandsInForce: GradeBands.describe('the Table 2 bands that grade this evaluation'),
    bandsSource: z
      .enum(['panel', 'campaign', 'table2'])
      .describe(
        'panel: recorded when the panel was formed (never regraded by a campaign change); campaign: the campaign’s own; table2: 003 Table 2',
      ),
    selfAssessment: z
      .object({
        rows: z.array(SheetRow),
        items: z.array(ItemScoreSchema),
        total: z.number(),
        grade: EvaluationGrade,
        updatedByName: z.string(),
        updatedAt: z.string(),
      })
      .nullable()
      .describe('Annex C.2: the enterprise’s own C.1 table, shown beside the panel’s sheets, never counted'),
    summary: z
      .object({
        sections: z.record(z.enum(SUMMARY_SECTIONS), z.string()),
        missing: z.array(z.enum(SUMMARY_SECTIONS)),
        updatedByName: z.string(),
        updatedAt: z.string(),
      })
      .nullable()
      .describe('《企业实施情况及成效总结》 (001 §四(三))'),
    actionPlan: z
      .object({
        items: z.array(ActionItemSchema.required()),
        updatedByName: z.string(),
        updatedAt: z.string(),
      })
      .nullable()
      .describe('the improvement and innovation action plan (003 §6.9.7)'),
    actionPlanRequired: z.boolean().describe('003 §6.9.7: graded 不合格, the plan is mandatory before closing'),
    differences: z.array(
      z.object({ item: EvaluationItemKey, points: z.record(z.string(), z.number()), differs: z.boolean() }),
    ),
    result: z
      .object({ total: z.number(), grade: EvaluationGrade, raters: z.number().int() })
      .nullable()
      .describe('the aggregated result of the sheets so far (locked once signed off)'),
    you: z.object({
      mayScore: z.boolean(),
      maySignOff: z.boolean(),
      mayReopen: z.boolean(),
      mayFormPanel: z.boolean(),
      maySelfAssess: z.boolean(),
      mayEditSummary: z.boolean(),
      mayEditActionPlan: z.boolean(),
      raterUserId: Uuid.nullable().describe('the caller, when a member of the panel'),
    }),
  })
  .meta({ id: 'EvaluationView' });
export type EvaluationView = z.output<typeof EvaluationView>;

const PANEL_ERRORS = [
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'DATE_ORDER',
  'EVALUATION_STAGE',
  'EVALUATION_LOCKED',
  'EVALUATOR_NOT_EXPERT',
  'EVALUATOR_IMPARTIALITY_CONFLICT',
  'EVALUATOR_OF_ASSISTING_BODY',
  'GRADE_BANDS_INVALID',
  'GRADE_BANDS_GAP',
  'GRADE_BANDS_OVERLAP',
  'EVALUATOR_NOT_QUALIFIED',
  'PANEL_AUDITOR_REQUIRED',
] as const;

export const EvaluatorPool = z.object({
  items: z.array(
    z.object({
      userId: Uuid,
      name: z.string(),
      organizationName: z.string(),
      qualification: Qualification.nullable(),
      mayRecord: z.boolean().describe('the caller’s bureau holds the jurisdiction of the expert’s organization'),
    }),
  ),
});

export const evaluation = defineContract('evaluation', {
  pool: {
    method: 'GET',
    path: '/api/v1/evaluation/experts',
    permission: 'evaluation:panel',
    summary: 'The evaluation experts a bureau may appoint to a panel (003 §6.9.2)',
    answer: EvaluatorPool,
    errors: [],
  },
  recordQualification: {
    method: 'POST',
    path: '/api/v1/evaluation/experts/:id/qualification',
    permission: 'evaluation:panel',
    summary: 'Record an evaluation expert’s qualification: 评审员 certificate or 行业专家 recommendation (003 §6.9.2)',
    description: 'The bureau whose jurisdiction holds the expert’s organization records it; others see 404.',
    params: IdParams,
    body: Qualification,
    answer: EvaluatorPool,
    errors: ['NOT_FOUND', 'QUALIFICATION_INCOMPLETE', 'DATE_ORDER'],
  },
  formBatchPanel: {
    method: 'POST',
    path: '/api/v1/evaluation/panels',
    permission: 'evaluation:panel',
    summary: 'Form one panel for several enterprises at once (same members, method and dates)',
    description:
      'Impartiality is checked per enterprise; the refusal names each enterprise and member refused. All or nothing unless skipRefused.',
    body: FormBatchPanelRequest,
    answer: BatchPanelAnswer,
    errors: [...PANEL_ERRORS, 'BATCH_PANEL_REFUSED'],
  },
  saveSelfAssessment: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/self-assessment',
    permission: 'evaluation:enterprise',
    summary: 'The enterprise’s self-evaluation with the C.1 table before the panel scores (003 Annex C.2)',
    params: IdParams,
    body: SaveSelfAssessmentRequest,
    answer: EvaluationView,
    errors: ['NOT_FOUND', 'SELF_ASSESSMENT_CLOSED', 'EVALUATION_EVIDENCE_REQUIRED', 'VALIDATION_FAILED'],
  },
  saveSummary: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/summary',
    permission: 'evaluation:enterprise',
    summary: 'The enterprise’s 《企业实施情况及成效总结》 (001 §四(三)), by section',
    params: IdParams,
    body: SaveSummaryRequest,
    answer: EvaluationView,
    errors: ['NOT_FOUND', 'EVALUATION_STAGE'],
  },
  summaryDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/evaluation/summary/docx',
    permission: 'evaluation:read',
    summary: 'The enterprise’s summary as Word, with the indicators before, target and after',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  saveActionPlan: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/action-plan',
    permission: 'evaluation:action_plan',
    summary: 'The improvement and innovation action plan after the evaluation, followed by the body (003 §6.9.7)',
    params: IdParams,
    body: SaveActionPlanRequest,
    answer: EvaluationView,
    errors: ['NOT_FOUND', 'EVALUATION_STAGE', 'ACTION_PLAN_EMPTY', 'VALIDATION_FAILED', 'DATE_IN_FUTURE'],
  },
  view: {
    method: 'GET',
    path: '/api/v1/participations/:id/evaluation',
    permission: 'evaluation:read',
    summary: 'The panel, each rater’s C.1 table, the differences per item and the aggregated result',
    params: IdParams,
    answer: EvaluationView,
    errors: ['NOT_FOUND'],
  },
  docx: {
    method: 'GET',
    path: '/api/v1/participations/:id/evaluation/docx',
    permission: 'evaluation:read',
    summary: 'The evaluation table C.1 of every rater with the result and the panel’s signatures block, as Word',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  formPanel: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/panel',
    permission: 'evaluation:panel',
    summary: 'Form (or change, before any sheet) the evaluation panel: leader, members, method, dates, rules',
    description:
      'Each member must be an evaluation expert who neither assisted the enterprise (the impartiality register, cooling-off included) nor belongs to its assisting certification body.',
    params: IdParams,
    body: FormPanelRequest,
    answer: EvaluationView,
    errors: [...PANEL_ERRORS],
  },
  saveSheet: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/sheet',
    permission: 'evaluation:score',
    summary: 'The calling rater’s C.1 table: the after value and its evidence per indicator',
    params: IdParams,
    body: SaveSheetRequest,
    answer: EvaluationView,
    errors: [
      'NOT_FOUND',
      'EVALUATION_LOCKED',
      'EVALUATION_NOT_PANEL_MEMBER',
      'EVALUATION_EVIDENCE_REQUIRED',
      'VALIDATION_FAILED',
    ],
  },
  signOff: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/sign-off',
    permission: 'evaluation:score',
    summary: 'The panel leader signs off: the aggregated total and grade are locked and the stage becomes 已评价',
    params: IdParams,
    body: SignOffRequest,
    answer: EvaluationView,
    errors: [
      'NOT_FOUND',
      'VERSION_CONFLICT',
      'EVALUATION_LOCKED',
      'EVALUATION_NOT_LEADER',
      'EVALUATION_SHEETS_MISSING',
      'EVALUATION_STAGE',
    ],
  },
  reopen: {
    method: 'POST',
    path: '/api/v1/participations/:id/evaluation/reopen',
    permission: 'evaluation:score',
    summary: 'The panel leader reopens a signed-off evaluation, with the reason recorded',
    params: IdParams,
    body: ReopenRequest,
    answer: EvaluationView,
    errors: ['NOT_FOUND', 'VERSION_CONFLICT', 'EVALUATION_NOT_LEADER', 'EVALUATION_NOT_SIGNED_OFF', 'EVALUATION_STAGE'],
  },
});
