/**
 * `POST /api/v1/rules/assignment` (ADR 0012, kept stable): the optimal expert ↔ enterprise assignment
 * for the given experts, enterprises and conflicts. Holds no data: public and rate limited.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { assignExperts } from '../../../../domain/matching/assignment.js';
import { errorMessage } from '../../../../domain/errors/codes.js';
import { requestLocale } from '../../platform/http/error-handler.js';

const Code6 = z.string().regex(/^\d{6}$/);
const Category = z.string().regex(/^\d{2}$/);

const AssignmentRequest = z.strictObject({
  experts: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        categories: z.array(Category).min(1).max(39),
        regionCode: Code6,
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
    .array(z.strictObject({ id: z.string().min(1).max(64), category: Category, regionCode: Code6 }))
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

const AssignmentResponse = z.object({
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

export async function assignmentRuleRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/assignment',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['rules'],
        summary:
          'Optimal expert ↔ enterprise assignment (min-cost max-flow): specialty, capacity, conflicts, availability, same county > city > province > another province',
        body: AssignmentRequest,
        response: { 200: AssignmentResponse },
      },
    },
    async (request) => {
      const result = assignExperts(request.body);
      const locale = requestLocale(request);
      return {
        ...result,
        unassigned: result.unassigned.map((u) => ({ ...u, message: errorMessage(u.reason, locale) })),
      };
    },
  );
}
