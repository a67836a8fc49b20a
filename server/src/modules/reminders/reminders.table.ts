import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';

/**
 * Scheduled runs claimed once (ADR 0042): a server inserts (job, run_key) with `on conflict do nothing` in the
 * transaction that does the run's work, so of several servers ticking in the same slot one does it; a run that fails
 * rolls its claim back with its work.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: varchar('job', { length: 32 }).notNull(),
    runKey: varchar('run_key', { length: 64 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runKey] })],
);

/** Each reminder made, by its stable key (domain/reminders reminderKey): the key is made once. */
export const reminders = pgTable(
  'reminders',
  {
    key: varchar('key', { length: 120 }).primaryKey(),
    kind: varchar('kind', { length: 24 }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Days before the due date (0: the day itself). */
    lead: smallint('lead').notNull(),
    participationId: uuid('participation_id'),
    campaignId: uuid('campaign_id'),
    createdAt: createdAt(),
  },
  (t) => [index('reminders_due_idx').on(t.dueOn)],
);

/**
 * The email outbox: one row per reminder and person, so a race or a retry cannot send twice. `immediate` rows go out
 * on the next run, `digest` rows in the person's daily digest. A sender claims rows (`sending`) in a short transaction
 * with `for update skip locked`, sends outside it, then marks them sent or pending again (failed after the last
 * attempt); a claim left by a crashed sender is taken again after the lease.
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reminderKey: varchar('reminder_key', { length: 120 })
      .notNull()
      .references(() => reminders.key),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** immediate | digest */
    mode: varchar('mode', { length: 10 }).notNull(),
    /** pending | sending (claimed by a sender since claimed_at) | sent | failed */
    status: varchar('status', { length: 8 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reminder_deliveries_key_user_key').on(t.reminderKey, t.userId),
    index('reminder_deliveries_pending_idx').on(t.status, t.mode),
  ],
);

/** A person's choice of reminder emails (domain/reminders EMAIL_MODES); no row: the default. */
export const reminderPreferences = pgTable('reminder_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  /** immediate | digest | in_app */
  emailMode: varchar('email_mode', { length: 10 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
