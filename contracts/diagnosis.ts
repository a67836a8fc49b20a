/**
 * 认证提升企业质量诊断报告 (003 §6.5.8, Annex B.1; ADR 0014): generated from the completed survey, fixed by its
 * SHA-256, confirmed by the enterprise online or with the signed and sealed B.1 scan; the confirmation moves the
 * participation to "diagnosed". The report with table B.1 is also a Word document.
 */
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors/codes.js';
import { DIAGNOSIS_FORMAT, type DiagnosisReport } from '../domain/diagnosis/diagnosis.js';
import { IdParams } from './shared.js';
import { defineContract } from './endpoint.js';
import {
  EnterpriseIdeas,
  Interviewee,
  PolicyChange,
  ProblemClassEnum,
  ResourceCommitment,
  SurveyCheckKeyEnum,
  SurveyCheckResultEnum,
  SurveyMethodEnum,
  SurveyOverview,
  SurveyStatusEnum,
  UrgencyEnum,
} from './survey.js';

const Named = { zh: z.string(), en: z.string() };

/** The report as domain/diagnosis/diagnosis.ts builds it (Annex B.1), typed as the domain's DiagnosisReport. */
export const DiagnosisReportSchema: z.ZodType<DiagnosisReport, DiagnosisReport> = z
  .object({
    format: z.literal(DIAGNOSIS_FORMAT),
    templateId: z.string(),
    templateVersion: z.number().int(),
    header: z
      .object({
        enterpriseName: z.string(),
        uscc: z.string().nullable().optional(),
        diagnosedBy: z.array(z.string()),
        date: z.string().nullable().optional(),
      })
      .nullable(),
    surveyedOn: z.string().nullable(),
    methods: z.array(SurveyMethodEnum),
    interviewees: z.array(Interviewee),
    checks: z.array(
      z.object({
        key: SurveyCheckKeyEnum,
        ...Named,
        result: SurveyCheckResultEnum.nullable(),
        note: z.string().nullable(),
      }),
    ),
    painPoints: z.array(
      z.object({
        rank: z.number().int(),
        source: z.enum(['check', 'urgent_problem', 'sub_item']),
        ref: z.string(),
        itemKey: z.string().nullable(),
        level: z.union([z.enum(['check_failed', 'nonconforming', 'partial']), UrgencyEnum]),
        problemClass: ProblemClassEnum.nullable(),
        ...Named,
        detail: z.string(),
      }),
    ),
    findingsByItem: z.array(
      z.object({
        itemKey: z.string(),
        ...Named,
        counts: z.record(z.union([SurveyStatusEnum, z.literal('unanswered')]), z.number().int()),
        subItems: z.array(
          z.object({
            subItemKey: z.string(),
            ...Named,
            status: SurveyStatusEnum.nullable(),
            finding: z.string().nullable(),
            measured: z.object({ value: z.number(), unit: z.string(), period: z.string().nullable() }).nullable(),
            evidenceFileIds: z.array(z.string()),
          }),
        ),
      }),
    ),
    opinions: z.array(z.object({ no: z.number().int(), ...Named })),
    enterpriseIdeas: EnterpriseIdeas.nullable(),
    overview: SurveyOverview.nullable(),
    resourcesCommitted: z.array(ResourceCommitment),
    policyChanges: z.array(PolicyChange),
  })
  .meta({ id: 'DiagnosisReport' });

export const DiagnosisView = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['issued', 'confirmed', 'superseded']),
    report: DiagnosisReportSchema,
    digest: z.string().describe('SHA-256 of the canonical report: what the enterprise confirms'),
    issuedAt: z.string(),
    issuedByName: z.string(),
    confirmation: z
      .object({
        method: z.enum(['online', 'scan']),
        confirmedAt: z.string(),
        confirmedByName: z.string(),
        signer: z.object({ name: z.string(), capacity: z.string() }),
        scanFileId: z.string().uuid().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'DiagnosisView' });
export type DiagnosisView = z.output<typeof DiagnosisView>;

export const DiagnosisResponse = z.object({ diagnosis: DiagnosisView.nullable() }).meta({ id: 'DiagnosisResponse' });
export type DiagnosisResponse = z.output<typeof DiagnosisResponse>;

export const IssueDiagnosisRequest = z.strictObject({
  recommendations: z
    .array(z.string().trim().min(1).max(1000))
    .max(30)
    .default([])
    .describe('further 诊断与改进建议 (003 §6.5.3)'),
});
export type IssueDiagnosisRequest = z.input<typeof IssueDiagnosisRequest>;

export const ConfirmDiagnosisRequest = z.strictObject({
  reportId: z.string().uuid(),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('the digest the enterprise saw'),
  method: z.enum(['online', 'scan']),
  signerName: z.string().trim().min(1).max(50),
  signerCapacity: z.enum(['legal_representative', 'authorized_representative']),
  scanFileId: z.string().uuid().optional().describe('the signed and sealed B.1 scan (method scan)'),
  version: z.number().int().min(1).describe('the participation version seen'),
});
export type ConfirmDiagnosisRequest = z.input<typeof ConfirmDiagnosisRequest>;

/** The confirm_diagnosis command of domain/lifecycle/transitions.ts, run in the same transaction. */
const CONFIRM_TRANSITION_ERRORS = [
  'DIAGNOSIS_NOT_CONFIRMED',
  'ILLEGAL_TRANSITION',
  'TRANSITION_ROLE_FORBIDDEN',
  'VERSION_CONFLICT',
] as const satisfies readonly ErrorCode[];

export const diagnosis = defineContract('diagnosis', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/diagnosis',
    permission: 'survey:read',
    summary: 'The current diagnosis report and its confirmation',
    params: IdParams,
    answer: DiagnosisResponse,
    errors: ['NOT_FOUND'],
  },
  issue: {
    method: 'POST',
    path: '/api/v1/participations/:id/diagnosis',
    permission: 'survey:write',
    summary: 'Generate the diagnosis report from the completed survey (replaces an unconfirmed one)',
    params: IdParams,
    body: IssueDiagnosisRequest,
    answer: DiagnosisResponse,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'SURVEY_LOCKED', 'SURVEY_NOT_COMPLETED', 'SURVEY_TEMPLATE_MISMATCH'],
  },
  confirm: {
    method: 'POST',
    path: '/api/v1/participations/:id/diagnosis/confirm',
    permission: 'diagnosis:confirm',
    summary:
      'The enterprise confirms the report it read (digest), online or with the signed B.1 scan; moves the participation to diagnosed',
    params: IdParams,
    body: ConfirmDiagnosisRequest,
    answer: DiagnosisResponse,
    errors: [
      'NOT_FOUND',
      'DIAGNOSIS_NOT_CURRENT',
      'DIAGNOSIS_DIGEST_MISMATCH',
      'DIAGNOSIS_SCAN_REQUIRED',
      ...CONFIRM_TRANSITION_ERRORS,
    ],
  },
  docx: {
    method: 'GET',
    path: '/api/v1/participations/:id/diagnosis/docx',
    permission: 'survey:read',
    summary: 'The diagnosis report with table B.1 as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
