import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asc, eq, inArray } from 'drizzle-orm';
import { regions } from '../../platform/db/regions.table.js';
import { INDUSTRY_CATEGORIES } from '../../../../domain/industries/categories.js';
import { NATIONAL_REGION_CODE, regionLineage } from '../../../../domain/regions/region-code.js';
import { regionCodeStatus } from '../../../../domain/regions/region-status.js';
import { assertFound } from '../../platform/http/app-error.js';

const Region = z.object({
  code: z.string().describe('GB/T 2260 six-digit code'),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: z.enum(['national', 'province', 'city', 'county']),
  status: z
    .enum(['current', 'retired', 'not_a_division'])
    .describe(
      'current: offered for new records; retired (GB/T 2260 §3.2) and not_a_division (made up by the source data) only show on existing records',
    ),
});
const RegionCode = z.string().regex(/^\d{6}$/, '6 digits');

type RegionRow = { code: string; name: string; parentCode: string | null; level: string };
const withStatus = (r: RegionRow): z.infer<typeof Region> => ({
  ...r,
  level: r.level as z.infer<typeof Region>['level'],
  status: regionCodeStatus(r.code),
});

const Industry = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export async function referenceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['reference'];

  app.get(
    '/regions',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags,
        summary: 'Children of a region that can be chosen for a new record (default: the provinces)',
        description:
          'Retired divisions and codes the source data made up are left out; GET /regions/{code} still answers them, marked.',
        querystring: z.strictObject({ parent: RegionCode.optional().describe('parent code; omitted = 000000 (全国)') }),
        response: { 200: z.object({ items: z.array(Region) }) },
      },
    },
    async (request) => {
      const items = await app.ctx.database.db
        .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode, level: regions.level })
        .from(regions)
        .where(eq(regions.parentCode, request.query.parent ?? NATIONAL_REGION_CODE))
        .orderBy(asc(regions.code));
      return { items: items.map(withStatus).filter((r) => r.status === 'current') };
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags,
        summary: 'One region with its lineage from the country down (a retired one too, marked, for existing records)',
        params: z.strictObject({ code: RegionCode }),
        response: { 200: z.object({ region: Region, lineage: z.array(Region) }) },
      },
    },
    async (request) => {
      const rows = await app.ctx.database.db
        .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode, level: regions.level })
        .from(regions)
        .where(inArray(regions.code, regionLineage(request.params.code)))
        .orderBy(asc(regions.code));
      const typed = rows.map(withStatus);
      const region = typed.find((r) => r.code === request.params.code);
      assertFound(region, 'region');
      return { region, lineage: typed };
    },
  );

  app.get(
    '/industries',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'The 39 certification industry categories',
        response: { 200: z.object({ items: z.array(Industry) }) },
      },
    },
    async () => ({ items: [...INDUSTRY_CATEGORIES] }),
  );
}
