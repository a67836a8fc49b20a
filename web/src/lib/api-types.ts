/**
 * Response and request shapes of the API. Where the server exports a zod schema the type is
 * inferred from it (type-only import, erased at build); the rest mirror the route schemas.
 */
import type { z } from 'zod';
import type { SessionResponse, MembershipView } from '../../../server/src/modules/auth/auth.schemas.js';
import type { CampaignDetail as CampaignDetailSchema, CampaignList as CampaignListSchema, CampaignSummary as CampaignSummarySchema } from '../../../server/src/modules/campaigns/campaigns.schemas.js';
import type {
  AssignableExperts as AssignableExpertsSchema,
  ParticipationDetail as ParticipationDetailSchema,
  ParticipationList as ParticipationListSchema,
  ParticipationListItem as ParticipationListItemSchema,
  RevealedContact as RevealedContactSchema,
  TransitionRequest as TransitionRequestSchema,
} from '../../../server/src/modules/participations/participations.schemas.js';

export type Session = z.infer<typeof SessionResponse>;
export type Membership = z.infer<typeof MembershipView>;
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;
export type CampaignList = z.infer<typeof CampaignListSchema>;
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;
export type ParticipationListItem = z.infer<typeof ParticipationListItemSchema>;
export type ParticipationList = z.infer<typeof ParticipationListSchema>;
export type ParticipationDetail = z.infer<typeof ParticipationDetailSchema>;
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;
export type RevealedContact = z.infer<typeof RevealedContactSchema>;
export type AssignableExpert = z.infer<typeof AssignableExpertsSchema>['items'][number];

export interface Meta {
  demo: boolean;
  version: string;
}

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'national' | 'province' | 'city' | 'county';
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
