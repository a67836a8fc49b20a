/** The on-site survey over HTTP (003 §6.5, Annex A; ADR 0014): each route is its contract (contracts/survey.ts). */
import type { FastifyInstance } from 'fastify';
import { survey } from '../../../../contracts/survey.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { completeSurvey, getSurvey, saveSurvey } from './survey.service.js';

export async function surveyRoutes(app: FastifyInstance): Promise<void> {
  route(app, survey.get, async (request) =>
    getSurvey(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  );
  route(app, survey.save, async (request) =>
    saveSurvey(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, survey.complete, async (request) =>
    completeSurvey(app.ctx, request.actor!, request.params.id, request.body.revision, requestLocale(request)),
  );
}
