/**
 * Text no field may hold, refused once for every route before its schema runs: the NUL character
 * (PostgreSQL cannot store U+0000 in text and answers with an error, so the request would end in a 500)
 * and lone UTF-16 surrogates (JSON can spell "\ud800", but it is no character: it cannot be written as
 * UTF-8 and turns into U+FFFD or an error on the way to the database, a document or a spreadsheet).
 * The answer is 400 VALIDATION_FAILED naming the field the way a schema error does (`body.contactName`,
 * `body.phases.0.place`, `query.q`, `params.id`).
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type UnsafeText = 'NUL' | 'LONE_SURROGATE';

export function unsafeText(value: string): UnsafeText | null {
  if (NUL.test(value)) return 'NUL';
  if (LONE_SURROGATE.test(value)) return 'LONE_SURROGATE';
  return null;
}

const DETAIL: Record<UnsafeText, string> = {
  NUL: 'contains the NUL character U+0000',
  LONE_SURROGATE: 'contains a lone surrogate (not a Unicode character)',
};

/** The first string (or object key) in `root` holding unsafe text, with its path; null when there is none. */
export function findUnsafeText(root: unknown, rootPath: string): { field: string; problem: UnsafeText } | null {
  // iterative walk: a deeply nested body must not overflow the stack
  const pending: Array<{ value: unknown; path: string }> = [{ value: root, path: rootPath }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = unsafeText(value);
      if (problem) return { field: path, problem };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], path: `${path}.${i}` });
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value);
      for (const [key] of entries) {
        const problem = unsafeText(key);
        // the key itself is shown escaped, so the answer never carries the bad character
        if (problem) return { field: `${path}.${JSON.stringify(key).slice(1, -1)}`, problem };
      }
      for (let i = entries.length - 1; i >= 0; i--)
        pending.push({ value: entries[i]![1], path: `${path}.${entries[i]![0]}` });
    }
  }
  return null;
}

/**
 * Only parsed JSON, query strings and route parameters are walked; uploads (streams, buffers) are not
 * text. (The query parser's objects inherit from a bare object without prototype.)
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** Fastify preValidation hook. */
export async function rejectUnsafeText(request: FastifyRequest): Promise<void> {
  for (const [where, value] of [
    ['params', request.params],
    ['query', request.query],
    ['body', request.body],
  ] as const) {
    const found = findUnsafeText(value, where);
    if (found) throw new AppError('VALIDATION_FAILED', { field: found.field, detail: DETAIL[found.problem] });
  }
}
