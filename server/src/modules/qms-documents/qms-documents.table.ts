import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/identity.table.js';
import { files } from '../files/files.table.js';
import { participations } from '../participations/participations.table.js';

/**
 * The enterprise's QMS documents (体系建设, 001 annex; 003 §6.7.2.3): one row per document of the register with its
 * number, level and parent in the hierarchy; what each version says and covers is on its revision below.
 */
export const qmsDocuments = pgTable(
  'qms_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    number: varchar('number', { length: 40 }).notNull(),
    /** The number upper-cased: unique in the register. */
    numberKey: varchar('number_key', { length: 40 }).notNull(),
    /** manual | procedure | instruction | form */
    level: varchar('level', { length: 12 }).notNull(),
    parentId: uuid('parent_id'),
    /** The starter outline it was copied from, if any. */
    outlineKey: varchar('outline_key', { length: 40 }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('qms_documents_participation_number_key').on(t.participationId, t.numberKey),
    index('qms_documents_participation_idx').on(t.participationId),
  ],
);

/** Each version of a document (7.5.2 updating; 7.5.3 control): drafted, approved, effective, obsolete; kept for ever. */
export const qmsDocumentRevisions = pgTable(
  'qms_document_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => qmsDocuments.id),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    revision: varchar('revision', { length: 8 }).notNull(),
    title: text('title').notNull(),
    /** The GB/T 19001-2016 clauses and mandatory items this version covers, and its headings. */
    clauses: jsonb('clauses').$type<string[]>().notNull().default([]),
    items: jsonb('items').$type<string[]>().notNull().default([]),
    outline: jsonb('outline').$type<string[]>().notNull().default([]),
    /** draft | approved | effective | obsolete */
    status: varchar('status', { length: 12 }).notNull(),
    authorName: varchar('author_name', { length: 40 }).notNull(),
    draftedOn: date('drafted_on').notNull(),
    approverName: varchar('approver_name', { length: 40 }),
    approvedOn: date('approved_on'),
    effectiveOn: date('effective_on'),
    obsoletedOn: date('obsoleted_on'),
    fileId: uuid('file_id').references(() => files.id),
    changeNote: text('change_note').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('qms_document_revisions_document_revision_key').on(t.documentId, t.revision),
    index('qms_document_revisions_participation_idx').on(t.participationId),
  ],
);

/** A clause recorded as not applicable with its reason (4.3); withdrawn ones are kept with who withdrew them. */
export const qmsNonApplicable = pgTable(
  'qms_non_applicable',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participationId: uuid('participation_id')
      .notNull()
      .references(() => participations.id),
    clause: varchar('clause', { length: 16 }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [index('qms_non_applicable_participation_idx').on(t.participationId)],
);
