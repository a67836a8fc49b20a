/**
 * The policy-measures register (002 Annex 2 一 "出台的政策措施 … 相关文件请注明文件编号及名称", 附表 row 1): each bureau records
 * the measures of its own region — document number and title, date, content, the subsidy amount, 认证贷 credit and fees
 * waived in 万元 — and the bureaus above read them; the statistics table counts them.
 */
import { z } from 'zod';
import { ISSUING_LEVELS } from '../domain/statistics/statistics.js';
import { defineContract } from './endpoint.js';
import { Created, IdParams, IsoDate, RegionCode, Uuid } from './shared.js';

/** An amount in 万元 as decimal text (≥ 0, at most 4 places; checked by the service, so the message names the field). */
const WanAmount = z.string().trim().max(20).describe('万元, a decimal ≥ 0 with at most 4 places');

export const PolicyInput = z.strictObject({
  documentNumber: z.string().trim().min(1).max(60).describe('文件编号, e.g. 徐市监发〔2026〕12号'),
  title: z.string().trim().min(1).max(200).describe('文件名称'),
  issuedOn: IsoDate,
  content: z.string().trim().min(1).max(2000).describe('措施具体内容'),
  subsidyWan: WanAmount.default('0'),
  creditWan: WanAmount.default('0').describe('认证贷 credit, 万元'),
  feesWaivedWan: WanAmount.default('0').describe('fees waived, 万元'),
});
export type PolicyInput = z.output<typeof PolicyInput>;

export const UpdatePolicyRequest = PolicyInput.extend({ version: z.number().int().min(1) });
export type UpdatePolicyRequest = z.output<typeof UpdatePolicyRequest>;

export const Policy = z
  .object({
    id: Uuid,
    regionCode: z.string(),
    regionName: z.string(),
    issuingLevel: z.enum(ISSUING_LEVELS),
    documentNumber: z.string(),
    title: z.string(),
    issuedOn: z.string(),
    content: z.string(),
    subsidyWan: z.string(),
    creditWan: z.string(),
    feesWaivedWan: z.string(),
    version: z.number().int(),
    /** The caller's own region's measure: it may change it. */
    editable: z.boolean(),
  })
  .meta({ id: 'Policy' });
export type Policy = z.output<typeof Policy>;

export const PolicyListQuery = z.strictObject({
  regionCode: RegionCode.optional().describe('this region and below; default the caller’s jurisdiction'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type PolicyListQuery = z.output<typeof PolicyListQuery>;

export const policies = defineContract('policies', {
  list: {
    method: 'GET',
    path: '/api/v1/policies',
    permission: 'policy:read',
    summary: 'The policy measures of a region and below, newest first (002 Annex 2 附表 row 1)',
    query: PolicyListQuery,
    answer: z.object({ items: z.array(Policy) }),
    errors: ['NOT_FOUND', 'STATISTICS_PERIOD_INVALID'],
  },
  create: {
    method: 'POST',
    path: '/api/v1/policies',
    permission: 'policy:write',
    summary: "Record a policy measure of the caller's own region",
    body: PolicyInput,
    status: 201,
    answer: Created,
    errors: ['POLICY_AMOUNT_INVALID', 'POLICY_DATE_IN_FUTURE'],
  },
  update: {
    method: 'POST',
    path: '/api/v1/policies/:id',
    permission: 'policy:write',
    summary: "Change a policy measure of the caller's own region",
    params: IdParams,
    body: UpdatePolicyRequest,
    answer: Policy,
    errors: [
      'NOT_FOUND',
      'POLICY_NOT_OWN_REGION',
      'VERSION_CONFLICT',
      'POLICY_AMOUNT_INVALID',
      'POLICY_DATE_IN_FUTURE',
    ],
  },
});
