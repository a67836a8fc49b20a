/** Intake over HTTP (contracts/intake.ts): a bureau's recommendation and the public registration form. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { intake } from '../../../../contracts/intake.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { CSRF_HEADER } from '../../platform/auth/guard.js';
import { route } from '../../platform/http/route.js';
import { applyPublicly, listOpenCampaigns, recommendEnterprise } from './intake.service.js';

/** The public form is open to anyone, so it is throttled per client address. */
const PUBLIC_RATE_LIMIT = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

export async function intakeRoutes(app: FastifyInstance): Promise<void> {
  route(app, intake.recommend, async (request) =>
    recommendEnterprise(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, intake.publicCampaigns, async () => ({ items: await listOpenCampaigns(app.ctx) }), PUBLIC_RATE_LIMIT);
  route(
    app,
    intake.applyPublicly,
    async (request) => applyPublicly(app.ctx, request.params.id, request.body, ownEnterpriseContact(request)),
    PUBLIC_RATE_LIMIT,
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
