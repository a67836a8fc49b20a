import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';
import type {
  AuditPlan,
  AuditReport,
  ChecklistRow,
  Finding,
} from '../../../../domain/internal-audit/internal-audit.js';

/** The enterprise's internal audit of the campaign year (seed 000 §二(4); 003 §6.8.1): plan, checklist, report. */
export const internalAudits = pgTable(
  'internal_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    plan: jsonb('plan').$type<AuditPlan>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    checklist: jsonb('checklist').$type<ChecklistRow[]>().notNull().default([]),
    report: jsonb('report').$type<AuditReport>(),
    /** planned | completed */
    status: varchar('status', { length: 12 }).notNull(),
    completedOn: date('completed_on'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('internal_audits_participation_idx').on(t.participationId)],
);

/** Its findings; a nonconformity carries its cycle (correction → … → closure) as dated steps. */
export const auditFindings = pgTable(
  'audit_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => internalAudits.id),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** 1, 2, … within the audit: the NC report's number. */
    number: integer('number').notNull(),
    grade: varchar('grade', { length: 12 }).notNull(),
    clause: varchar('clause', { length: 16 }).notNull(),
    department: text('department').notNull(),
    evidence: text('evidence').notNull(),
    foundOn: date('found_on').notNull(),
    dueOn: date('due_on'),
    steps: jsonb('steps').$type<Finding['steps']>().notNull().default([]),
    closedOn: date('closed_on'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('audit_findings_audit_idx').on(t.auditId),
    index('audit_findings_participation_idx').on(t.participationId),
  ],
);
