import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';

const Text = (max: number) => z.string().max(max);
const Opt = (max: number) => Text(max).nullable().optional();

/** The survey record (domain/survey/survey.ts): shapes here, rules (keys, completion) in the domain. */
export const SurveyContent = z.strictObject({
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
});

export type SurveyContentBody = z.infer<typeof SurveyContent>;

export const SurveyResponse = z.object({
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
  openProblems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  editable: z.boolean(),
});

export const SaveSurveyRequest = z.strictObject({
  baseRevision: z
    .number()
    .int()
    .min(0)
    .describe('the revision the draft started from (offline drafts: the one last synced)'),
  survey: SurveyContent,
});

export const SaveSurveyResponse = SurveyResponse.extend({
  conflicts: z
    .array(z.object({ path: z.string(), base: z.unknown(), server: z.unknown(), local: z.unknown() }))
    .describe('changed both here and on the server since baseRevision: the server’s value was kept; show both'),
});

export const CompleteSurveyRequest = z.strictObject({ revision: z.number().int().min(1) });

export const DiagnosisView = z.object({
  id: z.string().uuid(),
  status: z.enum(['issued', 'confirmed', 'superseded']),
  report: z.record(z.string(), z.unknown()).describe('domain/survey/diagnosis DiagnosisReport'),
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
});

export const DiagnosisResponse = z.object({ diagnosis: DiagnosisView.nullable() });

export const IssueDiagnosisRequest = z.strictObject({
  recommendations: z
    .array(z.string().trim().min(1).max(1000))
    .max(30)
    .default([])
    .describe('further 诊断与改进建议 (003 §6.5.3)'),
});

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
