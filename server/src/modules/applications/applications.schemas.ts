import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { ENTERPRISE_SIZE_INDUSTRY_KEYS } from '../../../../domain/enterprise-size/enterprise-size.js';

/** The application form (003 §6.2.2); shape checks here, the rules in domain/intake/application.ts. */
export const ApplicationBody = z.strictObject({
  uscc: z.string().max(40).describe('统一社会信用代码 (GB 32100); full-width and spaces are normalised'),
  name: z.string().trim().min(1).max(100),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .describe('GB/T 2260 county code where the enterprise is registered'),
  address: z.string().trim().max(200).optional(),
  sizeIndustry: z
    .enum(ENTERPRISE_SIZE_INDUSTRY_KEYS)
    .optional()
    .describe('row key of the 2017 size rule (GET /api/v1/rules/enterprise-size/industries)'),
  industryCode: z
    .string()
    .regex(/^\d{2}$/)
    .describe('certification category 01–39'),
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
  preferredBodyId: z.string().uuid().optional(),
});

export const RecommendBody = ApplicationBody.extend({
  origin: z.enum(['bureau', 'association']).default('bureau'),
  recommendedByOrganizationId: z
    .string()
    .uuid()
    .optional()
    .describe('the recommending association, when origin = association'),
});

export const ApplicationCreated = z.object({ participationId: z.string().uuid(), enterpriseId: z.string().uuid() });

export const PublicCampaign = z.object({
  id: z.string().uuid(),
  year: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});
