/**
 * Certification bodies (003 §6.2.1): the registry a bureau keeps and chooses from (003 §5.2). A bureau registers
 * only bodies located in its own jurisdiction (ADR 0004); bodies read the registry.
 */
import { z } from 'zod';
import { Created, IndustryCode, RegionCode } from './shared.js';
import { defineContract } from './endpoint.js';

export const CertificationBody = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    approvalNumber: z.string().describe('CNCA 批准号'),
    regionCode: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable().describe('masked'),
    regionsServed: z.array(z.string()),
    industryCodes: z.array(z.string()),
  })
  .meta({ id: 'CertificationBody' });
export type CertificationBody = z.infer<typeof CertificationBody>;

export const RegisterBodyRequest = z.strictObject({
  name: z.string().trim().min(4).max(100),
  approvalNumber: z
    .string()
    .trim()
    .regex(/^CNCA-R-\d{4}-\d{3,4}$/, 'CNCA-R-YYYY-NNN'),
  regionCode: RegionCode,
  contactName: z.string().trim().max(50).optional(),
  contactPhone: z.string().trim().max(20).optional(),
  regionsServed: z.array(RegionCode).max(50).default([]),
  industryCodes: z.array(IndustryCode).max(39).default([]),
});
export type RegisterBodyRequest = z.output<typeof RegisterBodyRequest>;

export const bodies = defineContract('bodies', {
  list: {
    method: 'GET',
    path: '/api/v1/certification-bodies',
    permission: 'body:read',
    summary: 'The certification bodies registry',
    answer: z.object({ items: z.array(CertificationBody) }),
    errors: [],
  },
  register: {
    method: 'POST',
    path: '/api/v1/certification-bodies',
    permission: 'body:write',
    summary: 'Register a certification body',
    body: RegisterBodyRequest,
    status: 201,
    answer: Created,
    errors: [
      'BODY_REGION_OUTSIDE_JURISDICTION',
      'INDUSTRY_UNKNOWN',
      'REGION_UNKNOWN',
      'REGION_RETIRED',
      'ORGANIZATION_DUPLICATE',
    ],
  },
});
