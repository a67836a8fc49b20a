import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordRequest, LoginRequest, SessionResponse, SwitchMembershipRequest } from './auth.schemas.js';
import { changePassword, describeSession, login, logout, switchMembership } from './auth.service.js';
import { hashSessionId, SESSION_COOKIE } from '../../platform/auth/session-store.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/http/app-error.js';

function setSessionCookie(reply: FastifyReply, ctx: AppContext, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.cookieSecure,
    maxAge: Math.floor(ctx.sessionPolicy.absoluteMs / 1000),
  });
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  /** R05: sign-in is throttled per client address (the per-account lockout is R04). */
  const AUTH_RATE_LIMIT = { max: app.ctx.authRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/login',
    {
      config: { permission: 'public', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Sign in; sets the session cookie',
        body: LoginRequest,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const result = await login(app.ctx, {
        ...request.body,
        previousSessionIdHash: previous ? hashSessionId(previous) : undefined,
      });
      setSessionCookie(reply, app.ctx, result.sessionId);
      return result.body;
    },
  );

  app.post(
    '/logout',
    {
      config: { permission: 'session' },
      schema: { tags, summary: 'Sign out and end the session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(app.ctx, request.actor!);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      // the next person at this browser finds nothing of this one's: cached answers, drafts, queued photos
      // ("cookies" is left out: it would reach every site of the registrable domain; ours is cleared above)
      reply.header('clear-site-data', '"cache", "storage"');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/session',
    {
      config: { permission: 'session' },
      schema: { tags, summary: 'The signed-in user, memberships and CSRF token', response: { 200: SessionResponse } },
    },
    async (request) => {
      const actor = request.actor!;
      return describeSession(app.ctx.database.db, {
        userId: actor.userId,
        membershipId: actor.membershipId,
        csrfToken: actor.csrfToken,
      });
    },
  );

  app.post(
    '/switch-membership',
    {
      config: { permission: 'session', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Act through another membership (rotates the session id)',
        body: SwitchMembershipRequest,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      const result = await switchMembership(app.ctx, request.actor!, request.body.membershipId);
      setSessionCookie(reply, app.ctx, result.sessionId);
      return result.body;
    },
  );

  app.post(
    '/change-password',
    {
      config: { permission: 'session', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Change the password; other sessions are ended',
        body: ChangePasswordRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!request.actor) throw new AppError('UNAUTHENTICATED');
      await changePassword(app.ctx, request.actor, request.body);
      return reply.status(204).send(null);
    },
  );
}
