/** Assistance experts over HTTP: each route is its contract (contracts/experts.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { experts } from '../../../../contracts/experts.js';
import { chinaDate } from '../../platform/clock.js';
import { route } from '../../platform/http/route.js';
import { getExpertDetail, listExperts, saveExpertProfile } from './experts.service.js';

export async function expertRoutes(app: FastifyInstance): Promise<void> {
  route(app, experts.list, async (request) => listExperts(app.ctx, request.actor!));
  route(app, experts.detail, async (request) =>
    getExpertDetail(app.ctx.database.db, request.actor!, request.params.id, chinaDate(app.ctx.clock.now())),
  );
  route(app, experts.saveProfile, async (request) =>
    saveExpertProfile(app.ctx, request.actor!, request.params.id, request.body),
  );
}
