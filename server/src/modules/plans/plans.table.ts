import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Plan } from '../../../../domain/plans/plan.js';
import { createdAt } from '../../platform/db/columns.js';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

/** 认证提升方案 (003 §6.6): every version kept; the accepted one is the evaluation baseline. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    version: integer('version').notNull(),
    /** draft | submitted | commented | revised | accepted | superseded (domain/plans PLAN_STATUSES) */
    status: varchar('status', { length: 12 }).notNull(),
    content: jsonb('content').$type<Omit<Plan, 'indicators'>>().notNull(),
    indicators: jsonb('indicators').$type<Plan['indicators']>().notNull().default([]),
    /** Why this version was made after acceptance (003 §6.7.3). */
    amendReason: text('amend_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Optimistic lock within a version (edits and comments). */
    lockVersion: integer('lock_version').notNull().default(1),
  },
  (t) => [uniqueIndex('plans_participation_version_key').on(t.participationId, t.version)],
);

/** The enterprise's comments on a plan (003 §6.6.2) and the expert's replies. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorRole: varchar('author_role', { length: 24 }).notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId)],
);
