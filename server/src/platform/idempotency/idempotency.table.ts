import { index, pgTable, smallint, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * ADR 0039: the answers to writes sent with an `Idempotency-Key`, kept a day so a retried submit gets the first
 * answer instead of doing the work again. Written only by ./idempotency.ts.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** SHA-256 of who sent it (user, or anonymous) and the key: keys of different people never meet. */
    keyHash: varchar('key_hash', { length: 64 }).primaryKey(),
    /** SHA-256 of method, URL and body: the same key with another request is refused. */
    requestDigest: varchar('request_digest', { length: 64 }).notNull(),
    /** pending while the first request runs; done once its answer is stored. */
    state: varchar('state', { length: 8 }).notNull(),
    statusCode: smallint('status_code'),
    contentType: text('content_type'),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('idempotency_keys_created_idx').on(t.createdAt)],
);
