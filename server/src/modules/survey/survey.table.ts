import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import type { Survey } from '../../../../domain/survey/survey.js';
import { createdAt } from '../../platform/db/columns.js';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

/** The survey template in use (Annex A as data), versioned so a region can adapt it without code. */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<SurveyTemplate>().notNull(),
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
  content: jsonb('content').$type<Survey>().notNull(),
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
    content: jsonb('content').$type<Survey>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.participationId, t.revision] })],
);
