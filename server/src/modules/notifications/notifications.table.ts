import { index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participations } from '../participations/participations.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';

/** In-platform notifications to an organization (enterprise, certification body, bureau). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Set for a personal notification (e.g. an expert's new enterprise); else the whole organization's. */
    userId: uuid('user_id').references(() => users.id),
    kind: varchar('kind', { length: 40 }).notNull(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    participationId: uuid('participation_id').references(() => participations.id),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_org_idx').on(t.organizationId, t.createdAt)],
);
