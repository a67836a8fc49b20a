import { index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { users } from '../../platform/auth/identity.table.js';

/** One roster upload (ADR 0011): what was checked and what was written. */
export const rosterImports = pgTable(
  'roster_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    fileName: text('file_name').notNull(),
    fileDigest: text('file_digest').notNull(),
    mode: varchar('mode', { length: 16 }).notNull(),
    totalRows: integer('total_rows').notNull(),
    invalidRows: integer('invalid_rows').notNull(),
    createdRows: integer('created_rows').notNull(),
    unchangedRows: integer('unchanged_rows').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    /** Row errors: [{ row, field, code, message }] */
    errors: jsonb('errors').$type<Array<Record<string, unknown>>>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('roster_imports_campaign_idx').on(t.campaignId)],
);
