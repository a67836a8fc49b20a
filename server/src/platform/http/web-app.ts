/**
 * Serves the built web app (ADR 0027): the files `vite build` precompressed next to each asset
 * (`.br`, `.gz`) go out as they are when the client's Accept-Encoding allows, with
 * `Vary: Accept-Encoding`. Files under /assets carry a content hash in their name, so they are
 * cached for a year and never revalidated; index.html (also the SPA fallback for client-side
 * routes) is `no-cache`, so a new release is picked up at the next page load.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The cache policy of a served file, by its path inside the web build (a `.br`/`.gz` twin counts as its original). */
export function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath.replace(/\.(br|gz)$/, '')).split(path.sep);
  return relative.length > 1 && relative[0] === 'assets' ? IMMUTABLE : REVALIDATE;
}

export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false, // set below, per file
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', cacheControlFor(root, filePath));
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  // Client-side routes: any non-API GET falls back to the SPA shell. The handler is async so it hands
  // back a real promise (the connection-loss retry chains on it; a bare reply is not one).
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
