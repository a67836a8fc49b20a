import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { GradeBand } from '../../../../domain/evaluation/annex-c.js';
import { createdAt } from '../../platform/db/columns.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    issuingOrganizationId: uuid('issuing_organization_id')
      .notNull()
      .references(() => organizations.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    parentId: uuid('parent_id'),
    /** Targets: enterprises to assist, quotas per sub-region, excellent cases (001 §二, 004). */
    targets: jsonb('targets')
      .$type<{ enterprises?: number; excellentCases?: number; quotas?: Record<string, number> }>()
      .notNull()
      .default({}),
    /** Key industries named by the notice (e.g. 汽车及零部件, 地毯): free text, not the 39 categories. */
    keyIndustries: jsonb('key_industries').$type<string[]>().notNull().default([]),
    /** Optional campaign eligibility rules beyond the seeds' checklist (e.g. Hunan's revenue ≥ 2000万). */
    eligibility: jsonb('eligibility')
      .$type<{ minMainRevenueWan?: number; requireSmallOrMicro?: boolean }>()
      .notNull()
      .default({}),
    /** Work plan, 003 §6.3.3 a)–c). */
    workPlan: jsonb('work_plan').$type<Record<string, string>>().notNull().default({}),
    /** Table 2 bands of this campaign (003 Table 2 "可视实际情况调整"); null = Table 2 as published. */
    gradeBands: jsonb('grade_bands').$type<GradeBand[] | null>(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('campaigns_region_idx').on(t.regionCode), index('campaigns_parent_idx').on(t.parentId)],
);

/** 项目启动 (003 §6.4): the kick-off meeting record. */
export const kickOffs = pgTable(
  'kick_offs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    attendees: text('attendees').notNull(),
    materials: text('materials'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('kick_offs_campaign_idx').on(t.campaignId)],
);

/** 行动部署 / 帮扶提升 / 总结评估 and the dated checkpoints (001 §四). */
export const campaignPhases = pgTable(
  'campaign_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    kind: varchar('kind', { length: 24 }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    sortOrder: smallint('sort_order').notNull(),
  },
  (t) => [index('campaign_phases_campaign_idx').on(t.campaignId)],
);

/** Certification bodies selected for a campaign (003 §5.2); only they see it. */
export const campaignBodies = pgTable(
  'campaign_bodies',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** 003 §5.2 criteria as checked by the bureau: [{ key, met, evidence }]. */
    checklist: jsonb('checklist').$type<Array<{ key: string; met: boolean; evidence: string }>>().notNull().default([]),
    selectedBy: uuid('selected_by').references(() => users.id),
    selectedAt: timestamp('selected_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organizationId] })],
);
