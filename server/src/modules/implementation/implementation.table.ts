import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { TeamMember } from '../../../../domain/implementation/implementation.js';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';
import { participations } from '../participations/participations.table.js';

/**
 * 认证提升工作小组 (003 §6.7.2.1): every version kept; the highest is the current team, the earlier ones its
 * history (who led and sat on it when).
 */
export const improvementTeams = pgTable(
  'improvement_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    version: integer('version').notNull(),
    leaderName: varchar('leader_name', { length: 60 }).notNull(),
    leaderPost: varchar('leader_post', { length: 60 }),
    leaderIsTopManager: boolean('leader_is_top_manager').notNull(),
    delegationReason: text('delegation_reason'),
    members: jsonb('members').$type<TeamMember[]>().notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedRole: varchar('recorded_role', { length: 24 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('improvement_teams_participation_version_key').on(t.participationId, t.version)],
);

/** The recorded start of QMS operation (000 §二(4)): one per participation; it moves the stage to operating. */
export const operationStarts = pgTable('operation_starts', {
  participationId: uuid('participation_id')
    .primaryKey()
    .references(() => participations.id),
  startedOn: date('started_on').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  recordedRole: varchar('recorded_role', { length: 24 }).notNull(),
  createdAt: createdAt(),
});

/** 运行记录、数据、绩效改进 and the plan's key control points (001 annex; 003 §6.7.2.4): dated entries with files. */
export const operationRecords = pgTable(
  'operation_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** domain/implementation OPERATION_RECORD_KINDS */
    kind: varchar('kind', { length: 24 }).notNull(),
    recordedOn: date('recorded_on').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    body: text('body'),
    /** control_point: the accepted plan's key control point, by title */
    controlPoint: varchar('control_point', { length: 200 }),
    fileIds: jsonb('file_ids').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedRole: varchar('recorded_role', { length: 24 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('operation_records_participation_idx').on(t.participationId, t.recordedOn)],
);

/** 003 §6.7.3: problems and opinions raised during training, process work and operation, and how each was resolved. */
export const implementationIssues = pgTable(
  'implementation_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    /** domain/implementation ISSUE_SOURCES */
    source: varchar('source', { length: 16 }).notNull(),
    /** domain/implementation ISSUE_KINDS */
    kind: varchar('kind', { length: 16 }).notNull(),
    raisedOn: date('raised_on').notNull(),
    raisedByName: varchar('raised_by_name', { length: 60 }).notNull(),
    description: text('description').notNull(),
    resolution: text('resolution'),
    resolvedOn: date('resolved_on'),
    /** The plan version made by amendment for this deviation (003 §6.7.3 调整方案). */
    planVersion: integer('plan_version'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('implementation_issues_participation_idx').on(t.participationId, t.raisedOn)],
);
