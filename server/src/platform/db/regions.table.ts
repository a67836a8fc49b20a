/**
 * GB/T 2260 divisions. The reference module loads and serves them (modules/reference/region-data.ts); the table
 * lives in platform because organizations (platform/auth/identity.table.ts) refers to it.
 */
import { index, pgTable, text, varchar } from 'drizzle-orm/pg-core';

/** GB/T 2260 divisions, loaded from a maintained data package (shared/reference/regions.md). */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 6 }).primaryKey(),
    name: text('name').notNull(),
    parentCode: varchar('parent_code', { length: 6 }),
    level: varchar('level', { length: 10 }).notNull(),
    sourceVersion: text('source_version').notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
