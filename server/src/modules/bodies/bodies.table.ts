import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../platform/auth/identity.table.js';

export const certificationBodies = pgTable('certification_bodies', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  /** CNCA approval number (批准号), e.g. CNCA-R-2002-001 */
  approvalNumber: text('approval_number').notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  /** GB/T 2260 codes of the regions it serves. */
  regionsServed: jsonb('regions_served').$type<string[]>().notNull().default([]),
  /** 39-category codes it may serve. */
  industryCodes: jsonb('industry_codes').$type<string[]>().notNull().default([]),
});
