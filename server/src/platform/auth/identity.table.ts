/**
 * Who acts: organizations, accounts, their memberships (one role in one organization) and the server-side
 * sessions. The session store (session-store.ts) reads them on every request, so they live in platform.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.js';
import { regions } from '../db/regions.table.js';

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

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Case-folded, NFC-normalised login name (R01). */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** The mobile number; unique among accounts (a duplicate is refused naming the field). */
    phone: text('phone'),
    /** Lower-cased; unique among accounts. */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /** Created and invited, no password set yet (ADR 0034): cannot sign in until the activation link is used. */
    pendingActivation: boolean('pending_activation').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    uniqueIndex('users_phone_key').on(t.phone).where(sql`${t.phone} is not null`),
    uniqueIndex('users_email_key').on(t.email).where(sql`${t.email} is not null`),
  ],
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
    /** ADR 0034: a person who moves on keeps the membership with the day it ended (the trail refers to it). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('memberships_user_org_role_key')
      .on(t.userId, t.organizationId, t.role)
      .where(sql`${t.endedAt} is null`),
    index('memberships_organization_idx').on(t.organizationId),
  ],
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
