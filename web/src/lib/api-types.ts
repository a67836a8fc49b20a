/**
 * Response and request shapes of the API. Where the server exports a zod schema the type is
 * inferred from it (type-only import, erased at build); the rest mirror the route schemas.
 */
import type { z } from 'zod';
import type {
  CampaignDetail as CampaignDetailSchema,
  CampaignList as CampaignListSchema,
  CampaignSummary as CampaignSummarySchema,
} from '../../../server/src/modules/campaigns/campaigns.schemas.js';
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

export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;
export type CampaignList = z.infer<typeof CampaignListSchema>;
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;
export type ParticipationListItem = z.infer<typeof ParticipationListItemSchema>;
export type ParticipationList = z.infer<typeof ParticipationListSchema>;
export type ParticipationDetail = z.infer<typeof ParticipationDetailSchema>;
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;
export type RevealedContact = z.infer<typeof RevealedContactSchema>;
export type RevealRequest = z.infer<typeof RevealRequestSchema>;
export type AssignableExpert = z.infer<typeof AssignableExpertsSchema>['items'][number];
export type CertificationCandidate = z.infer<typeof CertificationCandidatesSchema>['items'][number];
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
