/**
 * Response and request shapes of the API. Where the server exports a zod schema the type is
 * inferred from it (type-only import, erased at build); the rest mirror the route schemas.
 */
import type { z } from 'zod';
import type { SessionResponse, MembershipView } from '../../../server/src/modules/auth/auth.schemas.js';
import type {
  AssignableExperts as AssignableExpertsSchema,
  CertificationCandidates as CertificationCandidatesSchema,
  ParticipationDetail as ParticipationDetailSchema,
  ParticipationList as ParticipationListSchema,
  ParticipationListItem as ParticipationListItemSchema,
  RevealedContact as RevealedContactSchema,
  RevealRequest as RevealRequestSchema,
  TransitionRequest as TransitionRequestSchema,
} from '../../../server/src/modules/participations/participations.schemas.js';
import type {
  ExpertDetail as ExpertDetailSchema,
  ExpertListResponse as ExpertListSchema,
  SaveExpertProfileRequest as SaveExpertProfileSchema,
} from '../../../server/src/modules/experts/experts.schemas.js';
import type {
  ConfirmProposalRequest as ConfirmProposalSchema,
  ConfirmProposalResponse as ConfirmProposalResponseSchema,
  CoverageResponse as CoverageSchema,
  EditProposalItemRequest as EditProposalItemSchema,
  ProposalResponse as ProposalResponseSchema,
  ProposalSchema,
  RunProposalRequest as RunProposalSchema,
  SaveWorkingGroupRequest as SaveWorkingGroupSchema,
  UpdateWorkingGroupRequest as UpdateWorkingGroupSchema,
  WorkingGroupListResponse as WorkingGroupListSchema,
  WorkingGroupSchema,
} from '../../../server/src/modules/matching/matching.schemas.js';
export type Session = z.infer<typeof SessionResponse>;
export type Membership = z.infer<typeof MembershipView>;
export type ParticipationListItem = z.infer<typeof ParticipationListItemSchema>;
export type ParticipationList = z.infer<typeof ParticipationListSchema>;
export type ParticipationDetail = z.infer<typeof ParticipationDetailSchema>;
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;
export type RevealedContact = z.infer<typeof RevealedContactSchema>;
export type RevealRequest = z.infer<typeof RevealRequestSchema>;
export type AssignableExpert = z.infer<typeof AssignableExpertsSchema>['items'][number];
export type CertificationCandidate = z.infer<typeof CertificationCandidatesSchema>['items'][number];
export type ExpertList = z.infer<typeof ExpertListSchema>;
export type ExpertSummary = ExpertList['items'][number];
export type ExpertManager = ExpertList['managers'][number];
export type ExpertProfile = NonNullable<ExpertSummary['profile']>;
export type ExpertDetail = z.infer<typeof ExpertDetailSchema>;
export type SaveExpertProfileRequest = z.input<typeof SaveExpertProfileSchema>;
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;
export type WorkingGroupList = z.infer<typeof WorkingGroupListSchema>;
export type SaveWorkingGroupRequest = z.input<typeof SaveWorkingGroupSchema>;
export type UpdateWorkingGroupRequest = z.input<typeof UpdateWorkingGroupSchema>;
export type RunProposalRequest = z.input<typeof RunProposalSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalItem = Proposal['items'][number];
export type ProposalExpert = Proposal['experts'][number];
export type ProposalResponse = z.infer<typeof ProposalResponseSchema>;
export type EditProposalItemRequest = z.input<typeof EditProposalItemSchema>;
export type ConfirmProposalRequest = z.infer<typeof ConfirmProposalSchema>;
export type ConfirmProposalResult = z.infer<typeof ConfirmProposalResponseSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
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

/** GET /api/v1/impartiality/findings (the route's schema is not exported). */
export interface ImpartialityFinding {
  id: number;
  occurredAt: string;
  kind: 'found' | 'refused' | 'overridden';
  /** COOLING_OFF or a hard pair rule (DECLARED_CONFLICT, CAPACITY_EXCEEDED, …) */
  rule: string;
  /** The rule in the caller's language. */
  ruleMessage: string;
  enterprise: { id: string; name: string };
  person: { userId: string; displayName: string };
  campaignName: string | null;
  bodyName: string | null;
  reason: string | null;
  actorName: string | null;
}

export interface ImpartialityFindingList {
  items: ImpartialityFinding[];
}
