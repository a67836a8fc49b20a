import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';

/** The serial of application reference numbers (domain/intake/reference-number): never reused, in any year. */
export const applicationReferenceSeq = pgSequence('application_reference_seq', { startWith: 1 });

/** One enterprise in one campaign: the 一企一档 file. */
export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organizations.id),
    certificationBodyId: uuid('certification_body_id').references(() => organizations.id),
    stage: varchar('stage', { length: 16 }).notNull(),
    /** self | bureau | association (003 §6.2.2) */
    origin: varchar('origin', { length: 12 }).notNull(),
    /** Region and industry as of capture: codes are retired, not reused (GB/T 2260 §3.2). */
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    industryCode: varchar('industry_code', { length: 2 }).notNull(),
    /** The application as declared (003 §6.2.2): figures, certification status, willingness, resources. */
    application: jsonb('application').$type<Record<string, unknown>>().notNull().default({}),
    /** Size by the 2017 rule at application time: large | medium | small | micro | not_applicable. */
    sizeClass: varchar('size_class', { length: 16 }),
    recommendedByOrganizationId: uuid('recommended_by_organization_id').references(() => organizations.id),
    preferredBodyId: uuid('preferred_body_id').references(() => organizations.id),
    /** On the waiting list (候补) after screening. */
    waitlisted: boolean('waitlisted').notNull().default(false),
    operationStartedOn: date('operation_started_on'),
    internalAuditOn: date('internal_audit_on'),
    managementReviewOn: date('management_review_on'),
    evaluationScore: smallint('evaluation_score'),
    evaluationGrade: varchar('evaluation_grade', { length: 10 }),
    certificateNumber: text('certificate_number'),
    certificateIssuedOn: date('certificate_issued_on'),
    /** 申请编号 SQ-<year>-<serial> given to the applicant (domain/intake/reference-number); null for older rows. */
    referenceNumber: varchar('reference_number', { length: 24 }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('participations_campaign_enterprise_key').on(t.campaignId, t.enterpriseId),
    uniqueIndex('participations_reference_number_key').on(t.referenceNumber),
    // keyset export of a campaign in id order
    index('participations_campaign_id_idx').on(t.campaignId, t.id),
    // ADR 0038: a region scope is `region_code like 'prefix%'`, which only a pattern-ops index serves in any collation
    index('participations_region_idx').on(t.regionCode.op('varchar_pattern_ops')),
    // the list's order: the first page of a large scope reads this index and stops after a page
    index('participations_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id),
    index('participations_body_idx').on(t.certificationBodyId),
    index('participations_stage_idx').on(t.stage),
  ],
);

/** Assistance relations: the impartiality register's raw material (000 §三). */
export const participationExperts = pgTable(
  'participation_experts',
  {
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    expertUserId: uuid('expert_user_id')
      .notNull()
      .references(() => users.id),
    /** The part played: assistance_expert (帮扶专家); the register keeps it with the dates. */
    role: varchar('role', { length: 24 }).notNull().default('assistance_expert'),
    /** The working group the assignment came from, for the enterprise's contact. */
    workingGroupId: uuid('working_group_id'),
    fromOn: date('from_on').notNull(),
    toOn: date('to_on'),
  },
  (t) => [
    primaryKey({ columns: [t.participationId, t.expertUserId] }),
    index('participation_experts_expert_idx').on(t.expertUserId),
  ],
);

/** Evaluation experts appointed to a participation's acceptance evaluation (003 §6.9.2). */
export const evaluationAppointments = pgTable(
  'evaluation_appointments',
  {
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.participationId, t.userId] }),
    index('evaluation_appointments_user_idx').on(t.userId),
  ],
);

/** Each accepted transition: the participation's timeline. */
export const stageEvents = pgTable(
  'stage_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    command: varchar('command', { length: 24 }).notNull(),
    fromStage: varchar('from_stage', { length: 16 }),
    toStage: varchar('to_stage', { length: 16 }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorRole: varchar('actor_role', { length: 24 }),
    actorOrganizationId: uuid('actor_organization_id').references(() => organizations.id),
    reason: text('reason'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('stage_events_participation_idx').on(t.participationId, t.id)],
);
