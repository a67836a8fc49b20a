/**
 * Builds the HTTP application: security headers, cookies, rate limits, zod validation and
 * serialisation, the OpenAPI document, the permission guard, the routes it is given and, when
 * built, the web app. Which routes is the composition root's choice (server/src/app.ts, ADR 0029):
 * the platform knows no module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { installErrorHandler } from './error-handler.js';
import { loggableError } from './loggable-error.js';
import { rejectUnsafeText } from './unsafe-text.js';
import { retryAfterConnectionLoss } from '../db/retry.js';
import { installCachePolicy } from './cache-policy.js';
import { installGuard, isInfrastructureRoute } from '../auth/guard.js';
import { installRefusalTrail } from '../audit/refusals.js';
import { registerWebApp } from './web-app.js';
import { installIdempotency } from '../idempotency/idempotency.js';
import { installRequestLog } from './request-log.js';
import { openApiTransform } from './openapi.js';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

export interface BuildOptions {
  ctx: AppContext;
  /** Registers every capability's routes (the composition root passes the modules). */
  registerRoutes: (app: FastifyInstance) => Promise<void>;
  /** `stream`: where log lines go (tests read them); default stdout. */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  trustProxyHops?: number;
  /** Serve web/dist when it exists (off in API tests). */
  serveWeb?: boolean;
  /** Where the built web app is (default web/dist); tests point it at a small fixture. */
  webDist?: string;
}

export async function buildHttpApp(options: BuildOptions): Promise<FastifyInstance> {
  const logger = options.logger ?? false;
  const app = Fastify({
    // errors are logged without the values of a failed statement (no personal data in the log)
    logger:
      logger === false
        ? false
        : { ...(logger === true ? {} : logger), serializers: { err: (error: unknown) => loggableError(error) } },
    // R05: trust exactly the configured proxy hops, so X-Forwarded-For cannot be spoofed.
    trustProxy: (_address: string, hop: number) => hop < (options.trustProxyHops ?? 0),
    bodyLimit: 1024 * 1024,
    // ADR 0031: contracts name a collection without a trailing slash; `/api/v1/campaigns/` keeps answering
    routerOptions: { ignoreTrailingSlash: true },
    logController: new LogController({ disableRequestLogging: true }), // one line per request instead, from installRequestLog
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', options.ctx);
  const routeTable: Array<{ method: string; url: string; permission: string | undefined }> = [];
  app.decorate('routeTable', routeTable);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installRequestLog(app);

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (isInfrastructureRoute(route.url) && !route.config?.permission) {
      route.config = { ...(route.config ?? {}), permission: 'public' };
    }
    routes.push(route as unknown as RouteOptions);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, permission: route.config?.permission });
    }
    // ADR 0015: a handler that lost its database connection before anything of it could commit runs
    // again, as long as no byte of the response has left
    const handler = route.handler;
    route.handler = function (request, reply) {
      return retryAfterConnectionLoss(
        () => handler.call(this, request, reply),
        () => !reply.sent && !reply.raw.headersSent,
      );
    };
  });
  // NUL and lone surrogates are refused in every request string before the schemas run
  app.addHook('preValidation', rejectUnsafeText);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd injects its CSS-in-JS at run time
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: options.ctx.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      servers: [{ url: '/', description: 'this server' }],
      info: {
        title: 'Uplift API',
        version: '1',
        description: '小微企业质量管理体系认证提升行动 platform API. Errors are `{ code, message, field? }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'uplift_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: openApiTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installErrorHandler(app);
  installCachePolicy(app);
  installGuard(app);
  installIdempotency(app); // after the guard: a key belongs to who sent it
  installRefusalTrail(app); // before the modules, so its onError hook covers every route
  await app.register(options.registerRoutes);

  const webDist = options.webDist ?? WEB_DIST;
  if (options.serveWeb && fs.existsSync(path.join(webDist, 'index.html'))) await registerWebApp(app, webDist);

  app.addHook('onReady', async () => {
    const missing = routes.filter((r) => !r.config?.permission).map((r) => `${String(r.method)} ${r.url}`);
    if (missing.length > 0)
      throw new Error(`routes without a permission (deny by default, R10): ${missing.join(', ')}`);
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildHttpApp>>;
