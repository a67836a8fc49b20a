import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/session-store.js';
import { CSRF_HEADER } from '../../platform/auth/guard.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../../contracts/shared.js';
import { ApplicationBody, ApplicationCreated, PublicCampaign, RecommendBody } from './applications.schemas.js';
import { applyPublicly, listOpenCampaigns, recommendEnterprise } from './applications.service.js';

/** The public form is open to anyone, so it is throttled per client address. */
const PUBLIC_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

export async function applicationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];

  app.post(
    '/campaigns/:id/applications',
    {
      config: { permission: 'application:create' },
      schema: {
        tags,
        summary: 'A bureau recommends an enterprise (or records an association recommendation)',
        params: IdParams,
        body: RecommendBody,
        response: { 201: ApplicationCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recommendEnterprise(app.ctx, request.actor!, request.params.id, request.body)),
  );

  app.get(
    '/public/campaigns',
    {
      config: { permission: 'public', rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Campaigns open for applications (public)',
        response: { 200: z.object({ items: z.array(PublicCampaign) }) },
      },
    },
    async () => ({ items: await listOpenCampaigns(app.ctx) }),
  );

  app.post(
    '/public/campaigns/:id/applications',
    {
      config: { permission: 'public', rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags,
        summary: 'An enterprise applies itself (public registration form)',
        params: IdParams,
        body: ApplicationBody,
        response: { 201: ApplicationCreated },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applyPublicly(app.ctx, request.params.id, request.body, ownEnterpriseContact(request))),
  );
}

/**
 * The signed-in contact of an enterprise using the public form, who speaks for that enterprise
 * (ADR 0017): only with a valid session and CSRF token (the route is public, so the guard does not
 * check them); anyone else is an anonymous applicant.
 */
function ownEnterpriseContact(request: FastifyRequest): Actor | null {
  const actor = request.actor;
  if (actor?.role !== 'enterprise_contact' || actor.mustChangePassword) return null;
  return request.headers[CSRF_HEADER] === actor.csrfToken ? actor : null;
}
