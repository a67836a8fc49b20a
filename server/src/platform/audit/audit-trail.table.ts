import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

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
