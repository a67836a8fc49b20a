/**
 * What browsers and proxies may keep (security requirements: personal data is not cached). Every
 * /api answer is `no-store` — signed-in users' data, sign-in itself, errors — except GETs of routes
 * anyone may read (reference data, open campaigns, health), which carry no one's personal data.
 * A handler that sets its own Cache-Control keeps it.
 */
import type { FastifyInstance } from 'fastify';

export function installCachePolicy(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api') || reply.hasHeader('cache-control')) return;
    const publicRead =
      (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config?.permission === 'public';
    if (!publicRead) reply.header('cache-control', 'no-store');
  });
}
