/**
 * Staged reports (报送; 004 §三(三), 001 §四, 002 step 13): for each report-due date of a campaign, each lower-level
 * bureau submits its stage report (the statistics table of its region as drafted from the data, its text,
 * attachments) to the bureau above; every submission is an immutable version; the level above returns one for
 * revision with a reason and sees, per deadline, who has submitted and who is late.
 */
import { z } from 'zod';
import {
  REPORT_STATES,
  REPORT_STATUSES,
  REPORT_TEXT_MAX,
  RETURN_REASON_MAX,
} from '../domain/stage-reports/stage-reports.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';
import { StatisticsTable } from './statistics.js';

export const DeadlineParams = z.object({ id: Uuid, dueOn: IsoDate });
export const AttachmentParams = z.object({ id: Uuid, attachmentId: Uuid });

export const SaveReportRequest = z.strictObject({ text: z.string().max(REPORT_TEXT_MAX * 2) });
export type SaveReportRequest = z.output<typeof SaveReportRequest>;
export const ReturnReportRequest = z.strictObject({ reason: z.string().max(RETURN_REASON_MAX * 2) });
export type ReturnReportRequest = z.output<typeof ReturnReportRequest>;
export const AttachmentQuery = z.strictObject({ name: z.string().trim().min(1).max(200).default('upload') });

export const ReportAttachment = z
  .object({ id: Uuid, fileName: z.string(), mime: z.string(), size: z.number().int(), createdAt: z.string() })
  .meta({ id: 'StageReportAttachment' });
export type ReportAttachment = z.output<typeof ReportAttachment>;

export const ReportVersion = z
  .object({
    version: z.number().int(),
    text: z.string(),
    figures: StatisticsTable.describe('the statistics table of the region at submission'),
    attachments: z.array(ReportAttachment),
    submittedAt: z.string(),
    submittedBy: z.string(),
    late: z.boolean().describe('submitted after the due day (China calendar)'),
    returnReason: z.string().nullable(),
    returnedAt: z.string().nullable(),
    returnedBy: z.string().nullable(),
  })
  .meta({ id: 'StageReportVersion' });
export type ReportVersion = z.output<typeof ReportVersion>;

export const StageReport = z
  .object({
    id: Uuid.nullable().describe('null: not started'),
    campaignId: Uuid,
    campaignName: z.string(),
    dueOn: z.string(),
    organizationId: Uuid,
    organizationName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    receiverName: z.string(),
    state: z.enum(REPORT_STATES).nullable(),
    status: z.enum(REPORT_STATUSES),
    late: z.boolean(),
    text: z.string().describe('the draft, or the text of the last version'),
    attachments: z.array(ReportAttachment).describe('those of the draft (or the last version)'),
    versions: z.array(ReportVersion).describe('newest first'),
    draftFigures: StatisticsTable.nullable().describe('the figures as the data stand today (own report, editable)'),
    mayEdit: z.boolean(),
    maySubmit: z.boolean(),
    mayReturn: z.boolean(),
  })
  .meta({ id: 'StageReport' });
export type StageReport = z.output<typeof StageReport>;

export const SubordinateRow = z.object({
  reportId: Uuid.nullable(),
  organizationId: Uuid,
  organizationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(REPORT_STATUSES),
  late: z.boolean(),
  submittedAt: z.string().nullable().describe('the last submission'),
  versions: z.number().int(),
});
export type SubordinateRow = z.output<typeof SubordinateRow>;

export const ReportsOverview = z
  .object({
    campaignId: Uuid,
    campaignName: z.string(),
    deadlines: z.array(
      z.object({
        dueOn: z.string(),
        own: SubordinateRow.nullable().describe("the caller's own report, when it reports in this campaign"),
        receiverName: z.string().nullable(),
        subordinates: z.array(SubordinateRow).describe('the bureaus below the caller that report in this campaign'),
      }),
    ),
  })
  .meta({ id: 'StageReportsOverview' });
export type ReportsOverview = z.output<typeof ReportsOverview>;

export const stageReports = defineContract('stageReports', {
  overview: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/stage-reports',
    permission: 'stage_report:read',
    summary: "Per report-due date: the caller's own report and the status of each bureau below (004 §三(三))",
    params: IdParams,
    answer: ReportsOverview,
    errors: ['NOT_FOUND'],
  },
  own: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/stage-reports/:dueOn',
    permission: 'stage_report:read',
    summary: "The caller's own stage report for a deadline (not started: empty, with today's figures)",
    params: DeadlineParams,
    answer: StageReport,
    errors: ['NOT_FOUND', 'REPORT_NOT_REPORTER', 'REPORT_DEADLINE_UNKNOWN'],
  },
  save: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/stage-reports/:dueOn',
    permission: 'stage_report:write',
    summary: "Save the draft text of the caller's own report (a draft or a returned one)",
    params: DeadlineParams,
    body: SaveReportRequest,
    answer: StageReport,
    errors: [
      'NOT_FOUND',
      'REPORT_NOT_REPORTER',
      'REPORT_DEADLINE_UNKNOWN',
      'REPORT_ALREADY_SUBMITTED',
      'REPORT_TEXT_TOO_LONG',
    ],
  },
  attach: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/stage-reports/:dueOn/attachments',
    permission: 'stage_report:write',
    summary: 'Attach a file (raw body; PDF or image by content; ≤ 10 MiB) to the draft',
    params: DeadlineParams,
    query: AttachmentQuery,
    rawBody: {
      mediaTypes: [
        'application/octet-stream',
        'image/jpeg',
        'image/png',
        'image/webp',
        'image/heic',
        'application/pdf',
      ],
      description: 'The file itself (JPEG, PNG, WebP, HEIC or PDF by content; ≤ 10 MiB)',
    },
    status: 201,
    answer: ReportAttachment,
    errors: [
      'NOT_FOUND',
      'REPORT_NOT_REPORTER',
      'REPORT_DEADLINE_UNKNOWN',
      'REPORT_ALREADY_SUBMITTED',
      'REPORT_ATTACHMENTS_TOO_MANY',
      'FILE_TYPE_NOT_ALLOWED',
      'FILE_TOO_LARGE',
      'FILE_IMAGE_UNREADABLE',
    ],
  },
  submit: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/stage-reports/:dueOn/submit',
    permission: 'stage_report:write',
    summary: "Submit the caller's report to the level above: a new version with the region's figures as of now",
    params: DeadlineParams,
    answer: StageReport,
    errors: [
      'NOT_FOUND',
      'REPORT_NOT_REPORTER',
      'REPORT_DEADLINE_UNKNOWN',
      'REPORT_ALREADY_SUBMITTED',
      'REPORT_TEXT_REQUIRED',
      'REPORT_TEXT_TOO_LONG',
    ],
  },
  get: {
    method: 'GET',
    path: '/api/v1/stage-reports/:id',
    permission: 'stage_report:read',
    summary: 'A stage report of the caller or of a bureau below it, with every version',
    params: IdParams,
    answer: StageReport,
    errors: ['NOT_FOUND'],
  },
  return: {
    method: 'POST',
    path: '/api/v1/stage-reports/:id/return',
    permission: 'stage_report:write',
    summary: 'Return a submitted report for revision (the receiving bureau, with a reason)',
    params: IdParams,
    body: ReturnReportRequest,
    answer: StageReport,
    errors: [
      'NOT_FOUND',
      'REPORT_NOT_RECEIVER',
      'REPORT_NOT_SUBMITTED',
      'REPORT_RETURN_REASON_REQUIRED',
      'REPORT_TEXT_TOO_LONG',
    ],
  },
  attachment: {
    method: 'GET',
    path: '/api/v1/stage-reports/:id/attachments/:attachmentId',
    permission: 'stage_report:read',
    summary: 'Download an attachment of a stage report in scope',
    params: AttachmentParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
