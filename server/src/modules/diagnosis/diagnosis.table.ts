import { index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DiagnosisReport } from '../../../../domain/diagnosis/diagnosis.js';
import { files } from '../files/files.table.js';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

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
    content: jsonb('content').$type<DiagnosisReport>().notNull(),
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
