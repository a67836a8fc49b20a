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
