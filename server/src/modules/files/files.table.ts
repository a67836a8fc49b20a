import { index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns.js';
import { participations } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';

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
