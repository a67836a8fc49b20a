/**
 * Reference data every form needs: the GB/T 2260 region tree (shared/reference/regions.md), the 39 certification
 * industry categories, and what kind of installation this is (demo or not).
 */
import { z } from 'zod';
import { defineContract } from './endpoint.js';
import { RegionCode } from './shared.js';

export const Region = z
  .object({
    code: z.string().describe('GB/T 2260 six-digit code'),
    name: z.string(),
    parentCode: z.string().nullable(),
    level: z.enum(['national', 'province', 'city', 'county']),
    status: z
      .enum(['current', 'retired', 'not_a_division'])
      .describe(
        'current: offered for new records; retired (GB/T 2260 §3.2) and not_a_division (made up by the source data) only show on existing records',
      ),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const Industry = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const Meta = z.object({
  demo: z.boolean().describe('demo data and demo accounts are enabled'),
  version: z.string(),
});
export type Meta = z.infer<typeof Meta>;

export const reference = defineContract('reference', {
  regions: {
    method: 'GET',
    path: '/api/v1/regions',
    // public like the industries: the public application form picks its county from them (GB/T 2260 is public data)
    permission: 'public',
    summary: 'Children of a region that can be chosen for a new record (default: the provinces)',
    description:
      'Retired divisions and codes the source data made up are left out; GET /regions/{code} still answers them, marked.',
    query: z.strictObject({ parent: RegionCode.optional().describe('parent code; omitted = 000000 (全国)') }),
    answer: z.object({ items: z.array(Region) }),
    errors: [],
  },
  region: {
    method: 'GET',
    path: '/api/v1/regions/:code',
    permission: 'public',
    summary: 'One region with its lineage from the country down (a retired one too, marked, for existing records)',
    params: z.strictObject({ code: RegionCode }),
    answer: z.object({ region: Region, lineage: z.array(Region) }),
    errors: ['NOT_FOUND'],
  },
  industries: {
    method: 'GET',
    path: '/api/v1/industries',
    permission: 'public',
    summary: 'The 39 certification industry categories',
    answer: z.object({ items: z.array(Industry) }),
    errors: [],
  },
  meta: {
    method: 'GET',
    path: '/api/v1/meta',
    permission: 'public',
    summary: 'Whether this is a demo installation',
    answer: Meta,
    errors: [],
  },
});
