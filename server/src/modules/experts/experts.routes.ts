/**
 * Assistance experts of a certification body (seed 000 §一). A body's managers keep the
 * profiles; an expert reads their own. Phones are masked.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chinaDate } from '../../platform/clock.js';
import { expertsOfBody, managersOfBody } from './experts.repository.js';
import { getExpertDetail, saveExpertProfile } from './experts.service.js';
import { ExpertDetail, ExpertListResponse, SaveExpertProfileRequest } from './experts.schemas.js';

const IdParams = z.object({ id: z.string().uuid() });

export async function expertRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/',
    {
      config: { permission: 'expert:write' },
      schema: {
        tags: ['experts'],
        summary: 'The acting body’s assistance experts with profile, load and capacity',
        response: { 200: ExpertListResponse },
      },
    },
    async (request) => {
      const { db } = app.ctx.database;
      const actor = request.actor!;
      const today = chinaDate(app.ctx.clock.now());
      const [experts, managers] = await Promise.all([
        expertsOfBody(db, actor.organizationId, today),
        managersOfBody(db, actor.organizationId),
      ]);
      return { items: experts.map(({ rawProfile: _r, ...e }) => e), managers };
    },
  );

  app.get(
    '/:id',
    {
      config: { permission: 'expert:read' },
      schema: {
        tags: ['experts'],
        summary: 'One expert: profile, load and assistance history',
        params: IdParams,
        response: { 200: ExpertDetail },
      },
    },
    async (request) =>
      getExpertDetail(app.ctx.database.db, request.actor!, request.params.id, chinaDate(app.ctx.clock.now())),
  );

  app.post(
    '/:id/profile',
    {
      config: { permission: 'expert:write' },
      schema: {
        tags: ['experts'],
        summary: 'Create (version 0) or update an expert’s profile; capacity above 2 needs a reason',
        params: IdParams,
        body: SaveExpertProfileRequest,
        response: { 200: ExpertDetail },
      },
    },
    async (request) => saveExpertProfile(app.ctx, request.actor!, request.params.id, request.body),
  );
}
