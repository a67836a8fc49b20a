/**
 * The one place that writes error bodies: `{ code, message, field? }` in the caller's language
 * (zh-CN unless Accept-Language prefers English). No stack traces or internals leave the server.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../i18n/messages.js';
import { AppError } from './app-error.js';
import { isConnectionLoss } from '../db/connection-loss.js';

/** SQLSTATE class 22 (data exception) codes that only bad input can cause, with the detail shown. */
const INPUT_DATA_EXCEPTIONS = new Map([
  ['22001', 'too long'],
  ['22003', 'out of range'],
  ['22007', 'not a valid date or time'],
  ['22008', 'date or time out of range'],
  ['22021', 'invalid character'],
  ['22P02', 'invalid value'],
  ['22P05', 'invalid character'],
]);

/** The SQLSTATE of a database error, also when drizzle wrapped it (DrizzleQueryError.cause). */
function databaseErrorCode(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 3;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * The field of a foreign-key violation whose referred row is missing: PostgreSQL's detail names the column
 * (`Key (region_code)=(…) is not present in table …`), given back in the API's spelling (regionCode). Undefined for
 * the other kind (a row still referred to) or an error without the detail.
 */
function missingReference(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 3;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const detail = (e as { detail?: unknown }).detail;
    if (typeof detail !== 'string') continue;
    const column = /^Key \(([a-z_]+)\)=\(.*\) is not present in table/.exec(detail)?.[1];
    return column?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  }
  return undefined;
}

export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

function errorBody(code: ErrorCode, locale: Locale, params: { field?: string; detail?: string } = {}) {
  return {
    code,
    message: localMessage(code, locale, params),
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
    if (isConnectionLoss(error)) {
      // ADR 0015: the statement was fine, the connection was not; the pool reconnects by itself
      request.log.warn({ err: error }, 'database connection lost');
      return reply.status(503).header('retry-after', '1').send(errorBody('DATABASE_UNAVAILABLE', locale));
    }
    const sqlState = databaseErrorCode(error);
    // a concurrent request won the race for a unique key (e.g. the same roster uploaded twice at once)
    if (sqlState === '23505') {
      request.log.info({ err: error }, 'unique key taken by a concurrent request');
      return reply.status(409).send(errorBody('VERSION_CONFLICT', locale));
    }
    if (sqlState === '23503') {
      // a foreign key the schemas could not check (e.g. a well-formed region code that is no division): the row
      // named does not exist (404, naming the field); a row still referred to cannot go (409)
      const missing = missingReference(error);
      request.log.info({ err: error }, 'foreign key refused');
      if (missing) return reply.status(404).send(errorBody('NOT_FOUND', locale, { field: missing }));
      return reply.status(409).send(errorBody('VERSION_CONFLICT', locale));
    }
    if (sqlState && INPUT_DATA_EXCEPTIONS.has(sqlState)) {
      // input that passed the schemas but not the column (e.g. a number beyond the column's range)
      request.log.warn({ err: error }, 'input refused by the database');
      return reply
        .status(400)
        .send(errorBody('VALIDATION_FAILED', locale, { field: 'body', detail: INPUT_DATA_EXCEPTIONS.get(sqlState)! }));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', locale));
    }
    if (error.statusCode === 413)
      return reply.status(413).send(errorBody('FILE_TOO_LARGE', locale, { field: 'body', detail: 'limit' }));
    if (error.statusCode === 415)
      return reply
        .status(415)
        .send(errorBody('FILE_TYPE_NOT_ALLOWED', locale, { field: 'body', detail: error.code ?? 'content-type' }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type)
      return reply
        .status(error.statusCode)
        .send(errorBody('VALIDATION_FAILED', locale, { field: 'body', detail: error.code ?? 'invalid' }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL_ERROR', locale));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', requestLocale(request), { field: request.url.split('?')[0] }));
  });
}
