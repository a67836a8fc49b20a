import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../../contracts/shared.js';
import {
  CreateCampaignRequest,
  CreatedId,
  KickOffRequest,
  SelectBodyRequest,
  UpdateCampaignRequest,
} from './campaigns.write.schemas.js';
import { createCampaign, recordKickOff, selectBody, updateCampaign } from './campaigns.write.service.js';

export async function campaignWriteRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];

  app.post(
    '/',
    {
      config: { permission: 'campaign:write' },
      schema: {
        tags,
        summary: "Create a campaign for the bureau's region, or a child of a higher bureau's",
        body: CreateCampaignRequest,
        response: { 201: CreatedId },
      },
    },
    async (request, reply) => reply.status(201).send(await createCampaign(app.ctx, request.actor!, request.body)),
  );

  app.post(
    '/:id',
    {
      config: { permission: 'campaign:write' },
      schema: {
        tags,
        summary: 'Change a campaign (issuing bureau only; version-checked)',
        params: IdParams,
        body: UpdateCampaignRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await updateCampaign(app.ctx, request.actor!, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/kick-offs',
    {
      config: { permission: 'campaign:write' },
      schema: {
        tags,
        summary: 'Record the kick-off meeting (003 §6.4)',
        params: IdParams,
        body: KickOffRequest,
        response: { 201: CreatedId },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordKickOff(app.ctx, request.actor!, request.params.id, request.body)),
  );

  app.post(
    '/:id/bodies',
    {
      config: { permission: 'campaign:write' },
      schema: {
        tags,
        summary: 'Select a certification body against 003 §5.2 with evidence',
        params: IdParams,
        body: SelectBodyRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await selectBody(app.ctx, request.actor!, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
