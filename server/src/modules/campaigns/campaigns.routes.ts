/** Campaigns over HTTP: each route is its contract (contracts/campaigns.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { campaigns } from '../../../../contracts/campaigns.js';
import { route } from '../../platform/http/route.js';
import {
  createCampaign,
  getCampaign,
  listCampaigns,
  recordKickOff,
  selectBody,
  updateCampaign,
} from './campaigns.service.js';

export async function campaignRoutes(app: FastifyInstance): Promise<void> {
  route(app, campaigns.list, async (request) => listCampaigns(app.ctx, request.actor!, request.query));
  route(app, campaigns.get, async (request) => getCampaign(app.ctx, request.actor!, request.params.id));
  route(app, campaigns.create, async (request) => createCampaign(app.ctx, request.actor!, request.body));
  route(app, campaigns.update, async (request) => {
    await updateCampaign(app.ctx, request.actor!, request.params.id, request.body);
    return undefined;
  });
  route(app, campaigns.recordKickOff, async (request) =>
    recordKickOff(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, campaigns.selectBody, async (request) => {
    await selectBody(app.ctx, request.actor!, request.params.id, request.body);
    return undefined;
  });
}
