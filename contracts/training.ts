/**
 * Training (000 §二(3); 001 annex 一、1; 003 §6.7.2.2; 002 Annex 2 row 2): sessions, enrolment, attendance (by hand or
 * from an Excel sign-in sheet, all-or-nothing with a row-by-row error file), the person-times statistics, the
 * campaign's coverage checks and the sign-in sheet (签到表) DOCX.
 */
import { z } from 'zod';
import {
  ATTENDANCE_SOURCES,
  INDIVIDUAL_SUB_KINDS,
  INDUSTRY_SUB_KINDS,
  TRAINING_DELIVERIES,
  TRAINING_KINDS,
} from '../domain/training/training.js';
import { TRAINING_AUDIENCES } from '../domain/plans/plan.js';
import { Created, IdParams, IndustryCode, IsoDate, RegionCode, Uuid } from './shared.js';
import { defineContract } from './endpoint.js';
import { XLSX_MEDIA_TYPE } from './rosters.js';

export const TrainingKind = z.enum(TRAINING_KINDS);
export const TrainingSubKind = z.enum([...INDUSTRY_SUB_KINDS, ...INDIVIDUAL_SUB_KINDS]);
export const TrainingDelivery = z.enum(TRAINING_DELIVERIES);
const audienceKeys = TRAINING_AUDIENCES.map((a) => a.key) as [
  (typeof TRAINING_AUDIENCES)[number]['key'],
  ...(typeof TRAINING_AUDIENCES)[number]['key'][],
];
export const AudienceLevel = z.enum(audienceKeys);

const Text = (max: number) => z.string().trim().max(max);

export const SessionInput = z.strictObject({
  campaignId: Uuid,
  kind: TrainingKind,
  subKind: TrainingSubKind.nullable().default(null),
  delivery: TrainingDelivery,
  title: Text(200).min(1),
  heldOn: IsoDate,
  endsOn: IsoDate,
  durationHours: z.number().min(0).max(999),
  place: Text(300).nullable().default(null),
  url: Text(500).nullable().default(null),
  topics: z.array(Text(200)).max(30),
  audiences: z.array(AudienceLevel).max(4).default([]),
  regionCode: RegionCode,
  industryCode: IndustryCode.nullable().default(null),
  materialFileIds: z.array(Uuid).max(20).default([]),
});
export type SessionInput = z.output<typeof SessionInput>;

export const SessionUpdate = SessionInput.omit({ campaignId: true }).extend({ version: z.number().int() });

export const TrainingSession = z
  .object({
    id: Uuid,
    campaignId: Uuid,
    campaignName: z.string(),
    kind: TrainingKind,
    subKind: TrainingSubKind.nullable(),
    delivery: TrainingDelivery,
    title: z.string(),
    organizerOrganizationId: Uuid,
    organizerOrganizationName: z.string(),
    organizerName: z.string(),
    heldOn: z.string(),
    endsOn: z.string(),
    durationHours: z.number(),
    place: z.string().nullable(),
    url: z.string().nullable(),
    topics: z.array(z.string()),
    audiences: z.array(AudienceLevel),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string().nullable(),
    enrolledCount: z.number().int(),
    personTimes: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'TrainingSession' });
export type TrainingSession = z.output<typeof TrainingSession>;

export const Attendance = z.object({
  id: Uuid,
  participationId: Uuid,
  enterpriseName: z.string(),
  personName: z.string(),
  post: z.string().nullable(),
  audienceLevel: AudienceLevel.nullable(),
  source: z.enum(ATTENDANCE_SOURCES),
  evidenceFileId: Uuid.nullable(),
  mayRemove: z.boolean(),
});
export type Attendance = z.output<typeof Attendance>;

export const Enrolment = z.object({
  participationId: Uuid,
  enterpriseName: z.string(),
  regionCode: z.string(),
  industryCode: z.string(),
  attendees: z.number().int(),
});
export type Enrolment = z.output<typeof Enrolment>;

export const SessionDetail = z.object({
  session: TrainingSession,
  enrolments: z.array(Enrolment),
  attendance: z.array(Attendance),
  mayEdit: z.boolean(),
  /** participations the caller may record attendance for (their own for an enterprise contact) */
  mayAttendFor: z.array(Uuid),
});
export type SessionDetail = z.output<typeof SessionDetail>;

export const SessionListQuery = z.strictObject({
  campaignId: Uuid.optional(),
  kind: TrainingKind.optional(),
  regionCode: RegionCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const EnrolRequest = z.strictObject({ participationIds: z.array(Uuid).min(1).max(500) });

export const EnrolCandidate = z.object({
  participationId: Uuid,
  enterpriseName: z.string(),
  regionCode: z.string(),
  industryCode: z.string(),
  enrolled: z.boolean(),
});

export const AttendanceInput = z.strictObject({
  participationId: Uuid,
  personName: Text(60).min(1),
  post: Text(60).nullable().default(null),
  audienceLevel: AudienceLevel.nullable().default(null),
  evidenceFileId: Uuid.nullable().default(null),
});
export type AttendanceInput = z.output<typeof AttendanceInput>;

export const ImportParams = z.strictObject({ id: Uuid, importId: Uuid });

export const SignInImportResult = z.object({
  importId: Uuid,
  totalRows: z.number().int(),
  invalidRows: z.number().int(),
  createdRows: z.number().int(),
  status: z.enum(['imported', 'rejected']),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() })),
});
export type SignInImportResult = z.output<typeof SignInImportResult>;

export const ROLL_UP_DIMENSIONS = ['region', 'industry', 'body', 'kind', 'month'] as const;

export const StatisticsQuery = z.strictObject({
  campaignId: Uuid.optional(),
  by: z.enum(ROLL_UP_DIMENSIONS).default('region'),
  regionCode: RegionCode.optional(),
  industryCode: IndustryCode.optional(),
  bodyId: Uuid.optional(),
  kind: TrainingKind.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type StatisticsQuery = z.output<typeof StatisticsQuery>;

const Counts = z.object({ personTimes: z.number().int(), enterprises: z.number().int() });
export const TrainingStatistics = z.object({
  by: z.enum(ROLL_UP_DIMENSIONS),
  rows: z.array(z.object({ key: z.string(), label: z.string(), online: Counts, offline: Counts, total: Counts })),
  online: Counts,
  offline: Counts,
  total: Counts,
});
export type TrainingStatistics = z.output<typeof TrainingStatistics>;

export const TrainingCoverage = z.object({
  campaignId: Uuid,
  from: z.string(),
  to: z.string(),
  checks: z.array(
    z.object({
      check: z.enum(['centralized', 'industry']),
      regionCode: z.string(),
      regionName: z.string(),
      industryCode: z.string().nullable(),
      sessions: z.number().int(),
    }),
  ),
  missing: z.number().int(),
});
export type TrainingCoverage = z.output<typeof TrainingCoverage>;

export const ParticipationTraining = z.object({
  attended: z.array(
    z.object({ sessionId: Uuid, title: z.string(), kind: TrainingKind, heldOn: z.string(), persons: z.number().int() }),
  ),
  planItems: z.array(
    z.object({
      audience: AudienceLevel,
      topics: z.array(z.string()),
      plannedOn: z.string(),
      doneBy: z.object({ sessionId: Uuid, heldOn: z.string() }).nullable(),
    }),
  ),
});
export type ParticipationTraining = z.output<typeof ParticipationTraining>;

const SESSION_ERRORS = [
  'NOT_FOUND',
  'REQUIRED',
  'DATE_ORDER',
  'TRAINING_DURATION_INVALID',
  'TRAINING_DELIVERY_MISMATCH',
  'REGION_OUTSIDE_JURISDICTION',
  'VALIDATION_FAILED',
  'FORBIDDEN',
] as const;

export const training = defineContract('training', {
  list: {
    method: 'GET',
    path: '/api/v1/training/sessions',
    permission: 'training:read',
    summary: 'Training sessions in scope (newest first, at most 500)',
    query: SessionListQuery,
    answer: z.object({ items: z.array(TrainingSession) }),
    errors: [],
  },
  create: {
    method: 'POST',
    path: '/api/v1/training/sessions',
    permission: 'training:write',
    summary: 'Record a training session (bureau: centralized and industry; body and expert: any kind)',
    body: SessionInput,
    status: 201,
    answer: Created,
    errors: [...SESSION_ERRORS],
  },
  detail: {
    method: 'GET',
    path: '/api/v1/training/sessions/:id',
    permission: 'training:read',
    summary: 'A session with its enrolled enterprises and attendance',
    params: IdParams,
    answer: SessionDetail,
    errors: ['NOT_FOUND'],
  },
  update: {
    method: 'POST',
    path: '/api/v1/training/sessions/:id',
    permission: 'training:write',
    summary: 'Edit a session (its organizer side)',
    params: IdParams,
    body: SessionUpdate,
    answer: 'empty',
    errors: [...SESSION_ERRORS, 'VERSION_CONFLICT'],
  },
  candidates: {
    method: 'GET',
    path: '/api/v1/training/sessions/:id/candidates',
    permission: 'training:write',
    summary: "Enterprises of the session's campaign and region the caller may enrol",
    params: IdParams,
    answer: z.object({ items: z.array(EnrolCandidate) }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  enrol: {
    method: 'POST',
    path: '/api/v1/training/sessions/:id/enrolments',
    permission: 'training:write',
    summary: 'Enrol enterprises (participations in scope, campaign and region); already enrolled ones are kept',
    params: IdParams,
    body: EnrolRequest,
    answer: z.object({ enrolled: z.number().int() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'TRAINING_ENTERPRISE_OUTSIDE_CAMPAIGN'],
  },
  addAttendance: {
    method: 'POST',
    path: '/api/v1/training/sessions/:id/attendance',
    permission: 'training:attend',
    summary: "Record one person's attendance (an enterprise contact: its own, at online sessions)",
    params: IdParams,
    body: AttendanceInput,
    status: 201,
    answer: Created,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'TRAINING_NOT_ENROLLED', 'VALIDATION_FAILED'],
  },
  removeAttendance: {
    method: 'POST',
    path: '/api/v1/training/sessions/:id/attendance/remove',
    permission: 'training:attend',
    summary: 'Remove an attendance row',
    params: IdParams,
    body: z.strictObject({ attendanceId: Uuid }),
    answer: 'empty',
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  signInTemplate: {
    method: 'GET',
    path: '/api/v1/training/sessions/:id/sign-in/template.xlsx',
    permission: 'training:write',
    summary: "The Excel sign-in sheet, with the session's enrolled enterprises",
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  signInImport: {
    method: 'POST',
    path: '/api/v1/training/sessions/:id/sign-in/import',
    permission: 'training:write',
    summary: 'Import a filled sign-in sheet (.xlsx body): all rows or none, with a row-by-row error file',
    params: IdParams,
    rawBody: { mediaTypes: [XLSX_MEDIA_TYPE], description: 'The sign-in workbook (.xlsx) itself' },
    answer: SignInImportResult,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'ROSTER_FILE_INVALID',
      'ROSTER_HEADERS_MISSING',
      'ROSTER_FILE_TOO_LARGE',
      'ROSTER_UNPACKED_TOO_LARGE',
      'ROSTER_TOO_MANY_ROWS',
      'ROSTER_TOO_MANY_COLUMNS',
      'ROSTER_CELL_TOO_LONG',
    ],
  },
  signInImportErrors: {
    method: 'GET',
    path: '/api/v1/training/sessions/:id/sign-in/imports/:importId/errors.xlsx',
    permission: 'training:write',
    summary: "The rejected sign-in sheet's rows with an error column",
    params: ImportParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  signInSheet: {
    method: 'GET',
    path: '/api/v1/training/sessions/:id/sign-in-sheet.docx',
    permission: 'training:read',
    summary: 'The training sign-in sheet (签到表) as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  statistics: {
    method: 'GET',
    path: '/api/v1/training/statistics',
    permission: 'training:statistics',
    summary: 'Person-times and enterprises trained in scope, by region, industry, body, kind or month (002 Annex 2)',
    query: StatisticsQuery,
    answer: TrainingStatistics,
    errors: [],
  },
  coverage: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/training-coverage',
    permission: 'training:statistics',
    summary: "The campaign's centralized and industry training coverage, each missing one flagged (001 annex 一、1)",
    params: IdParams,
    answer: TrainingCoverage,
    errors: ['NOT_FOUND'],
  },
  ofParticipation: {
    method: 'GET',
    path: '/api/v1/participations/:id/training',
    permission: 'training:read',
    summary: "An enterprise's sessions attended and its accepted plan's training items done (003 §6.6.1 e))",
    params: IdParams,
    answer: ParticipationTraining,
    errors: ['NOT_FOUND'],
  },
});
