/** Notifications over HTTP: each route is its contract (contracts/notifications.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { notifications } from '../../../../contracts/notifications.js';
import { route } from '../../platform/http/route.js';
import { listNotifications, markRead } from './notifications.service.js';

export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  route(app, notifications.list, async (request) =>
    listNotifications(app.ctx, request.actor!, request.query.unread === '1'),
  );
  route(app, notifications.markRead, async (request) => markRead(app.ctx, request.actor!, request.params.id));
}
