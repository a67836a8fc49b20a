/**
 * One `info` line per answered request (Fastify's own pair of "incoming request" / "request
 * completed" lines is turned off). It names the route pattern, never the URL: the query string and
 * the body can carry personal data (shared/security requirements, no personal data in the log).
 */
import type { FastifyInstance } from 'fastify';

export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
}
