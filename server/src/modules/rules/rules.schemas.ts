/**
 * Request and response shapes of the rule endpoints. The response schemas mirror the domain
 * types (domain/enterprise-size, domain/uscc); the type checks at the end keep them in step,
 * since zod drops any field a response schema does not declare.
 */
import { z } from 'zod';
import {
  BOUNDED_SIZES,
  ENTERPRISE_SIZE_INDUSTRY_KEYS,
  SIZE_INDICATORS,
  type EnterpriseSizeResult,
} from '../../../../domain/enterprise-size/enterprise-size.js';
import { USCC_INVALID_REASONS, type UsccCheck } from '../../../../domain/uscc/uscc.js';

const Indicator = z.enum(SIZE_INDICATORS);

export const EnterpriseSizeRequest = z.strictObject({
  industry: z.enum(ENTERPRISE_SIZE_INDUSTRY_KEYS).describe('row key from GET /api/v1/rules/enterprise-size/industries'),
  employees: z.number().int().nonnegative().nullish().describe('从业人员 (persons); omitted or null = not given'),
  revenueWan: z.number().nonnegative().nullish().describe('营业收入 (万元)'),
  assetsWan: z.number().nonnegative().nullish().describe('资产总额 (万元)'),
});

const ThresholdCheck = z.object({
  indicator: Indicator,
  value: z.number(),
  comparison: z.literal('>=').describe('met when value >= threshold (lower bounds are inclusive)'),
  threshold: z.number().describe("the tier's lower bound"),
  unit: z.enum(['人', '万元']),
  met: z.boolean(),
});

const TierCheck = z.object({
  size: z.enum(BOUNDED_SIZES),
  met: z.boolean().describe('every check met: the enterprise is of this size'),
  checks: z.array(ThresholdCheck),
});

export const EnterpriseSizeResponse = z.object({
  size: z.enum(['large', 'medium', 'small', 'micro', 'not_applicable']),
  basis: z.object({
    standard: z.object({ version: z.string(), source: z.string(), rule: z.string() }),
    industry: z.object({
      key: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      row: z.number().int().nullable().describe('row of the 办法 table; null when the industry is outside its scope'),
      covers: z.string().describe('GB/T 4754-2017 scope'),
    }),
    applicable: z.boolean(),
    reason: z.enum(['meets_all_lower_bounds', 'below_small_lower_bound', 'industry_out_of_scope']),
    indicators: z.array(Indicator).describe('the indicators the row lists'),
    tiers: z
      .array(TierCheck)
      .describe('tiers tested in order (large, medium, small) up to the first met; micro when none is'),
    missing: z
      .array(Indicator)
      .describe('listed indicators not given; only with size micro (one indicator below the small bound settles it)'),
    ignored: z.array(Indicator).describe('given indicators the row does not use'),
  }),
});

export const EnterpriseSizeIndustries = z.object({
  items: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() })),
});

export const UsccRequest = z.strictObject({
  code: z.string().max(100).describe('as typed: full-width characters, spaces and lower case are normalized first'),
});

export const UsccResponse = z.object({
  valid: z.boolean(),
  normalized: z.string(),
  reason: z.enum(USCC_INVALID_REASONS).optional().describe('absent when valid'),
});

// The domain results must fit the response schemas, field for field.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sizeShape: Exact<z.infer<typeof EnterpriseSizeResponse>, EnterpriseSizeResult> = true;
const usccShape: Exact<z.infer<typeof UsccResponse>, UsccCheck> = true;
void sizeShape;
void usccShape;
