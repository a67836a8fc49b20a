/**
 * The impartiality register over HTTP: each route is its contract (contracts/impartiality.ts) and a service call.
 * A caller asks only about an enterprise in its scope (R12–R13, ADR 0018).
 */
import type { FastifyInstance } from 'fastify';
import { impartiality } from '../../../../contracts/impartiality.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { checkRegister, listFindings } from './impartiality.service.js';

export async function impartialityRoutes(app: FastifyInstance): Promise<void> {
  route(app, impartiality.check, async (request) => checkRegister(app.ctx, request.actor!, request.body));
  route(app, impartiality.findings, async (request) => ({
    items: await listFindings(
      app.ctx.database.db,
      request.actor!,
      request.query.campaignId ?? null,
      requestLocale(request),
    ),
  }));
}
