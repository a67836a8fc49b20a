/**
 * Response and request shapes of the API. Where the server exports a zod schema the type is
 * inferred from it (type-only import, erased at build); the rest mirror the route schemas.
 */
import type { z } from 'zod';
import type { SessionResponse, MembershipView } from '../../../server/src/modules/auth/auth.schemas.js';
import type {
  CampaignDetail as CampaignDetailSchema,
  CampaignList as CampaignListSchema,
  CampaignSummary as CampaignSummarySchema,
} from '../../../server/src/modules/campaigns/campaigns.schemas.js';
import type {
  CreateCampaignRequest as CreateCampaignSchema,
  KickOffRequest as KickOffSchema,
  SelectBodyRequest as SelectBodySchema,
  UpdateCampaignRequest as UpdateCampaignSchema,
} from '../../../server/src/modules/campaigns/campaigns.write.schemas.js';
import type {
  ApplicationBody as ApplicationBodySchema,
  ApplicationCreated as ApplicationCreatedSchema,
  PublicCampaign as PublicCampaignSchema,
  RecommendBody as RecommendBodySchema,
} from '../../../server/src/modules/applications/applications.schemas.js';
import type {
  RecordScreeningRequest as RecordScreeningSchema,
  ScreeningResponse as ScreeningResponseSchema,
} from '../../../server/src/modules/screening/screening.schemas.js';
export type Session = z.infer<typeof SessionResponse>;
export type Membership = z.infer<typeof MembershipView>;
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;
export type CampaignList = z.infer<typeof CampaignListSchema>;
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;
export type CreateCampaignRequest = z.input<typeof CreateCampaignSchema>;
export type UpdateCampaignRequest = z.input<typeof UpdateCampaignSchema>;
export type KickOffRequest = z.infer<typeof KickOffSchema>;
export type SelectBodyRequest = z.infer<typeof SelectBodySchema>;
export type ApplicationBody = z.infer<typeof ApplicationBodySchema>;
export type RecommendBody = z.input<typeof RecommendBodySchema>;
export type ApplicationCreated = z.infer<typeof ApplicationCreatedSchema>;
export type PublicCampaign = z.infer<typeof PublicCampaignSchema>;
export type ScreeningView = z.infer<typeof ScreeningResponseSchema>;
export type RecordScreeningRequest = z.infer<typeof RecordScreeningSchema>;
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
export interface RosterImportResult {
  importId: string;
  totalRows: number;
  invalidRows: number;
  createdRows: number;
  unchangedRows: number;
  status: 'validated' | 'imported' | 'rejected';
  errors: Array<{ row: number; field: string; code: string; message: string }>;
}

export type RosterImportMode = 'all_or_nothing' | 'valid_rows';

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
