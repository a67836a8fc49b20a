/**
 * Response and request shapes of the API. Where the server exports a zod schema the type is
 * inferred from it (type-only import, erased at build); the rest mirror the route schemas.
 */
import type { z } from 'zod';
import type { SessionResponse, MembershipView } from '../../../server/src/modules/auth/auth.schemas.js';

export type Session = z.infer<typeof SessionResponse>;
export type Membership = z.infer<typeof MembershipView>;

/** GET /api/v1/notifications (the route's schema is not exported). */
export interface NotificationItem {
  id: string;
  kind: string;
  campaignId: string | null;
  participationId: string | null;
  params: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

/** The roster import contract (POST /api/v1/campaigns/:id/roster/import). */
export interface Meta {
  demo: boolean;
  version: string;
}

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'national' | 'province' | 'city' | 'county';
  /** current: offered for new records; retired / not_a_division: shown on existing records only. */
  status: 'current' | 'retired' | 'not_a_division';
}

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  hash: string;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
  /** Entries anchored outside the database but no longer in the table (a deleted tail). */
  missing?: { fromSeq: number; toSeq: number };
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  memberships: Array<{ role: string; organizationName: string }>;
}
