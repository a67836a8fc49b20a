/**
 * The enterprise's internal audit (seed 000 §二(4); 002 steps 4, 6, 7; 003 §6.8.1): the plan with its team and
 * schedule (after three months of operation, trained auditors, nobody on their own department), the checklist, the
 * findings and each nonconformity's cycle to closure, the report answering the diagnosis pain points; the plan, the
 * NC report and the report as Word documents.
 */
import { z } from 'zod';
import { CHECKLIST_RESULTS, FINDING_GRADES, NC_STEPS } from '../domain/internal-audit/internal-audit.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

const Text = (max: number) => z.string().trim().max(max);
const Clause = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+){0,3}$/)
  .describe('a GB/T 19001-2016 clause, e.g. 8.5.1');

export const AuditPlanSchema = z.strictObject({
  objectives: Text(2000),
  scope: Text(2000),
  criteria: z.array(Text(200).min(1)).max(20),
  startsOn: IsoDate,
  endsOn: IsoDate,
  team: z
    .array(z.strictObject({ name: Text(40).min(1), department: Text(60).min(1), leader: z.boolean() }))
    .min(1)
    .max(20),
  schedule: z
    .array(
      z.strictObject({
        department: Text(60).min(1),
        clauses: z.array(Clause).max(40),
        auditorName: Text(40).min(1),
        on: IsoDate,
      }),
    )
    .max(100),
});

export const ChecklistRowSchema = z.strictObject({
  clause: Clause,
  department: Text(60).min(1),
  content: Text(1000).min(1),
  evidence: Text(2000),
  result: z.enum(CHECKLIST_RESULTS),
});

export const SaveAuditRequest = z.strictObject({
  plan: AuditPlanSchema,
  checklist: z.array(ChecklistRowSchema).max(300),
  /** The version read; absent when the audit is created. */
  version: z.number().int().min(1).optional(),
});
export type SaveAuditRequest = z.output<typeof SaveAuditRequest>;

export const AddFindingRequest = z.strictObject({
  grade: z.enum(FINDING_GRADES),
  clause: Clause,
  department: Text(60).min(1),
  evidence: Text(2000).min(1),
  foundOn: IsoDate,
  dueOn: IsoDate.optional(),
});
export type AddFindingRequest = z.output<typeof AddFindingRequest>;

export const NcStepRequest = z.strictObject({
  step: z.enum(NC_STEPS),
  owner: Text(40).min(1),
  dueOn: IsoDate.optional(),
  doneOn: IsoDate,
  text: Text(2000),
  fileIds: z.array(Uuid).max(10).default([]),
  effective: z.boolean().optional().describe('verification: was the corrective action effective?'),
  version: z.number().int().min(1),
});
export type NcStepRequest = z.output<typeof NcStepRequest>;

export const CompleteAuditRequest = z.strictObject({
  summary: Text(4000),
  conclusion: Text(2000),
  painPoints: z.array(z.strictObject({ ref: Text(120), response: Text(2000) })).max(60),
  version: z.number().int().min(1),
});
export type CompleteAuditRequest = z.output<typeof CompleteAuditRequest>;

const StepSchema = z.object({
  step: z.enum(NC_STEPS),
  owner: z.string(),
  dueOn: z.string().nullable(),
  doneOn: z.string(),
  text: z.string(),
  fileIds: z.array(z.string()),
  effective: z.boolean().optional(),
});

export const AuditFindingSchema = z.object({
  id: Uuid,
  number: z.number().int(),
  grade: z.enum(FINDING_GRADES),
  clause: z.string(),
  department: z.string(),
  evidence: z.string(),
  foundOn: z.string(),
  dueOn: z.string().nullable(),
  steps: z.array(StepSchema),
  state: z.enum(['open', 'corrected', 'analysed', 'action_taken', 'verified', 'closed']).nullable(),
  nextSteps: z.array(z.enum(NC_STEPS)),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type AuditFinding = z.output<typeof AuditFindingSchema>;

export const InternalAuditOverview = z.object({
  stage: z.string(),
  /** May the caller write (its side, the stage)? */
  mayWrite: z.boolean(),
  /** The gate (000 §二(4)): when operation began and the first day an audit may start. */
  operationStartedOn: z.string().nullable(),
  earliestStartOn: z.string().nullable(),
  /** People with an internal-auditor training record (002 step 4), for the team. */
  trainedAuditors: z.array(z.object({ name: z.string(), trainedOn: z.string() })),
  /** The diagnosis pain points the report must answer. */
  painPoints: z.array(z.object({ ref: z.string(), zh: z.string(), en: z.string(), detail: z.string() })),
  audit: z
    .object({
      id: Uuid,
      status: z.enum(['planned', 'completed']),
      plan: AuditPlanSchema,
      checklist: z.array(ChecklistRowSchema),
      report: z
        .object({
          summary: z.string(),
          conclusion: z.string(),
          painPoints: z.array(z.object({ ref: z.string(), response: z.string() })),
        })
        .nullable(),
      completedOn: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  findings: z.array(AuditFindingSchema),
});
export type InternalAuditOverview = z.output<typeof InternalAuditOverview>;

const FindingParams = z.strictObject({ id: Uuid, findingId: Uuid });

export const internalAudit = defineContract('internal-audit', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/internal-audit',
    permission: 'internal_audit:read',
    summary: "The enterprise's internal audit: plan, checklist, findings with their cycle, report, the gate",
    params: IdParams,
    answer: InternalAuditOverview,
    errors: ['NOT_FOUND'],
  },
  save: {
    method: 'POST',
    path: '/api/v1/participations/:id/internal-audit',
    permission: 'internal_audit:write',
    summary: 'Plans the audit (or changes the plan and checklist) while it is not completed',
    params: IdParams,
    body: SaveAuditRequest,
    answer: z.object({ id: Uuid, version: z.number().int() }),
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'AUDIT_COMPLETED',
      'AUDIT_STAGE_LOCKED',
      'OPERATION_NOT_STARTED',
      'OPERATION_PERIOD_TOO_SHORT',
      'DATE_ORDER',
      'AUDIT_TEAM_LEADER_REQUIRED',
      'AUDITOR_NOT_TRAINED',
      'AUDITOR_NOT_IN_TEAM',
      'AUDITOR_OWN_WORK',
    ],
  },
  addFinding: {
    method: 'POST',
    path: '/api/v1/participations/:id/internal-audit/findings',
    permission: 'internal_audit:write',
    summary: 'Records a finding: a major or minor nonconformity, or an observation',
    params: IdParams,
    body: AddFindingRequest,
    status: 201,
    answer: z.object({ id: Uuid, number: z.number().int() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'AUDIT_COMPLETED', 'DATE_ORDER', 'DATE_IN_FUTURE'],
  },
  recordStep: {
    method: 'POST',
    path: '/api/v1/participations/:id/internal-audit/findings/:findingId/steps',
    permission: 'internal_audit:write',
    summary:
      "The next step of a nonconformity's cycle: correction, root cause, corrective action, verification, closure",
    params: FindingParams,
    body: NcStepRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'AUDIT_OBSERVATION_HAS_NO_CYCLE',
      'NC_CLOSE_WITHOUT_VERIFIED_ACTION',
      'NC_STEP_OUT_OF_ORDER',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
    ],
  },
  complete: {
    method: 'POST',
    path: '/api/v1/participations/:id/internal-audit/complete',
    permission: 'internal_audit:write',
    summary: 'Completes the audit with its report, which answers every pain point of the diagnosis',
    params: IdParams,
    body: CompleteAuditRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'AUDIT_COMPLETED',
      'AUDIT_CHECKLIST_EMPTY',
      'AUDIT_PAIN_POINT_UNANSWERED',
      'AUDIT_NOT_ENDED',
    ],
  },
  planDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/internal-audit/plan.docx',
    permission: 'internal_audit:read',
    summary: '内部审核计划 as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  reportDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/internal-audit/report.docx',
    permission: 'internal_audit:read',
    summary: '内部审核报告 as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  ncReportDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/internal-audit/findings/:findingId/nc-report.docx',
    permission: 'internal_audit:read',
    summary: '不符合项报告 of one finding as a Word document',
    params: FindingParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
