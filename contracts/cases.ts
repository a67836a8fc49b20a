/**
 * Excellent cases (seed 003 §6.10, Annex D; seed 002 step 10(2), Annex 1; seed 000 §(四); seed 001 §五(一)): the
 * assistance side writes the case of an evaluated enterprise, the bureaus review it and recommend it upward
 * county → city → province → national, and published cases form a library every signed-in user can search.
 */
import { z } from 'zod';
import { CASE_COMMANDS, CASE_STATUSES } from '../domain/cases/case-flow.js';
import { FIGURE_CAPTION_LIMIT, MAX_CASE_FIGURES } from '../domain/cases/case-figures.js';
import { CASE_PARTS, MAX_DRAFTING_UNITS } from '../domain/cases/case-text.js';
import { defineContract } from './endpoint.js';
import { CaseCheckResponse, CaseParts, EvaluationGrade } from './rules.js';
import { IdParams, IndustryCode, RegionCode, Uuid, pageOf } from './shared.js';

/** 003 Annex D.2 可附图片、图表: an uploaded JPEG/PNG (file purpose case_figure) under one part, with its caption. */
export const CaseFigure = z
  .strictObject({
    fileId: Uuid,
    part: z.enum(CASE_PARTS),
    caption: z.string().trim().min(1).max(FIGURE_CAPTION_LIMIT).describe('shown as 图N caption; not counted'),
  })
  .meta({ id: 'CaseFigure' });

export const SaveCaseRequest = z.strictObject({
  title: z.string().trim().max(500),
  parts: CaseParts,
  draftingUnits: z.array(z.string().trim().max(200)).max(MAX_DRAFTING_UNITS + 2),
  figures: z
    .array(CaseFigure)
    .max(MAX_CASE_FIGURES)
    .default([])
    .describe('in order; numbered part by part in the document; captions do not count toward the 2,000 characters'),
  version: z.number().int().min(0).describe('the case version the writer saw; 0 for a new case'),
});
export type SaveCaseRequest = z.output<typeof SaveCaseRequest>;

export const CaseVersionRequest = z.strictObject({ version: z.number().int().min(1) });
export const ReturnCaseRequest = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(1000),
});

const CaseStatus = z.enum(CASE_STATUSES).meta({ id: 'CaseStatus' });
const Level = z.enum(['national', 'province', 'city', 'county']);

export const CaseSummary = z
  .object({
    id: Uuid,
    participationId: Uuid,
    title: z.string(),
    enterpriseName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string(),
    year: z.number().int(),
    grade: EvaluationGrade.nullable(),
    status: CaseStatus,
    atRegionName: z.string().nullable().describe('the bureau region the case is with'),
    acceptedLevel: Level.nullable().describe('the highest level that accepted (selected) the case'),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    characters: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });

export const CaseView = z
  .object({
    id: Uuid,
    participationId: Uuid,
    version: z.number().int(),
    title: z.string(),
    parts: CaseParts,
    draftingUnits: z.array(z.string()),
    figures: z.array(CaseFigure.extend({ number: z.number().int().describe('图N in the document') })),
    enterpriseName: z.string(),
    bodyName: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string(),
    year: z.number().int(),
    grade: EvaluationGrade.nullable(),
    status: CaseStatus,
    atRegionName: z.string().nullable(),
    acceptedLevel: Level.nullable(),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
    check: CaseCheckResponse,
    chain: z
      .array(z.object({ regionCode: z.string(), regionName: z.string(), level: Level }))
      .describe('the bureaus the case passes, bottom-up'),
    history: z.array(
      z.object({
        command: z.enum(CASE_COMMANDS),
        actorName: z.string(),
        regionName: z.string().nullable(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
    you: z.object({ commands: z.array(z.enum(CASE_COMMANDS)) }),
  })
  .meta({ id: 'CaseView' });
export type CaseView = z.output<typeof CaseView>;

/** The evaluation's before/after figures offered to the editor (003 Annex D.2 d: 提升行动前后的数据对比). */
const Figure = z.object({
  name: z.string(),
  unit: z.string(),
  before: z.number().nullable(),
  target: z.number(),
  after: z.number().nullable(),
  met: z.boolean(),
});

export const ParticipationCase = z
  .object({
    participationId: Uuid,
    enterpriseName: z.string(),
    bodyName: z.string().nullable(),
    stage: z.string(),
    mayWrite: z.boolean().describe('the caller writes this enterprise’s case and the enterprise is evaluated'),
    evaluation: z
      .object({ total: z.number(), grade: EvaluationGrade, figures: z.array(Figure) })
      .nullable()
      .describe('the signed-off evaluation: its total, grade and the C.1 figures'),
    case: CaseView.nullable(),
  })
  .meta({ id: 'ParticipationCase' });
export type ParticipationCase = z.output<typeof ParticipationCase>;

export const LibraryQuery = z.object({
  regionCode: RegionCode.optional().describe('the region and everything within it'),
  industryCode: IndustryCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  grade: EvaluationGrade.optional(),
  q: z.string().trim().max(100).optional().describe('words of the title or the enterprise name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ReviewQueue = z.object({
  items: z.array(CaseSummary.extend({ commands: z.array(z.enum(CASE_COMMANDS)) })),
});

const TargetStatus = z.enum(['below', 'met', 'above']);
export const CaseTargets = z
  .object({
    bodies: z.array(z.object({ bodyId: Uuid, bodyName: z.string(), cases: z.number().int(), status: TargetStatus })),
    districts: z.array(
      z.object({ regionCode: z.string(), regionName: z.string(), cases: z.number().int(), status: TargetStatus }),
    ),
    met: z.boolean(),
    rule: z.object({ bodyMin: z.number().int(), bodyMax: z.number().int(), districtMin: z.number().int() }),
  })
  .meta({ id: 'CaseTargets' });

const WRITE_ERRORS = ['NOT_FOUND', 'CASE_STAGE', 'CASE_STATE', 'VERSION_CONFLICT'] as const;
const REVIEW_ERRORS = ['NOT_FOUND', 'CASE_STATE', 'CASE_NOT_AT_YOUR_LEVEL', 'VERSION_CONFLICT'] as const;

export const cases = defineContract('cases', {
  ofParticipation: {
    method: 'GET',
    path: '/api/v1/participations/:id/case',
    permission: 'case:read',
    summary: 'The case of one participation (or none yet), with the evaluation’s figures for the editor',
    params: IdParams,
    answer: ParticipationCase,
    errors: ['NOT_FOUND'],
  },
  save: {
    method: 'POST',
    path: '/api/v1/participations/:id/case',
    permission: 'case:write',
    summary: 'Create or edit the draft case of an evaluated enterprise (a draft over 2,000 characters is kept)',
    params: IdParams,
    body: SaveCaseRequest,
    answer: CaseView,
    errors: [...WRITE_ERRORS, 'CASE_FIGURE_TYPE'],
  },
  submit: {
    method: 'POST',
    path: '/api/v1/cases/:id/submit',
    permission: 'case:write',
    summary: 'Submit the case to the lowest bureau over the enterprise’s region (Annex D checked)',
    params: IdParams,
    body: CaseVersionRequest,
    answer: CaseView,
    errors: [...WRITE_ERRORS, 'CASE_TOO_LONG', 'CASE_INCOMPLETE', 'CASE_NO_REVIEWER'],
  },
  returnCase: {
    method: 'POST',
    path: '/api/v1/cases/:id/return',
    permission: 'case:review',
    summary: 'Return the case for revision, with the reason',
    params: IdParams,
    body: ReturnCaseRequest,
    answer: CaseView,
    errors: [...REVIEW_ERRORS],
  },
  accept: {
    method: 'POST',
    path: '/api/v1/cases/:id/accept',
    permission: 'case:review',
    summary: 'Accept (select) the case at the caller’s level',
    params: IdParams,
    body: CaseVersionRequest,
    answer: CaseView,
    errors: [...REVIEW_ERRORS],
  },
  recommend: {
    method: 'POST',
    path: '/api/v1/cases/:id/recommend',
    permission: 'case:review',
    summary: 'Recommend an accepted case to the next level up (county → city → province → national)',
    params: IdParams,
    body: CaseVersionRequest,
    answer: CaseView,
    errors: [...REVIEW_ERRORS, 'CASE_TOP_LEVEL'],
  },
  publish: {
    method: 'POST',
    path: '/api/v1/cases/:id/publish',
    permission: 'case:review',
    summary: 'Publish an accepted case to the case library',
    params: IdParams,
    body: CaseVersionRequest,
    answer: CaseView,
    errors: [...REVIEW_ERRORS, 'CASE_ALREADY_PUBLISHED'],
  },
  withdraw: {
    method: 'POST',
    path: '/api/v1/cases/:id/withdraw',
    permission: 'case:review',
    summary: '撤回发布: the bureau that published the case takes it out of the library, with the reason',
    params: IdParams,
    body: ReturnCaseRequest,
    answer: CaseView,
    errors: [...REVIEW_ERRORS, 'CASE_NOT_PUBLISHED', 'CASE_NOT_YOUR_PUBLICATION'],
  },
  reviewQueue: {
    method: 'GET',
    path: '/api/v1/cases/review',
    permission: 'case:review',
    summary: 'The cases with the caller’s bureau: to review, to select, accepted here',
    answer: ReviewQueue,
    errors: [],
  },
  targets: {
    method: 'GET',
    path: '/api/v1/cases/targets',
    permission: 'case:review',
    summary: 'The seeds’ targets in the caller’s jurisdiction: 1–2 cases per body, at least one per district',
    answer: CaseTargets,
    errors: [],
  },
  library: {
    method: 'GET',
    path: '/api/v1/cases/library',
    permission: 'case:library',
    summary: 'The published cases, searchable by region, industry, year and grade',
    query: LibraryQuery,
    answer: pageOf(CaseSummary),
    errors: [],
  },
  view: {
    method: 'GET',
    path: '/api/v1/cases/:id',
    permission: 'case:library',
    summary: 'One case: published, or within the caller’s scope',
    params: IdParams,
    answer: CaseView,
    errors: ['NOT_FOUND'],
  },
  figure: {
    method: 'GET',
    path: '/api/v1/cases/:id/figures/:number',
    permission: 'case:library',
    summary: 'One figure of a case (图N), for whoever may read the case: a library reader of a published case too',
    params: z.strictObject({ id: Uuid, number: z.coerce.number().int().min(1).max(99) }),
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  docx: {
    method: 'GET',
    path: '/api/v1/cases/:id/docx',
    permission: 'case:library',
    summary: 'The case as Word in Annex D’s structure: title, the five parts, the drafting units',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
