/** Participations over HTTP: each route is its contract (contracts/participations.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { participations } from '../../../../contracts/participations.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import {
  assignableExperts,
  certificationCandidates,
  getParticipationDetail,
  listParticipationPage,
  revealContact,
  transitionParticipation,
} from './participations.service.js';

export async function participationRoutes(app: FastifyInstance): Promise<void> {
  route(app, participations.list, async (request) => listParticipationPage(app.ctx, request.actor!, request.query));
  route(app, participations.detail, async (request) =>
    getParticipationDetail(app.ctx.database.db, request.actor!, request.params.id),
  );
  route(app, participations.transition, async (request) =>
    transitionParticipation(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, participations.assignableExperts, async (request) => ({
    items: await assignableExperts(app.ctx, request.actor!, request.params.id),
  }));
  route(app, participations.certificationCandidates, async (request) => ({
    items: await certificationCandidates(app.ctx, request.actor!, request.params.id),
  }));
  route(app, participations.revealContact, async (request) =>
    revealContact(app.ctx, request.actor!, request.params.id, request.body),
  );
}
