import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLocale } from '../../platform/http/error-handler.js';
import { listFindings } from './findings.service.js';
import { recordFindings } from './findings-writer.js';
import { assertFound } from '../../platform/http/app-error.js';
import { chinaDate } from '../../platform/clock.js';
import { checkImpartiality, participationOfEnterpriseInScope } from './impartiality.service.js';

const CheckRequest = z.strictObject({
  enterpriseId: z.string().uuid(),
  userIds: z
    .array(z.string().uuid())
    .min(1)
    .max(20)
    .describe('the proposed auditors, audit-team members or decision makers'),
});

const CheckResponse = z.object({
  allowed: z.boolean(),
  conflicts: z.array(
    z.object({
      userId: z.string().uuid(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
      clearOn: z.string().nullable().describe('first day the person may take part; null while the assistance lasts'),
    }),
  ),
});

const FindingsResponse = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      occurredAt: z.string(),
      kind: z.enum(['found', 'refused', 'overridden']),
      rule: z.string().describe('COOLING_OFF, or the hard matching rule overridden'),
      ruleMessage: z.string(),
      enterprise: z.object({ id: z.string().uuid(), name: z.string() }),
      person: z.object({ userId: z.string().uuid(), displayName: z.string() }),
      campaignName: z.string().nullable(),
      bodyName: z.string().nullable(),
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
    }),
  ),
});

/**
 * Before a certification body appoints auditors or decision makers for an enterprise, it asks
 * whether any of them assisted that enterprise within the cooling-off period (seed 000 §三).
 * A caller asks only about an enterprise in its scope (R12–R13, ADR 0018): a bureau of the
 * region of one of its participations, the certification body a participation is with.
 */
export async function impartialityRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/check',
    {
      config: { permission: 'impartiality:check' },
      schema: {
        tags: ['impartiality'],
        summary: 'May these people audit or decide on this enterprise today?',
        body: CheckRequest,
        response: { 200: CheckResponse },
      },
    },
    async (request) => {
      const { db } = app.ctx.database;
      const actor = request.actor!;
      const now = app.ctx.clock.now();
      // only an enterprise the caller sees (one of its participations in scope), else 404 as if unknown
      const participation = await participationOfEnterpriseInScope(db, actor, request.body.enterpriseId);
      assertFound(participation, 'enterpriseId');
      const conflicts = await checkImpartiality(db, { ...request.body, onDate: chinaDate(now) });
      // every conflict found goes to the report (ADR 0013), filed under the participation the caller
      // sees: its region and its certification body, never a region the caller does not hold (ADR 0018)
      for (const c of conflicts) {
        await recordFindings(db, {
          kind: 'found',
          rules: ['COOLING_OFF'],
          participation,
          userId: c.userId,
          actorUserId: actor.userId,
          detail: { fromOn: c.fromOn, toOn: c.toOn, clearOn: c.clearOn },
          occurredAt: now,
        });
      }
      return { allowed: conflicts.length === 0, conflicts };
    },
  );

  app.get(
    '/findings',
    {
      config: { permission: 'impartiality:report' },
      schema: {
        tags: ['impartiality'],
        summary:
          'Every impartiality conflict found, appointment refused, or hard matching rule overridden with its reason',
        querystring: z.strictObject({ campaignId: z.string().uuid().optional() }),
        response: { 200: FindingsResponse },
      },
    },
    async (request) => ({
      items: await listFindings(
        app.ctx.database.db,
        request.actor!,
        request.query.campaignId ?? null,
        requestLocale(request),
      ),
    }),
  );
}
