import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { StatisticsTable } from '../../../../contracts/statistics.js';
import { createdAt } from '../../platform/db/columns.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { campaigns } from '../campaigns/campaigns.table.js';

/**
 * A bureau's stage report for one report-due date of a campaign (004 §三(三)); keyed by the date, not the phase row,
 * since a campaign's phases are rewritten as a whole. The draft text and attachments live here; each submission
 * is a row of stage_report_versions, never changed afterwards.
 */
export const stageReports = pgTable(
  'stage_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    dueOn: date('due_on').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    /** draft | submitted | returned */
    state: varchar('state', { length: 10 }).notNull(),
    text: text('text').notNull().default(''),
    /** The draft's attachments (stage_report_attachments ids), in order. */
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull().default([]),
    /** China-calendar day of the first submission: lateness is judged on it. */
    firstSubmittedOn: date('first_submitted_on'),
    versions: integer('versions').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stage_reports_deadline_org_key').on(t.campaignId, t.dueOn, t.organizationId),
    index('stage_reports_region_idx').on(t.regionCode),
  ],
);

/** A submitted version: text, the region's statistics table at submission, the attachments; its return, if any. */
export const stageReportVersions = pgTable(
  'stage_report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => stageReports.id),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    figures: jsonb('figures').$type<StatisticsTable>().notNull(),
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    returnReason: text('return_reason'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedBy: uuid('returned_by').references(() => users.id),
  },
  (t) => [uniqueIndex('stage_report_versions_report_version_key').on(t.reportId, t.version)],
);

/** An attachment of a stage report; the bytes in the file store (content-addressed, ADR 0022). */
export const stageReportAttachments = pgTable(
  'stage_report_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => stageReports.id),
    fileName: text('file_name').notNull(),
    mime: varchar('mime', { length: 64 }).notNull(),
    size: integer('size').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('stage_report_attachments_report_idx').on(t.reportId)],
);
