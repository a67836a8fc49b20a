/** The certification bodies registry over HTTP: each route is its contract (contracts/bodies.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { bodies } from '../../../../contracts/bodies.js';
import { route } from '../../platform/http/route.js';
import { listBodies, registerBody } from './bodies.service.js';

export async function bodyRoutes(app: FastifyInstance): Promise<void> {
  route(app, bodies.list, async () => ({ items: await listBodies(app.ctx) }));
  route(app, bodies.register, async (request) => ({ id: await registerBody(app.ctx, request.actor!, request.body) }));
}
