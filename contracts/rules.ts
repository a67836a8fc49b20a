/**
 * Rule endpoints: the shared domain rules answered over HTTP for forms and other tools — enterprise size
 * (国统字〔2017〕213号), the 统一社会信用代码 check (GB 32100) and the expert ↔ enterprise assignment (ADR 0012, kept
 * stable). They hold no data, so they are public, and rate limited per client address.
 * The response schemas mirror the domain types (domain/enterprise-size, domain/uscc); the type checks below keep
 * them in step, since zod drops any field a response schema does not declare.
 */
import { z } from 'zod';
import {
  BOUNDED_SIZES,
  ENTERPRISE_SIZE_INDUSTRY_KEYS,
  SIZE_INDICATORS,
  type EnterpriseSizeResult,
} from '../domain/enterprise-size/enterprise-size.js';
import { USCC_INVALID_REASONS, type UsccCheck } from '../domain/uscc/uscc.js';
import { GRADES, ITEM_RULES } from '../domain/evaluation/annex-c.js';
import { EVALUATION_ITEMS } from '../domain/evaluation/grade.js';
import { DIRECTIONS } from '../domain/survey/annex-a-template.js';
import { CASE_PARTS } from '../domain/cases/case-text.js';
import { defineContract } from './endpoint.js';
import { IndustryCode, IsoDate, RegionCode } from './shared.js';

const Indicator = z.enum(SIZE_INDICATORS);

export const EnterpriseSizeRequest = z.strictObject({
  industry: z.enum(ENTERPRISE_SIZE_INDUSTRY_KEYS).describe('row key from GET /api/v1/rules/enterprise-size/industries'),
  employees: z.number().int().nonnegative().nullish().describe('从业人员 (persons); omitted or null = not given'),
  revenueWan: z.number().nonnegative().nullish().describe('营业收入 (万元)'),
  assetsWan: z.number().nonnegative().nullish().describe('资产总额 (万元)'),
});
export type EnterpriseSizeRequest = z.output<typeof EnterpriseSizeRequest>;

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

export const AssignmentRequest = z.strictObject({
  experts: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        categories: z.array(IndustryCode).min(1).max(39),
        regionCode: RegionCode,
        capacity: z.number().int().min(0).max(10),
        load: z.number().int().min(0).max(10).optional(),
        unavailable: z
          .array(z.strictObject({ from: IsoDate, to: IsoDate }))
          .max(50)
          .optional()
          .describe('periods the expert cannot start new work, inclusive'),
      }),
    )
    .max(2000),
  enterprises: z
    .array(z.strictObject({ id: z.string().min(1).max(64), category: IndustryCode, regionCode: RegionCode }))
    .max(5000),
  conflicts: z
    .array(z.strictObject({ expertId: z.string(), enterpriseId: z.string() }))
    .max(20000)
    .optional(),
  onDate: IsoDate.optional().describe('the day assistance would start: experts unavailable then are left out'),
  weights: z
    .strictObject({
      sameCounty: z.number().min(0).max(1000).optional(),
      sameCity: z.number().min(0).max(1000).optional(),
      sameProvince: z.number().min(0).max(1000).optional(),
      otherProvince: z
        .number()
        .min(0)
        .max(1000)
        .optional()
        .describe('another province: used only when nothing nearer can serve'),
      loadStep: z.number().min(0).max(1000).optional(),
    })
    .optional(),
});
export type AssignmentRequest = z.output<typeof AssignmentRequest>;

export const AssignmentResponse = z.object({
  assignments: z.array(z.object({ enterpriseId: z.string(), expertId: z.string(), cost: z.number() })),
  unassigned: z.array(
    z.object({
      enterpriseId: z.string(),
      reason: z.enum([
        'NO_EXPERT_IN_CATEGORY',
        'ONLY_CONFLICTED_EXPERTS',
        'EXPERTS_UNAVAILABLE',
        'EXPERTS_AT_CAPACITY',
      ]),
      message: z.string().describe('the reason in the caller’s language'),
    }),
  ),
  objective: z
    .object({ assigned: z.number().int(), crossProvince: z.number().int(), totalCost: z.number() })
    .describe('most enterprises assigned, then fewest cross-province pairs, then least total cost'),
});

export const EvaluationItemKey = z.enum(EVALUATION_ITEMS).meta({ id: 'EvaluationItem' });
export const EvaluationGrade = z.enum(GRADES).meta({ id: 'EvaluationGrade' });
export const GradeBands = z
  .array(
    z.strictObject({
      grade: EvaluationGrade,
      min: z.number().int().min(0).max(90),
      max: z.number().int().min(0).max(90),
    }),
  )
  .max(4)
  .describe(
    'Table 2 bands, closed ranges of whole points, fail → excellent; every total 0–90 (averages of raters rounded half up) must fall in exactly one. Default 0–9 不合格, 10–29 合格, 30–59 良好, 60–90 优秀',
  )
  .meta({ id: 'GradeBands' });
const C1Indicator = z.strictObject({
  item: EvaluationItemKey.describe('one of the 9 items of Table 1'),
  name: z.string().trim().min(1).max(200),
  direction: z.enum(DIRECTIONS),
  before: z.number().nullable().describe('提升前; null when the enterprise had no figure'),
  target: z.number().describe('提升目标'),
  after: z.number().nullable().describe('提升后; null = not measured, not met'),
});
export const EvaluationRuleRequest = z.strictObject({
  indicators: z.array(C1Indicator).max(200),
  bands: GradeBands.optional(),
  itemRule: z.enum(ITEM_RULES).optional().describe('an item with several indicators: all met (default) or any met'),
});
export type EvaluationRuleRequest = z.output<typeof EvaluationRuleRequest>;
export const EvaluationRuleResponse = z.object({
  rows: z.array(C1Indicator.extend({ met: z.boolean(), improved: z.boolean() })),
  items: z.array(
    z.object({
      item: EvaluationItemKey,
      points: z.number().int(),
      indicators: z.number().int(),
      reason: z.enum(['met', 'not_met', 'no_indicator']),
    }),
  ),
  total: z.number(),
  grade: EvaluationGrade,
  effective: z.boolean().describe('§6.9.8: after better than before on one or more indicators'),
  itemRule: z.enum(ITEM_RULES),
});

/** Generous bounds of the stored text: the 2,000-character rule is checked on submission, a draft may be longer. */
const PartText = z.string().max(20_000);
export const CaseParts = z
  .strictObject({
    profile: PartText.describe('企业简介 (~5 %)'),
    problems: PartText.describe('企业急需解决的质量管理问题 (~10 %)'),
    actions: PartText.describe('提升行动主要做法 (~60 %)'),
    results: PartText.describe('企业质量提升成效 (~20 %)'),
    insights: PartText.describe('启示 (~5 %)'),
  })
  .meta({ id: 'CaseParts' });

export const CaseCheckRequest = z.strictObject({
  title: z.string().max(500),
  parts: CaseParts,
  draftingUnits: z.array(z.string().max(200)).max(10),
});
export type CaseCheckRequest = z.output<typeof CaseCheckRequest>;

const CasePartKey = z.enum(CASE_PARTS).meta({ id: 'CasePart' });
export const CaseCheckResponse = z
  .object({
    characters: z.number().int().describe('the body’s characters (whitespace not counted; the title not counted)'),
    limit: z.number().int(),
    parts: z.array(
      z.object({
        part: CasePartKey,
        characters: z.number().int(),
        share: z.number().describe('of the body, 0–1'),
        target: z.number().describe('Annex D’s 篇幅约占'),
        onTarget: z.boolean(),
      }),
    ),
    problems: z.array(
      z.object({
        code: z.string().describe('CASE_TOO_LONG, CASE_PART_REQUIRED, CASE_SHARE_OFF_TARGET …'),
        field: z.string(),
        blocking: z.boolean().describe('true: stands in the way of submitting; false: advice'),
        message: z.string().describe('the problem in the caller’s language'),
      }),
    ),
    submittable: z.boolean(),
  })
  .meta({ id: 'CaseCheck' });
export type CaseCheckResponse = z.output<typeof CaseCheckResponse>;

export const rules = defineContract('rules', {
  caseCheck: {
    method: 'POST',
    path: '/api/v1/rules/case-check',
    permission: 'public',
    summary: 'Annex D case check: characters per part and in all, each part’s share against its target, the problems',
    description:
      'Characters: Chinese characters, letters, digits and punctuation count once each (an emoji once); whitespace and line breaks do not; the title is not counted. Over 2,000 (CASE_TOO_LONG), a missing title or part, or other than 1–3 drafting units block submission; a share more than half its target away is advice.',
    body: CaseCheckRequest,
    answer: CaseCheckResponse,
    errors: ['RATE_LIMITED'],
  },
  evaluation: {
    method: 'POST',
    path: '/api/v1/rules/evaluation',
    permission: 'public',
    summary: 'Annex C scoring (表 C.1, Table 1, Table 2): met by direction, 10 points per item met, total and grade',
    description:
      'An item with no indicator scores 0 (reason no_indicator). Bands that overlap or leave a gap are refused with GRADE_BANDS_OVERLAP / GRADE_BANDS_GAP naming the band.',
    body: EvaluationRuleRequest,
    answer: EvaluationRuleResponse,
    errors: ['RATE_LIMITED', 'GRADE_BANDS_INVALID', 'GRADE_BANDS_GAP', 'GRADE_BANDS_OVERLAP'],
  },
  enterpriseSize: {
    method: 'POST',
    path: '/api/v1/rules/enterprise-size',
    permission: 'public',
    summary: 'Enterprise size (大型/中型/小型/微型) by 国统字〔2017〕213号, with the thresholds that decided it',
    description:
      'A listed indicator that is not given is refused (400, field body.<indicator>) unless a given one is already below the 小型 bound, which makes the enterprise 微型 (listed in basis.missing). Industries outside the 办法 answer not_applicable.',
    body: EnterpriseSizeRequest,
    answer: EnterpriseSizeResponse,
    errors: ['RATE_LIMITED'],
  },
  enterpriseSizeIndustries: {
    method: 'GET',
    path: '/api/v1/rules/enterprise-size/industries',
    permission: 'public',
    summary: 'Industry rows of the size classification (16 rows, then the industries it does not classify)',
    answer: EnterpriseSizeIndustries,
    errors: ['RATE_LIMITED'],
  },
  uscc: {
    method: 'POST',
    path: '/api/v1/rules/uscc',
    permission: 'public',
    summary: '统一社会信用代码 check (GB 32100): normalizes, then length, character set and check character',
    body: UsccRequest,
    answer: UsccResponse,
    errors: ['RATE_LIMITED'],
  },
  assignment: {
    method: 'POST',
    path: '/api/v1/rules/assignment',
    permission: 'public',
    summary:
      'Optimal expert ↔ enterprise assignment (min-cost max-flow): specialty, capacity, conflicts, availability, same county > city > province > another province',
    body: AssignmentRequest,
    answer: AssignmentResponse,
    errors: ['RATE_LIMITED'],
  },
});
