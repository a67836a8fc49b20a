import { bigserial, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participations } from '../participations/participations.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';

/**
 * The impartiality report's rows (ADR 0013): every conflict found by the check, every
 * appointment refused for it, and every hard matching rule a manager overrode with a reason.
 */
export const impartialityFindings = pgTable(
  'impartiality_findings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** found | refused | overridden */
    kind: varchar('kind', { length: 12 }).notNull(),
    /** COOLING_OFF or a hard pair rule (DECLARED_CONFLICT, CAPACITY_EXCEEDED, …) */
    rule: varchar('rule', { length: 32 }).notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organizations.id),
    participationId: uuid('participation_id').references(() => participations.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    /** The certification body concerned, for its scope. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('impartiality_findings_region_idx').on(t.regionCode),
    index('impartiality_findings_org_idx').on(t.organizationId),
  ],
);
