/**
 * The contract kit (ADR 0031): one endpoint is one value naming its method, path, permission, inputs, answer and
 * the error codes it can return. The server registers its routes from these values, the web calls them through one
 * typed client, and the OpenAPI document is generated from them, so the three cannot drift apart.
 */
import type { z } from 'zod';
import type { Permission } from '../domain/access/permissions.js';
import { ERROR_CODES, type ErrorCode } from '../domain/errors/codes.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201 | 202 | 204;

/** What an endpoint answers: a JSON body described by a schema, a file (a download), or nothing (204). */
export type Answer = z.ZodType | 'file' | 'empty';

export interface EndpointSpec {
  method: HttpMethod;
  /** The whole path with `:name` placeholders, e.g. `/api/v1/certification-bodies/:id`. */
  path: string;
  /** The permission the guard checks before the handler (deny by default, R10). */
  permission: Permission;
  summary: string;
  /** Longer prose for the API document, when the summary cannot say it all. */
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status (default 200; 204 when the answer is empty). */
  status?: SuccessStatus;
  answer: Answer;
  /** The codes of domain/errors/codes.ts the handler itself may return; the guard's and validation's are added. */
  errors: readonly ErrorCode[];
  /** A body that is not JSON (an uploaded file): the route reads the raw request itself. */
  rawBody?: RawBody;
}

/** An uploaded file as the request body: the media types the route accepts (OpenAPI documents it as binary). */
export interface RawBody {
  mediaTypes: readonly [string, ...string[]];
  description: string;
}

export interface Endpoint<S extends EndpointSpec = EndpointSpec> {
  readonly capability: string;
  /** `<capability><Name>`: the OpenAPI operationId and the web's query-key name. */
  readonly operationId: string;
  readonly name: string;
  readonly spec: S;
}

type EndpointsOf<T extends Record<string, EndpointSpec>> = { readonly [K in keyof T & string]: Endpoint<T[K]> };

/** A capability's endpoints: `defineContract('bodies', { list: {...}, register: {...} })`. */
export function defineContract<const T extends Record<string, EndpointSpec>>(
  capability: string,
  endpoints: T,
): EndpointsOf<T> {
  const result: Record<string, Endpoint> = {};
  for (const [name, spec] of Object.entries(endpoints)) {
    result[name] = {
      capability,
      name,
      operationId: `${camel(capability)}${name[0]!.toUpperCase()}${name.slice(1)}`,
      spec,
    };
  }
  return result as EndpointsOf<T>;
}

function camel(capability: string): string {
  return capability.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the handler receives after validation. */
export type ParamsOf<E extends Endpoint> = Out<E['spec']['params']>;
export type QueryOf<E extends Endpoint> = Out<E['spec']['query']>;
export type BodyOf<E extends Endpoint> = Out<E['spec']['body']>;
/** The JSON a caller receives (the answer after serialisation). */
export type AnswerOf<E extends Endpoint> = E['spec']['answer'] extends z.ZodType
  ? z.output<E['spec']['answer']>
  : E['spec']['answer'] extends 'file'
    ? Blob
    : undefined;
/** What the handler returns (the serializer checks it against the answer schema). */
export type HandlerAnswerOf<E extends Endpoint> = E['spec']['answer'] extends z.ZodType
  ? z.input<E['spec']['answer']>
  : undefined;

type Optionalize<K extends string, V> = undefined extends V ? { [P in K]?: V } : { [P in K]: V };
/** The one argument of a call: `{ params, query, body }`, each present when the endpoint has it. */
export type CallInput<E extends Endpoint> = Optionalize<'params', In<E['spec']['params']>> &
  Optionalize<'query', In<E['spec']['query']>> &
  Optionalize<'body', In<E['spec']['body']>>;

/** The path with its placeholders filled in (each value URI-encoded). */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`path parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

/** The guard's codes (domain/access): a signed-in route can refuse with these before its handler runs. */
const GUARD_ERRORS: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
];

/** Every code an endpoint can answer with, by HTTP status: its own, the guard's, validation's, the idempotency key's, the database's. */
export function errorCodesByStatus(spec: EndpointSpec): Map<number, ErrorCode[]> {
  const codes = new Set<ErrorCode>(spec.errors);
  if (spec.params || spec.query || spec.body) codes.add('VALIDATION_FAILED');
  if (spec.permission !== 'public') {
    for (const code of GUARD_ERRORS) {
      if (code === 'PASSWORD_CHANGE_REQUIRED' && spec.permission === 'session') continue;
      if (code === 'FORBIDDEN' && spec.permission === 'session') continue;
      codes.add(code);
    }
    if (spec.method !== 'GET') codes.add('CSRF_TOKEN_INVALID');
  }
  // ADR 0039: any write may carry an Idempotency-Key
  if (spec.method !== 'GET') {
    codes.add('VALIDATION_FAILED');
    codes.add('IDEMPOTENCY_IN_PROGRESS');
    codes.add('IDEMPOTENCY_KEY_REUSED');
  }
  codes.add('DATABASE_UNAVAILABLE');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes].sort()) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}
