/** The acceptance evaluation over HTTP (003 §6.9, Annex C): each route is its contract (contracts/evaluation.ts). */
import type { FastifyInstance } from 'fastify';
import { evaluation } from '../../../../contracts/evaluation.js';
import { route } from '../../platform/http/route.js';
import { formPanel, getEvaluation, listEvaluatorPool, reopen, saveSheet, signOff } from './evaluation.service.js';

export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  route(app, evaluation.pool, async () => listEvaluatorPool(app.ctx.database.db));
  route(app, evaluation.view, async (request) => getEvaluation(app.ctx.database.db, request.actor!, request.params.id));
  route(app, evaluation.formPanel, async (request) =>
    formPanel(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.saveSheet, async (request) =>
    saveSheet(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.signOff, async (request) =>
    signOff(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, evaluation.reopen, async (request) =>
    reopen(app.ctx, request.actor!, request.params.id, request.body.version, request.body.reason),
  );
}
