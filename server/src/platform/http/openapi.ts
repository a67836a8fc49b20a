/**
 * The OpenAPI document generated from the routes' zod schemas, with keys sorted at every depth
 * so the committed openapi.json diffs cleanly. A test fails when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorCodesByStatus } from '../../../../contracts/endpoint.js';
import { ErrorBody } from '../../../../contracts/shared.js';

export const OPENAPI_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../openapi.json');

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function renderOpenApi(app: FastifyInstance): string {
  return `${JSON.stringify(sortDeep(app.swagger()), null, 2)}\n`;
}

export function readCommittedOpenApi(): string | null {
  return fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : null;
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
const FILE_CONTENT = z.string().meta({ format: 'binary' });
const IDEMPOTENCY_HEADERS = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/)
    .optional()
    .describe(
      'Names this submission (ADR 0039): the same request sent again with the same key within a day gets the first answer (Idempotent-Replayed: true) and does nothing again',
    ),
});

/**
 * ADR 0031: a route registered from a contract documents every error it can answer with (grouped by status, each
 * status listing its codes and referring to the one ErrorBody), a file answer or upload as binary content, an empty
 * answer as 204.
 */
export function openApiTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const endpoint = (
    input.route.config as { endpoint?: import('../../../../contracts/endpoint.js').Endpoint } | undefined
  )?.endpoint;
  if (!endpoint) return jsonSchemaTransform(input);
  const response: Record<string, unknown> = { ...((input.schema.response as Record<string, unknown>) ?? {}) };
  const { spec } = endpoint;
  if (spec.answer === 'file') {
    response[String(spec.status ?? 200)] = {
      description: 'A file (the name in Content-Disposition)',
      content: { 'application/octet-stream': { schema: FILE_CONTENT } },
    };
  }
  for (const [status, codes] of errorCodesByStatus(spec)) {
    response[String(status)] = {
      description: codes.join(', '),
      content: { 'application/json': { schema: ErrorBody } },
    };
  }
  // an uploaded file as the body: binary content of the media types the route accepts
  const upload = spec.rawBody
    ? { body: FILE_CONTENT.describe(spec.rawBody.description), consumes: [...spec.rawBody.mediaTypes] }
    : {};
  // ADR 0039: a write may name its submission, so that sending it again does not do it twice
  const headers = spec.method !== 'GET' ? { headers: IDEMPOTENCY_HEADERS } : {};
  const transformed = jsonSchemaTransform({ ...input, schema: { ...input.schema, ...upload, ...headers, response } });
  // an empty answer is a 204 without content: @fastify/swagger leaves out the content of a `null` schema
  if (spec.answer === 'empty') {
    (transformed.schema.response as Record<string, unknown>)['204'] = { type: 'null', description: 'No content' };
  }
  return transformed;
}
