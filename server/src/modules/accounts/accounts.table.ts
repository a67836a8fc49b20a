/**
 * Tables of the accounts capability (ADR 0034). Organizations, users and memberships stay in
 * platform/auth/identity.table.ts (the session store reads them on every request) but only this capability's
 * repository writes them.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';

/**
 * One-time links (activation of a new account, or a password reset): the token is random and only its SHA-256 is
 * kept; a link works once, until it expires, and only while it is the user's latest.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** activation | reset */
    purpose: varchar('purpose', { length: 16 }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Set when a newer link replaced this one. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);

/** One bulk-account upload: what was checked and what was written (the rows are kept for the error workbook). */
export const accountImports = pgTable('account_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  totalRows: integer('total_rows').notNull(),
  invalidRows: integer('invalid_rows').notNull(),
  createdRows: integer('created_rows').notNull(),
  status: varchar('status', { length: 16 }).notNull(),
  /** The uploaded rows as read (cells by header), for the error workbook. */
  rows: jsonb('rows').$type<Array<Record<string, string>>>().notNull().default([]),
  /** Row errors: [{ row, field, code, message }] */
  errors: jsonb('errors').$type<Array<Record<string, unknown>>>().notNull().default([]),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});
