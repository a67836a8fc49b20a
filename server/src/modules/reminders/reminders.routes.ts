/** Reminder preferences over HTTP: each route is its contract (contracts/reminders.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { reminders } from '../../../../contracts/reminders.js';
import { route } from '../../platform/http/route.js';
import { getPreference, setPreference } from './reminders.service.js';

export async function reminderRoutes(app: FastifyInstance): Promise<void> {
  route(app, reminders.getPreference, async (request) => getPreference(app.ctx, request.actor!));
  route(app, reminders.setPreference, async (request) =>
    setPreference(app.ctx, request.actor!, request.body.emailMode),
  );
}
