import { index, integer, jsonb, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import type { DeclaredConflict, UnavailablePeriod } from '../../../../domain/experts/expert-profile.js';

/** An assistance expert's profile, kept by their certification body (seed 000 §一). */
export const expertProfiles = pgTable(
  'expert_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    registrationLevel: varchar('registration_level', { length: 24 }).notNull(),
    registrationNumber: text('registration_number').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    subCodes: jsonb('sub_codes').$type<string[]>().notNull().default([]),
    homeRegionCode: varchar('home_region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    capacity: smallint('capacity').notNull().default(2),
    capacityReason: text('capacity_reason'),
    unavailable: jsonb('unavailable').$type<UnavailablePeriod[]>().notNull().default([]),
    /** Declared conflicts: [{ kind, enterpriseUscc, enterpriseName, until, note }] */
    conflicts: jsonb('conflicts').$type<DeclaredConflict[]>().notNull().default([]),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('expert_profiles_org_idx').on(t.organizationId)],
);
