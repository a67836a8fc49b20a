import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';
import type { ReviewRecord } from '../../../../domain/management-review/management-review.js';

/** The management review held (000 §二(4)–(5); 9.3): its record as decided, one per participation and year. */
export const managementReviews = pgTable(
  'management_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    heldOn: date('held_on').notNull(),
    record: jsonb('record').$type<ReviewRecord>().notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('management_reviews_participation_idx').on(t.participationId)],
);

/** 000 §二(5): a certified enterprise's own audit and review of this year, checked by the expert, with evidence. */
export const reviewVerifications = pgTable(
  'review_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    auditOn: date('audit_on').notNull(),
    reviewOn: date('review_on').notNull(),
    evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull(),
    note: text('note').notNull().default(''),
    checkedBy: uuid('checked_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('review_verifications_participation_idx').on(t.participationId)],
);

/** 003 §6.8.2: the improvement actions the review decided (9.3.3), tracked until checked for effectiveness. */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    reviewId: uuid('review_id').references(() => managementReviews.id),
    /** improvement | qms_change | resource_need (9.3.3 a)–c)) */
    kind: varchar('kind', { length: 16 }).notNull(),
    text: text('text').notNull(),
    owner: text('owner').notNull(),
    raisedOn: date('raised_on').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    doneNote: text('done_note'),
    effective: boolean('effective'),
    checkedOn: date('checked_on'),
    checkedBy: text('checked_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('improvement_actions_participation_idx').on(t.participationId)],
);
