import { date, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';

/** 002 step 9: the enterprise's application for certification to a body of its choice, one per participation. */
export const certificationApplications = pgTable(
  'certification_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organizations.id),
    standard: varchar('standard', { length: 32 }).notNull(),
    appliedOn: date('applied_on').notNull(),
    appliedBy: uuid('applied_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('certification_applications_participation_key').on(t.participationId),
    index('certification_applications_body_idx').on(t.bodyId),
  ],
);

/**
 * A certificate (003 §6.9.9): `issued` is written with the certify command; `existing` is the one an enterprise
 * already certified holds (000 §二(5)). `nextDueOn` is the next surveillance or recertification (domain/certification).
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** issued | existing */
    kind: varchar('kind', { length: 10 }).notNull(),
    certificateNumber: varchar('certificate_number', { length: 64 }).notNull(),
    scope: text('scope').notNull().default(''),
    standard: varchar('standard', { length: 32 }).notNull(),
    bodyId: uuid('body_id').references(() => organizations.id),
    bodyName: text('body_name').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    nextDueOn: date('next_due_on'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('certificates_participation_kind_key').on(t.participationId, t.kind)],
);

/** 跟踪监督 (17021-1 §9.6.2): each surveillance the body held and its result. */
export const surveillances = pgTable(
  'certificate_surveillances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    heldOn: date('held_on').notNull(),
    /** maintained | suspended | withdrawn */
    result: varchar('result', { length: 10 }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('certificate_surveillances_certificate_idx').on(t.certificateId)],
);
