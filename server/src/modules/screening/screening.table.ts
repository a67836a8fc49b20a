import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

/** Eligibility screening of one participation (ADR 0009): each item with its evidence. */
export const screenings = pgTable('screenings', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  /** [{ key, result: pass|fail|unknown, evidence, source, verifiedBy, verifiedAt }] */
  items: jsonb('items').$type<Array<Record<string, unknown>>>().notNull().default([]),
  summary: text('summary'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
