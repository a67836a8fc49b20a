import { date, index, integer, numeric, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/identity.table.js';
import { createdAt } from '../../platform/db/columns.js';
import { regions } from '../../platform/db/regions.table.js';

/** The policy-measures register (002 Annex 2 一, 附表 row 1): one measure of one bureau's own region. */
export const policyMeasures = pgTable(
  'policy_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The recording bureau's region; the bureaus above read it (ADR 0004 subtree). */
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** national | provincial | city | county (domain/statistics issuingLevelOf). */
    issuingLevel: varchar('issuing_level', { length: 12 }).notNull(),
    documentNumber: text('document_number').notNull(),
    title: text('title').notNull(),
    issuedOn: date('issued_on').notNull(),
    content: text('content').notNull(),
    /** 万元, exact to 0.0001 (1 元). */
    subsidyWan: numeric('subsidy_wan', { precision: 14, scale: 4 }).notNull().default('0'),
    creditWan: numeric('credit_wan', { precision: 14, scale: 4 }).notNull().default('0'),
    feesWaivedWan: numeric('fees_waived_wan', { precision: 14, scale: 4 }).notNull().default('0'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('policy_measures_region_idx').on(t.regionCode.op('varchar_pattern_ops'), t.issuedOn)],
);
