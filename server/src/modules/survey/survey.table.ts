import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { files } from '../files/files.table.js';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

/** The survey template in use (Annex A as data), versioned so a region can adapt it without code. */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/** 现场调研 (003 §6.5, Annex A): one per participation; each save is a revision (the offline merge base). */
export const surveys = pgTable('surveys', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  templateId: text('template_id').notNull(),
  templateVersion: integer('template_version').notNull(),
  /** draft | completed */
  status: varchar('status', { length: 12 }).notNull(),
  content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  revision: integer('revision').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
});

export const surveyRevisions = pgTable(
  'survey_revisions',
  {
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    revision: integer('revision').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.participationId, t.revision] })],
);

/** 认证提升企业质量诊断报告 (003 §6.5.8) with its Annex B.1 confirmation. */
export const diagnosisReports = pgTable(
  'diagnosis_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** issued | confirmed | superseded */
    status: varchar('status', { length: 12 }).notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the canonical content: what the enterprise confirmed. */
    digest: varchar('digest', { length: 64 }).notNull(),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** online | scan */
    confirmMethod: varchar('confirm_method', { length: 8 }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** The signer as recorded: name and capacity (legal or authorized representative). */
    signer: jsonb('signer').$type<{ name: string; capacity: string }>(),
    scanFileId: uuid('scan_file_id').references(() => files.id),
  },
  (t) => [index('diagnosis_reports_participation_idx').on(t.participationId)],
);
