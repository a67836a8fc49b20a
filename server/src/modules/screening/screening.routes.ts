/** The eligibility screening over HTTP: each route is its contract (contracts/screening.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { screening } from '../../../../contracts/screening.js';
import { route } from '../../platform/http/route.js';
import { correctApplicationFigures, getScreening, recordScreening, setWaitlisted } from './screening.service.js';

export async function screeningRoutes(app: FastifyInstance): Promise<void> {
  route(app, screening.get, async (request) => getScreening(app.ctx, request.actor!, request.params.id));
  route(app, screening.record, async (request) =>
    recordScreening(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, screening.correctFigures, async (request) =>
    correctApplicationFigures(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, screening.setWaitlisted, async (request) =>
    setWaitlisted(app.ctx, request.actor!, request.params.id, request.body),
  );
}
