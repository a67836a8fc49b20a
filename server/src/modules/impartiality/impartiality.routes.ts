import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { organizations } from '../../platform/db/schema.js';
import { assertFound } from '../../platform/http/app-error.js';
import { chinaDate } from '../../platform/clock.js';
import { checkImpartiality } from './impartiality.service.js';

const CheckRequest = z.strictObject({
  enterpriseId: z.string().uuid(),
  userIds: z.array(z.string().uuid()).min(1).max(20).describe('the proposed auditors, audit-team members or decision makers'),
});

const CheckResponse = z.object({
  allowed: z.boolean(),
  conflicts: z.array(z.object({
    userId: z.string().uuid(),
    fromOn: z.string(),
    toOn: z.string().nullable(),
    clearOn: z.string().nullable().describe('first day the person may take part; null while the assistance lasts'),
  })),
});

/**
 * Before a certification body appoints auditors or decision makers for an enterprise, it asks
 * whether any of them assisted that enterprise within the cooling-off period (seed 000 §三).
 * Any certification body may ask about any enterprise: enterprises choose their certifier freely.
 */
export async function impartialityRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post('/check', {
    config: { permission: 'impartiality:check' },
    schema: { tags: ['impartiality'], summary: 'May these people audit or decide on this enterprise today?', body: CheckRequest, response: { 200: CheckResponse } },
  }, async (request) => {
    const { db } = app.ctx.database;
    const [enterprise] = await db.select({ id: organizations.id }).from(organizations)
      .where(and(eq(organizations.id, request.body.enterpriseId), eq(organizations.kind, 'enterprise')));
    assertFound(enterprise, 'enterpriseId');
    const conflicts = await checkImpartiality(db, { ...request.body, onDate: chinaDate(app.ctx.clock.now()) });
    return { allowed: conflicts.length === 0, conflicts };
  });
}
