import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssignableExperts,
  CertificationCandidates,
  IdParams,
  ParticipationDetail,
  ParticipationList,
  ParticipationListQuery,
  RevealedContact,
  RevealRequest,
  TransitionRequest,
} from './participations.schemas.js';
import { listParticipations } from './participations.repository.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import {
  assignableExperts,
  certificationCandidates,
  getParticipationDetail,
  revealContact,
  transitionParticipation,
} from './participations.service.js';

export async function participationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['participations'];

  app.get(
    '/',
    {
      config: { permission: 'participation:read' },
      schema: {
        tags,
        summary: 'Participations in scope, filtered and paginated',
        querystring: ParticipationListQuery,
        response: { 200: ParticipationList },
      },
    },
    async (request) => {
      const result = await listParticipations(app.ctx.database.db, request.actor!, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/:id',
    {
      config: { permission: 'participation:read' },
      schema: {
        tags,
        summary: 'One participation with its lifecycle timeline (一企一档)',
        params: IdParams,
        response: { 200: ParticipationDetail },
      },
    },
    async (request) => getParticipationDetail(app.ctx.database.db, request.actor!, request.params.id),
  );

  app.post(
    '/:id/transitions',
    {
      config: { permission: 'participation:transition' },
      schema: {
        tags,
        summary: 'Run a stage command (screen, select, assign, …)',
        params: IdParams,
        body: TransitionRequest,
        response: { 200: ParticipationDetail },
      },
    },
    async (request) =>
      transitionParticipation(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );

  app.get(
    '/:id/assignable-experts',
    {
      config: { permission: 'participation:transition' },
      schema: {
        tags,
        summary: "Experts of the participation's certification body with their current load",
        params: IdParams,
        response: { 200: AssignableExperts },
      },
    },
    async (request) => ({ items: await assignableExperts(app.ctx, request.actor!, request.params.id) }),
  );

  app.get(
    '/:id/certification-candidates',
    {
      config: { permission: 'participation:transition' },
      schema: {
        tags,
        summary:
          "The certifying body's people for the audit team and decision, with the impartiality register's answer",
        params: IdParams,
        response: { 200: CertificationCandidates },
      },
    },
    async (request) => ({ items: await certificationCandidates(app.ctx, request.actor!, request.params.id) }),
  );

  app.post(
    '/:id/contact/reveal',
    {
      config: { permission: 'participation:reveal_contact' },
      schema: {
        tags,
        summary:
          "Reveal the enterprise contact's name and phone, with a reason (audited; limited per user per hour, else 429 REVEAL_RATE_LIMITED)",
        params: IdParams,
        body: RevealRequest,
        response: { 200: RevealedContact },
      },
    },
    async (request) => revealContact(app.ctx, request.actor!, request.params.id, request.body),
  );
}
