/**
 * The one place that writes error bodies: `{ code, message, field? }` in the caller's language
 * (zh-CN unless Accept-Language prefers English). No stack traces or internals leave the server.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorMessage, ERROR_CODES, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';
import { AppError } from './app-error.js';

export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

export function errorBody(code: ErrorCode, locale: Locale, params: { field?: string; detail?: string } = {}) {
  return {
    code,
    message: errorMessage(code, locale, params),
    ...(params.field ? { field: params.field } : {}),
  };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error.code, locale, error.params));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = issue?.instancePath?.replace(/^\//, '').replaceAll('/', '.');
      const field = path ? `${where}.${path}` : where;
      const detail = issue?.message ?? 'invalid';
      return reply.status(400).send(errorBody('VALIDATION_FAILED', locale, { field, detail }));
    }
    // a concurrent request won the race for a unique key (e.g. the same roster uploaded twice at once)
    if ((error as { code?: string }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
      return reply.status(409).send(errorBody('VERSION_CONFLICT', locale));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', locale));
    }
    if (error.statusCode === 413) return reply.status(413).send(errorBody('FILE_TOO_LARGE', locale, { field: 'body', detail: 'limit' }));
    if (error.statusCode === 415) return reply.status(415).send(errorBody('FILE_TYPE_NOT_ALLOWED', locale, { field: 'body', detail: error.code ?? 'content-type' }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type)
      return reply.status(error.statusCode).send(errorBody('VALIDATION_FAILED', locale, { field: 'body', detail: error.code ?? 'invalid' }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL_ERROR', locale));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', requestLocale(request), { field: request.url.split('?')[0] }));
  });
}

export const ERROR_RESPONSE_STATUSES = Object.values(ERROR_CODES).map((d) => d.status);
