import { date, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { files } from '../files/files.table.js';
import { participations } from '../participations/participations.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';

/**
 * A training session (000 §二(3); 001 annex 培训; 003 §6.7.2.2): one of the kinds of domain/training
 * (centralized, industry, individual, tiered, online, internal_auditor).
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    /** domain/training TRAINING_KINDS */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** industry sessions: common | industry | individual (001 annex 共性/行业性/个性化问题); individual: on_site | remote */
    subKind: varchar('sub_kind', { length: 20 }),
    title: text('title').notNull(),
    /** The organizing bureau, body or (for an expert) the expert's body. */
    organizerOrganizationId: uuid('organizer_organization_id')
      .notNull()
      .references(() => organizations.id),
    organizerUserId: uuid('organizer_user_id')
      .notNull()
      .references(() => users.id),
    heldOn: date('held_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** offline | online (an online session has a URL, an offline one a place) */
    delivery: varchar('delivery', { length: 8 }).notNull(),
    durationHours: numeric('duration_hours', { precision: 5, scale: 1 }).notNull(),
    place: text('place'),
    url: text('url'),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    /** 003 §6.7.2.2 a)–d) (domain/plans TRAINING_AUDIENCES), empty for "all". */
    audiences: jsonb('audiences').$type<string[]>().notNull().default([]),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    industryCode: varchar('industry_code', { length: 2 }),
    materialFileIds: jsonb('material_file_ids').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('training_sessions_campaign_idx').on(t.campaignId, t.heldOn),
    index('training_sessions_region_idx').on(t.regionCode),
    index('training_sessions_organizer_idx').on(t.organizerOrganizationId),
  ],
);

/** An enterprise enrolled in a session. */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    enrolledBy: uuid('enrolled_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('training_enrolments_session_participation_key').on(t.sessionId, t.participationId),
    index('training_enrolments_participation_idx').on(t.participationId),
  ],
);

/** One person's attendance (one row = one 人次, 002 Annex 2 row 2). */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    personName: text('person_name').notNull(),
    post: text('post'),
    /** 003 §6.7.2.2 a)–d) */
    audienceLevel: varchar('audience_level', { length: 20 }),
    /** manual | import */
    source: varchar('source', { length: 8 }).notNull(),
    /** Sign-in photo or scan, or the online completion evidence. */
    evidenceFileId: uuid('evidence_file_id').references(() => files.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    // the roll-ups: attendance of a session, of an enterprise
    index('training_attendance_session_idx').on(t.sessionId),
    index('training_attendance_participation_idx').on(t.participationId, t.sessionId),
  ],
);

/** A rejected sign-in sheet import: the uploaded rows with their problems, for the error workbook. */
export const trainingImports = pgTable(
  'training_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    totalRows: integer('total_rows').notNull(),
    invalidRows: integer('invalid_rows').notNull(),
    /** [{ row, values, problems: [{ field, code, detail? }] }] */
    errors: jsonb('errors').$type<unknown[]>().notNull().default([]),
    importedBy: uuid('imported_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('training_imports_session_idx').on(t.sessionId)],
);
