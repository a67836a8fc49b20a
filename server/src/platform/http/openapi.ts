/**
 * The OpenAPI document generated from the routes' zod schemas, with keys sorted at every depth
 * so the committed openapi.json diffs cleanly. A test fails when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

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
