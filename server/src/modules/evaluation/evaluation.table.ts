import {
  boolean,
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
import { users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';

/** One "after" value of a C.1 row with its evidence (003 §6.9.5, Annex C). */
export interface SheetValue {
  indicatorKey: string;
  after: number | null;
  evidence: string;
  fileId: string | null;
  enteredBy: string;
  enteredAt: string;
}

/** The acceptance evaluation panel of one participation (003 §6.9.1–6.9.3) and its signed-off result. */
export const evaluationPanels = pgTable('evaluation_panels', {
  id: uuid('id').primaryKey().defaultRandom(),
  participationId: uuid('participation_id')
    .notNull()
    .unique()
    .references(() => participations.id),
  leaderUserId: uuid('leader_user_id')
    .notNull()
    .references(() => users.id),
  /** 003 §6.9.3: 文件评审 and 现场评审 */
  documentReview: boolean('document_review').notNull(),
  onsiteReview: boolean('onsite_review').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  /** mean | median (domain/evaluation AGGREGATIONS) */
  aggregation: varchar('aggregation', { length: 8 }).notNull(),
  /** all | any (domain/evaluation ITEM_RULES) */
  itemRule: varchar('item_rule', { length: 8 }).notNull(),
  bands: jsonb('bands').$type<GradeBand[]>().notNull(),
  /** open | signed_off */
  status: varchar('status', { length: 12 }).notNull().default('open'),
  total: smallint('total'),
  grade: varchar('grade', { length: 12 }),
  signedOffBy: uuid('signed_off_by').references(() => users.id),
  signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
  reopenReason: text('reopen_reason'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const evaluationPanelMembers = pgTable(
  'evaluation_panel_members',
  {
    panelId: uuid('panel_id')
      .notNull()
      .references(() => evaluationPanels.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.panelId, t.userId] }), index('evaluation_panel_members_user_idx').on(t.userId)],
);

/** One rater's C.1 table (each rater scores independently). */
export const evaluationSheets = pgTable(
  'evaluation_sheets',
  {
    panelId: uuid('panel_id')
      .notNull()
      .references(() => evaluationPanels.id),
    raterUserId: uuid('rater_user_id')
      .notNull()
      .references(() => users.id),
    values: jsonb('values').$type<SheetValue[]>().notNull(),
    total: smallint('total').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.panelId, t.raterUserId] })],
);

/** An evaluation expert's qualification in the pool (003 §6.9.2 a 评审员 / b 行业专家), recorded by a bureau. */
export const evaluatorQualifications = pgTable('evaluator_qualifications', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  /** auditor | industry_expert (domain/evaluation/pool EVALUATOR_KINDS) */
  kind: varchar('kind', { length: 16 }).notNull(),
  certificateNumber: varchar('certificate_number', { length: 64 }),
  issuingBody: varchar('issuing_body', { length: 120 }),
  validFrom: date('valid_from', { mode: 'string' }),
  validUntil: date('valid_until', { mode: 'string' }),
  recommendedBy: varchar('recommended_by', { length: 120 }),
  industries: jsonb('industries').$type<string[]>().notNull(),
  regionCode: varchar('region_code', { length: 12 }),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
});

/** The enterprise's self-evaluation with the C.1 table before the panel (003 Annex C.2); never counted in the result. */
export const evaluationSelfAssessments = pgTable('evaluation_self_assessments', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  values: jsonb('values').$type<SheetValue[]>().notNull(),
  total: smallint('total').notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** 《企业实施情况及成效总结》 (seed 001 §四(三)): one text per section (domain/evaluation SUMMARY_SECTIONS). */
export const enterpriseSummaries = pgTable('enterprise_summaries', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  sections: jsonb('sections').$type<Record<string, string>>().notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** One action of the improvement and innovation action plan (003 §6.9.7), with the body's follow-up note. */
export interface ActionPlanItem {
  kind: 'improvement' | 'innovation';
  action: string;
  owner: string;
  dueOn: string;
  done: boolean;
  doneOn: string | null;
  followUp: string;
}

/** The improvement and innovation action plan after the evaluation (003 §6.9.7). */
export const evaluationActionPlans = pgTable('evaluation_action_plans', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  items: jsonb('items').$type<ActionPlanItem[]>().notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
