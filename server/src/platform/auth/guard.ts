/**
 * The request's straight path before a handler: resolve the session, then check the route's
 * permission, password state and CSRF token. Object scope (which rows) is checked in services.
 */
import type { FastifyInstance } from 'fastify';
import { roleHasPermission } from '../../../../domain/access/permissions.js';
import { AppError } from '../http/app-error.js';
import { lookupSession, SESSION_COOKIE } from './session-store.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

export function installGuard(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const { database, clock, sessionPolicy } = app.ctx;
    const found = await lookupSession(database.db, raw, clock.now(), sessionPolicy);
    if (found.status === 'ok') request.actor = found.actor;
    else if (found.status === 'expired') request.sessionExpired = true;
  });

  app.addHook('preHandler', async (request) => {
    if (request.is404) return; // the not-found handler answers; nothing to protect
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) throw new AppError('FORBIDDEN'); // unreachable: start-up refuses such routes
    if (permission === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError(request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (UNSAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
      throw new AppError('CSRF_TOKEN_INVALID');
    }
    if (actor.mustChangePassword && permission !== 'session') throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (!roleHasPermission(actor.role, permission)) throw new AppError('FORBIDDEN');
  });
}

/** Routes registered by plugins that serve no data of ours. */
export function isInfrastructureRoute(url: string): boolean {
  return url.startsWith('/api/docs') || !url.startsWith('/api');
}
