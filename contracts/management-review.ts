/**
 * The management review (000 §二(4)–(5); 002 step 8; 003 §6.8; ISO 9001 9.3): recorded once held — after three months
 * of operation and the completed internal audit, chaired by top management, every 9.3.2 input, the 9.3.3 outputs
 * as improvement actions — which runs complete_review; a certified enterprise's own audit and review of this year
 * verified instead; the improvement actions followed to their effectiveness check (003 §6.8.2); the report as Word.
 */
import { z } from 'zod';
import { REVIEW_INPUTS, REVIEW_OUTPUTS } from '../domain/management-review/management-review.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

const Text = (max: number) => z.string().trim().max(max);

export const ReviewRecordSchema = z.strictObject({
  heldOn: IsoDate,
  chairName: Text(40),
  chairIsTopManager: z.boolean(),
  attendees: z.array(Text(40).min(1)).max(40),
  inputs: z.strictObject(
    Object.fromEntries(REVIEW_INPUTS.map((k) => [k, Text(4000)])) as Record<
      (typeof REVIEW_INPUTS)[number],
      ReturnType<typeof Text>
    >,
  ),
  outputs: z
    .array(z.strictObject({ kind: z.enum(REVIEW_OUTPUTS), text: Text(1000), owner: Text(40), dueOn: IsoDate }))
    .max(40),
  conclusion: Text(4000),
});

export const RecordReviewRequest = z.strictObject({
  review: ReviewRecordSchema,
  /** The participation's version read (the stage moves to reviewed). */
  version: z.number().int().min(1),
});
export type RecordReviewRequest = z.output<typeof RecordReviewRequest>;

export const VerifyCertifiedRequest = z.strictObject({
  auditOn: IsoDate,
  reviewOn: IsoDate,
  evidenceFileIds: z.array(Uuid).max(10),
  note: Text(2000).default(''),
  version: z.number().int().min(1),
});
export type VerifyCertifiedRequest = z.output<typeof VerifyCertifiedRequest>;

export const ImprovementUpdate = z.strictObject({
  doneOn: IsoDate.optional(),
  doneNote: Text(2000).optional(),
  check: z.strictObject({ effective: z.boolean(), checkedOn: IsoDate, checkedBy: Text(40).min(1) }).optional(),
  version: z.number().int().min(1),
});
export type ImprovementUpdate = z.output<typeof ImprovementUpdate>;

export const ImprovementActionSchema = z.object({
  id: Uuid,
  kind: z.enum(REVIEW_OUTPUTS),
  text: z.string(),
  owner: z.string(),
  raisedOn: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  doneNote: z.string().nullable(),
  effective: z.boolean().nullable(),
  checkedOn: z.string().nullable(),
  checkedBy: z.string().nullable(),
  state: z.enum(['open', 'done', 'effective', 'ineffective']),
  overdue: z.boolean(),
  version: z.number().int(),
});

/** What the review reads from the platform (9.3.2): audit results and open NCs, indicator and training figures. */
export const ReviewPrefill = z.object({
  audit: z
    .object({
      status: z.enum(['planned', 'completed']),
      startsOn: z.string(),
      endsOn: z.string(),
      findings: z.object({ major: z.number().int(), minor: z.number().int(), observation: z.number().int() }),
      openNonconformities: z.array(
        z.object({
          number: z.number().int(),
          grade: z.string(),
          clause: z.string(),
          dueOn: z.string().nullable(),
          overdue: z.boolean(),
        }),
      ),
      closedNonconformities: z.number().int(),
    })
    .nullable(),
  trainingPersonTimes: z.number().int(),
  indicators: z.array(z.object({ name: z.string(), baseline: z.string(), target: z.string() })),
});

export const ManagementReviewOverview = z.object({
  stage: z.string(),
  mayRecord: z.boolean(),
  mayVerify: z.boolean(),
  /** The enterprise declared it is certified (its application): the verification path is open to it. */
  certifiedEnterprise: z.boolean(),
  operationStartedOn: z.string().nullable(),
  prefill: ReviewPrefill,
  review: z.object({ id: Uuid, record: ReviewRecordSchema, recordedAt: z.string() }).nullable(),
  verification: z
    .object({
      auditOn: z.string(),
      reviewOn: z.string(),
      evidenceFileIds: z.array(z.string()),
      note: z.string(),
      checkedByName: z.string(),
    })
    .nullable(),
  actions: z.array(ImprovementActionSchema),
  participationVersion: z.number().int(),
});
export type ManagementReviewOverview = z.output<typeof ManagementReviewOverview>;

const ActionParams = z.strictObject({ id: Uuid, actionId: Uuid });

export const managementReview = defineContract('management-review', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/management-review',
    permission: 'management_review:read',
    summary: 'The management review, what it reads from the platform, the improvement actions',
    params: IdParams,
    answer: ManagementReviewOverview,
    errors: ['NOT_FOUND'],
  },
  record: {
    method: 'POST',
    path: '/api/v1/participations/:id/management-review',
    permission: 'management_review:write',
    summary: 'Records the review held; the participation reaches "reviewed" (complete_review) in the same transaction',
    params: IdParams,
    body: RecordReviewRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'REVIEW_STAGE_LOCKED',
      'OPERATION_NOT_STARTED',
      'OPERATION_PERIOD_TOO_SHORT',
      'REVIEW_AUDIT_NOT_COMPLETED',
      'REVIEW_CHAIR_NOT_TOP_MANAGEMENT',
      'REVIEW_INPUT_MISSING',
      'REVIEW_OUTPUT_MISSING',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
    ],
  },
  verifyCertified: {
    method: 'POST',
    path: '/api/v1/participations/:id/management-review/verification',
    permission: 'management_review:write',
    summary: "A certified enterprise's own audit and review of this year, verified by its expert (000 §二(5))",
    params: IdParams,
    body: VerifyCertifiedRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'REVIEW_STAGE_LOCKED',
      'REVIEW_NOT_CERTIFIED_ENTERPRISE',
      'REVIEW_NOT_THIS_YEAR',
      'REVIEW_EVIDENCE_REQUIRED',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
    ],
  },
  updateAction: {
    method: 'POST',
    path: '/api/v1/participations/:id/improvement-actions/:actionId',
    permission: 'management_review:write',
    summary: 'An improvement action done, or checked for effectiveness (003 §6.8.2)',
    params: ActionParams,
    body: ImprovementUpdate,
    answer: 'empty',
    errors: ['NOT_FOUND', 'FORBIDDEN', 'VERSION_CONFLICT', 'IMPROVEMENT_NOT_DONE', 'DATE_ORDER', 'DATE_IN_FUTURE'],
  },
  reportDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/management-review/report.docx',
    permission: 'management_review:read',
    summary: '管理评审报告 as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
