/** Reference data over HTTP: each route is its contract (contracts/reference.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { reference } from '../../../../contracts/reference.js';
import { INDUSTRY_CATEGORIES } from '../../../../domain/industries/categories.js';
import { route } from '../../platform/http/route.js';
import { listRegionChildren, regionWithLineage } from './reference.service.js';

export async function referenceRoutes(app: FastifyInstance): Promise<void> {
  route(app, reference.regions, async (request) => ({
    items: await listRegionChildren(app.ctx, request.query.parent),
  }));
  route(app, reference.region, async (request) => regionWithLineage(app.ctx, request.params.code));
  route(app, reference.industries, async () => ({ items: [...INDUSTRY_CATEGORIES] }));
  route(app, reference.meta, async () => ({ demo: app.ctx.demo, version: '0.1.0' }));
}
