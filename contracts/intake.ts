/**
 * Intake (003 §6.2.2): an enterprise applies itself on the public registration form, or a bureau recommends one
 * (or records an association's recommendation). The rules are domain/intake/application.ts, shared with rosters.
 */
import { z } from 'zod';
import { ENTERPRISE_SIZE_INDUSTRY_KEYS } from '../domain/enterprise-size/enterprise-size.js';
import { APPLICATION_PROBLEM_CODES } from '../domain/intake/application.js';
import { IdParams, IndustryCode, IsoDate, RegionCode, Uuid } from './shared.js';
import { defineContract } from './endpoint.js';

/** The application form (003 §6.2.2); shape checks here, the rules in domain/intake/application.ts. */
export const ApplicationBody = z.strictObject({
  uscc: z.string().max(40).describe('统一社会信用代码 (GB 32100); full-width and spaces are normalised'),
  name: z.string().trim().min(1).max(100),
  regionCode: RegionCode.describe('GB/T 2260 county code where the enterprise is registered'),
  address: z.string().trim().max(200).optional(),
  sizeIndustry: z
    .enum(ENTERPRISE_SIZE_INDUSTRY_KEYS)
    .optional()
    .describe('row key of the 2017 size rule (GET /api/v1/rules/enterprise-size/industries)'),
  industryCode: IndustryCode.describe('certification category 01–39'),
  employees: z.number().int().min(0).optional(),
  revenueWan: z.number().min(0).optional().describe('operating revenue, 万元'),
  assetsWan: z.number().min(0).optional().describe('total assets, 万元'),
  certificationStatus: z.enum(['certified', 'none']),
  certificateNumber: z.string().trim().max(64).optional(),
  certificateBody: z.string().trim().max(100).optional(),
  certificateExpiresOn: IsoDate.optional(),
  legalRepresentative: z.string().trim().max(50).optional(),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: z.string().trim().max(20),
  willing: z.boolean().describe('自愿参加并投入必要资源 (003 §5.1)'),
  resources: z.string().trim().max(1000).optional().describe('people, time, rules, equipment it commits'),
  preferredBodyId: Uuid.optional(),
});
export type ApplicationBody = z.output<typeof ApplicationBody>;

export const RecommendBody = ApplicationBody.extend({
  origin: z.enum(['bureau', 'association']).default('bureau'),
  recommendedByOrganizationId: Uuid.optional().describe('the recommending association, when origin = association'),
});
export type RecommendBody = z.output<typeof RecommendBody>;
export type RecommendInput = z.input<typeof RecommendBody>;

export const ApplicationCreated = z
  .object({
    participationId: Uuid,
    enterpriseId: Uuid,
    referenceNumber: z.string().describe('申请编号 SQ-<year>-<serial of at least 6 digits>, unique, kept on the file'),
  })
  .meta({ id: 'ApplicationCreated' });
export type ApplicationCreated = z.infer<typeof ApplicationCreated>;

export const PublicCampaign = z.object({
  id: Uuid,
  year: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});
export type PublicCampaign = z.infer<typeof PublicCampaign>;

export const intake = defineContract('intake', {
  recommend: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/applications',
    permission: 'application:create',
    summary: 'A bureau recommends an enterprise (or records an association recommendation)',
    params: IdParams,
    body: RecommendBody,
    status: 201,
    answer: ApplicationCreated,
    errors: ['NOT_FOUND', 'REGION_OUTSIDE_JURISDICTION', 'DUPLICATE_APPLICATION', ...APPLICATION_PROBLEM_CODES],
  },
  publicCampaigns: {
    method: 'GET',
    path: '/api/v1/public/campaigns',
    permission: 'public',
    summary: 'Campaigns open for applications (public)',
    answer: z.object({ items: z.array(PublicCampaign) }),
    errors: ['RATE_LIMITED'],
  },
  applyPublicly: {
    method: 'POST',
    path: '/api/v1/public/campaigns/:id/applications',
    permission: 'public',
    summary: 'An enterprise applies itself (public registration form)',
    params: IdParams,
    body: ApplicationBody,
    status: 201,
    answer: ApplicationCreated,
    errors: ['NOT_FOUND', 'DUPLICATE_APPLICATION', 'RATE_LIMITED', ...APPLICATION_PROBLEM_CODES],
  },
});
