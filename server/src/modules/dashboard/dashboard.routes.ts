/** The dashboard over HTTP (contracts/dashboard.ts). */
import type { FastifyInstance } from 'fastify';
import { dashboard } from '../../../../contracts/dashboard.js';
import { route } from '../../platform/http/route.js';
import { dashboardOf } from './dashboard.service.js';

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  route(app, dashboard.get, async (request) => dashboardOf(app.ctx, request.actor!, request.query));
}
