import { integer, numeric, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { organizations } from '../../platform/auth/identity.table.js';

/** Enterprise particulars (003 §6.2.2 application fields); the USCC is the natural key. */
export const enterprises = pgTable(
  'enterprises',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id),
    uscc: varchar('uscc', { length: 18 }).notNull(),
    industryCode: varchar('industry_code', { length: 2 }).notNull(),
    address: text('address'),
    legalRepresentative: text('legal_representative'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    employees: integer('employees'),
    revenueWan: numeric('revenue_wan', { precision: 14, scale: 2 }),
    assetsWan: numeric('assets_wan', { precision: 14, scale: 2 }),
    /** Row key of the 2017 size rule's table (the GB/T 4754 section it falls under). */
    sizeIndustry: varchar('size_industry', { length: 32 }),
  },
  (t) => [uniqueIndex('enterprises_uscc_key').on(t.uscc)],
);
