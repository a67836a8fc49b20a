import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';

/** 帮扶工作组 of one certification body in one campaign (000 §一). */
export const workingGroups = pgTable(
  'working_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** Regions covered; empty = the whole campaign. */
    regionCodes: jsonb('region_codes').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('working_groups_campaign_org_idx').on(t.campaignId, t.organizationId)],
);

export const workingGroupMembers = pgTable(
  'working_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** leader | manager | expert */
    role: varchar('role', { length: 12 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('working_group_members_user_idx').on(t.userId)],
);

export interface ProposalItem {
  participationId: string;
  expertUserId: string | null;
  /** solver | manual | existing (kept from an earlier confirmation) */
  source: 'solver' | 'manual' | 'existing';
  cost: number | null;
  /** Rules and preferences the pair breaks (domain/matching/pair-check). */
  hard: string[];
  soft: string[];
  /** Why the manager broke a hard rule, or moved the solver's choice. */
  reason: string | null;
  /** The expert assisting now (re-plan of an assigned enterprise). */
  currentExpertUserId: string | null;
  unassignedReason: string | null;
}

/** A working group's assignment proposal: solved, edited by hand, confirmed (ADR 0013). */
export const assignmentProposals = pgTable(
  'assignment_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** draft | confirmed | discarded */
    status: varchar('status', { length: 12 }).notNull(),
    /** keep: existing assignments stay; replan: not yet diagnosed ones may move */
    mode: varchar('mode', { length: 8 }).notNull(),
    onDate: date('on_date').notNull(),
    items: jsonb('items').$type<ProposalItem[]>().notNull().default([]),
    objective: jsonb('objective').$type<{ assigned: number; totalCost: number }>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('assignment_proposals_group_idx').on(t.groupId, t.createdAt)],
);
