/** Account administration over HTTP: each route is its contract (contracts/admin.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { admin } from '../../../../contracts/admin.js';
import { route } from '../../platform/http/route.js';
import { listUsers, unlockUser } from './admin.service.js';

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  route(app, admin.users, async () => ({ items: await listUsers(app.ctx) }));
  route(app, admin.unlock, async (request) => unlockUser(app.ctx, request.actor!, request.params.id));
}
