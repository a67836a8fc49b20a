/**
 * The whole lifecycle's data model (ADR 0001, 0006). One schema serves PGlite and PostgreSQL;
 * `npm run db:generate` writes the committed SQL migrations in server/migrations.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

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

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 24 }).notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 6 }).references(() => regions.code),
    createdAt: createdAt(),
  },
  (t) => [index('organizations_kind_region_idx').on(t.kind, t.regionCode)],
);

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

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Case-folded, NFC-normalised login name (R01). */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.username)],
);

export const passwordHistory = pgTable(
  'password_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('password_history_user_idx').on(t.userId)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: varchar('role', { length: 24 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_user_org_role_key').on(t.userId, t.organizationId, t.role)],
);

/** Server-side sessions; the cookie holds only an opaque id whose SHA-256 is the key. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per login name, known or not, so lockout reveals nothing (R04). */
export const loginThrottle = pgTable('login_throttle', {
  usernameKey: text('username_key').primaryKey(),
  failures: smallint('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

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
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('participations_campaign_enterprise_key').on(t.campaignId, t.enterpriseId),
    // keyset export of a campaign in id order
    index('participations_campaign_id_idx').on(t.campaignId, t.id),
    index('participations_region_idx').on(t.regionCode),
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

/** Append-only, hash-chained trail (R21). Updates and deletes are refused by a trigger. */
export const auditTrail = pgTable(
  'audit_trail',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganizationId: uuid('actor_organization_id'),
    actorRole: varchar('actor_role', { length: 24 }),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    outcome: varchar('outcome', { length: 12 }).notNull(),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** ADR 0019: 1 = the legacy unkeyed SHA-256 rule (rows written before the key existed), 2 = HMAC-SM3 with the key outside the database. */
    hashVersion: smallint('hash_version').notNull().default(1),
  },
  (t) => [
    index('audit_trail_object_idx').on(t.objectType, t.objectId),
    index('audit_trail_actor_idx').on(t.actorUserId),
  ],
);

/** Eligibility screening of one participation (ADR 0009): each item with its evidence. */
export const screenings = pgTable('screenings', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  /** [{ key, result: pass|fail|unknown, evidence, source, verifiedBy, verifiedAt }] */
  items: jsonb('items').$type<Array<Record<string, unknown>>>().notNull().default([]),
  summary: text('summary'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

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

/** One roster upload (ADR 0011): what was checked and what was written. */
export const rosterImports = pgTable(
  'roster_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    fileName: text('file_name').notNull(),
    fileDigest: text('file_digest').notNull(),
    mode: varchar('mode', { length: 16 }).notNull(),
    totalRows: integer('total_rows').notNull(),
    invalidRows: integer('invalid_rows').notNull(),
    createdRows: integer('created_rows').notNull(),
    unchangedRows: integer('unchanged_rows').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    /** Row errors: [{ row, field, code, message }] */
    errors: jsonb('errors').$type<Array<Record<string, unknown>>>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('roster_imports_campaign_idx').on(t.campaignId)],
);

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
    unavailable: jsonb('unavailable')
      .$type<Array<{ from: string; to: string; note?: string | null }>>()
      .notNull()
      .default([]),
    /** Declared conflicts: [{ kind, enterpriseUscc, enterpriseName, until, note }] */
    conflicts: jsonb('conflicts')
      .$type<
        Array<{
          kind: string;
          enterpriseUscc: string;
          enterpriseName: string;
          until?: string | null;
          note?: string | null;
        }>
      >()
      .notNull()
      .default([]),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('expert_profiles_org_idx').on(t.organizationId)],
);

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

/** An uploaded file (ADR 0022): evidence photos, signed and sealed scans. Bytes live in the file store. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** survey_evidence | diagnosis_scan */
    purpose: varchar('purpose', { length: 24 }).notNull(),
    fileName: text('file_name').notNull(),
    /** By content sniffing, never the client's claim. */
    mime: varchar('mime', { length: 64 }).notNull(),
    size: integer('size').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('files_participation_idx').on(t.participationId)],
);

/** The survey template in use (Annex A as data), versioned so a region can adapt it without code. */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/** 现场调研 (003 §6.5, Annex A): one per participation; each save is a revision (the offline merge base). */
export const surveys = pgTable('surveys', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  templateId: text('template_id').notNull(),
  templateVersion: integer('template_version').notNull(),
  /** draft | completed */
  status: varchar('status', { length: 12 }).notNull(),
  content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  revision: integer('revision').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
});

export const surveyRevisions = pgTable(
  'survey_revisions',
  {
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    revision: integer('revision').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.participationId, t.revision] })],
);

/** 认证提升企业质量诊断报告 (003 §6.5.8) with its Annex B.1 confirmation. */
export const diagnosisReports = pgTable(
  'diagnosis_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** issued | confirmed | superseded */
    status: varchar('status', { length: 12 }).notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the canonical content: what the enterprise confirmed. */
    digest: varchar('digest', { length: 64 }).notNull(),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** online | scan */
    confirmMethod: varchar('confirm_method', { length: 8 }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** The signer as recorded: name and capacity (legal or authorized representative). */
    signer: jsonb('signer').$type<{ name: string; capacity: string }>(),
    scanFileId: uuid('scan_file_id').references(() => files.id),
  },
  (t) => [index('diagnosis_reports_participation_idx').on(t.participationId)],
);

/** 认证提升方案 (003 §6.6): every version kept; the accepted one is the evaluation baseline. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    version: integer('version').notNull(),
    /** draft | submitted | commented | revised | accepted | superseded (domain/plan PLAN_STATUSES) */
    status: varchar('status', { length: 12 }).notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    indicators: jsonb('indicators').$type<Array<Record<string, unknown>>>().notNull().default([]),
    /** Why this version was made after acceptance (003 §6.7.3). */
    amendReason: text('amend_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Optimistic lock within a version (edits and comments). */
    lockVersion: integer('lock_version').notNull().default(1),
  },
  (t) => [uniqueIndex('plans_participation_version_key').on(t.participationId, t.version)],
);

/** The enterprise's comments on a plan (003 §6.6.2) and the expert's replies. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorRole: varchar('author_role', { length: 24 }).notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId)],
);
