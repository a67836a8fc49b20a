/** Sign-in and the session over HTTP: each route is its contract (contracts/auth.ts) and a service call. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { auth } from '../../../../contracts/auth.js';
import { changePassword, describeSession, login, logout, switchMembership } from './auth.service.js';
import { hashSessionId, SESSION_COOKIE } from '../../platform/auth/session-store.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { route } from '../../platform/http/route.js';

function setSessionCookie(reply: FastifyReply, ctx: AppContext, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.cookieSecure,
    maxAge: Math.floor(ctx.sessionPolicy.absoluteMs / 1000),
  });
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  /** R05: sign-in is throttled per client address (the per-account lockout is R04). */
  const throttled = { config: { rateLimit: { max: app.ctx.authRateLimitPerMinute, timeWindow: '1 minute' } } };

  route(
    app,
    auth.login,
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const result = await login(app.ctx, {
        ...request.body,
        previousSessionIdHash: previous ? hashSessionId(previous) : undefined,
      });
      setSessionCookie(reply, app.ctx, result.sessionId);
      return result.body;
    },
    throttled,
  );

  route(app, auth.logout, async (request, reply) => {
    await logout(app.ctx, request.actor!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    // the next person at this browser finds nothing of this one's: cached answers, drafts, queued photos
    // ("cookies" is left out: it would reach every site of the registrable domain; ours is cleared above)
    reply.header('clear-site-data', '"cache", "storage"');
  });

  route(app, auth.session, async (request) => {
    const actor = request.actor!;
    return describeSession(app.ctx.database.db, {
      userId: actor.userId,
      membershipId: actor.membershipId,
      csrfToken: actor.csrfToken,
    });
  });

  route(
    app,
    auth.switchMembership,
    async (request, reply) => {
      const result = await switchMembership(app.ctx, request.actor!, request.body.membershipId);
      setSessionCookie(reply, app.ctx, result.sessionId);
      return result.body;
    },
    throttled,
  );

  route(
    app,
    auth.changePassword,
    async (request) => {
      if (!request.actor) throw new AppError('UNAUTHENTICATED');
      await changePassword(app.ctx, request.actor, request.body);
    },
    throttled,
  );
}
