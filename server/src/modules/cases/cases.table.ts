import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { CaseFigure } from '../../../../domain/cases/case-figures.js';
import type { CaseParts } from '../../../../domain/cases/case-text.js';
import { createdAt } from '../../platform/db/columns.js';
import { regions } from '../../platform/db/regions.table.js';
import { users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';

/** The excellent case of one evaluated participation (003 §6.10, Annex D) and where it is on its way upward. */
export const excellentCases = pgTable(
  'excellent_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .unique()
      .references(() => participations.id),
    title: text('title').notNull(),
    parts: jsonb('parts').$type<CaseParts>().notNull(),
    draftingUnits: jsonb('drafting_units').$type<string[]>().notNull(),
    /** 003 Annex D.2 images and charts: [{ fileId, part, caption }] in order (domain/cases/case-figures.ts) */
    figures: jsonb('figures').$type<CaseFigure[]>().notNull().default([]),
    /** the body's characters by domain/cases countCharacters, kept for lists */
    characters: integer('characters').notNull(),
    /** draft | submitted | returned | accepted | recommended (domain/cases CASE_STATUSES) */
    status: varchar('status', { length: 12 }).notNull(),
    atRegionCode: varchar('at_region_code', { length: 6 }).references(() => regions.code),
    acceptedRegionCode: varchar('accepted_region_code', { length: 6 }).references(() => regions.code),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** the bureau region that published it: the only one that may withdraw it (撤回发布) */
    publishedRegionCode: varchar('published_region_code', { length: 6 }).references(() => regions.code),
    returnReason: text('return_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('excellent_cases_at_region_idx').on(t.atRegionCode),
    index('excellent_cases_published_idx').on(t.published),
  ],
);

/** Each step of a case's way: submitted, returned (with reason), accepted, recommended, published, withdrawn (with reason). */
export const excellentCaseSteps = pgTable(
  'excellent_case_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => excellentCases.id),
    command: varchar('command', { length: 12 }).notNull(),
    regionCode: varchar('region_code', { length: 6 }).references(() => regions.code),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('excellent_case_steps_case_idx').on(t.caseId)],
);
