import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CampaignDetail, CampaignList, CampaignListQuery } from './campaigns.schemas.js';
import { findCampaign, listCampaigns } from './campaigns.repository.js';
import { IdParams } from '../../../../contracts/shared.js';
import { assertFound } from '../../platform/http/app-error.js';

export async function campaignRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];

  app.get(
    '/',
    {
      config: { permission: 'campaign:read' },
      schema: {
        tags,
        summary: 'Campaigns visible to the caller',
        querystring: CampaignListQuery,
        response: { 200: CampaignList },
      },
    },
    async (request) => {
      const result = await listCampaigns(app.ctx.database.db, request.actor!, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/:id',
    {
      config: { permission: 'campaign:read' },
      schema: {
        tags,
        summary: 'One campaign with phases, child campaigns and stage counts',
        params: IdParams,
        response: { 200: CampaignDetail },
      },
    },
    async (request) => {
      const campaign = await findCampaign(app.ctx.database.db, request.actor!, request.params.id);
      assertFound(campaign, 'campaign');
      return campaign;
    },
  );
}
