/**
 * The one way the web talks to the API: same-origin cookies, the UI language as Accept-Language,
 * the CSRF token of the latest session on every write, and `{code, message, field?}` errors.
 * Every call names its endpoint from contracts/ (ADR 0031): `callApi(bodies.list, {})`, so the path, the method
 * and the types are the server's own; no path is written here or in a feature.
 */
import { type AnswerOf, type CallInput, type Endpoint, fillPath } from '../../../contracts/endpoint';
import i18n, { currentLanguage } from './i18n';
import { notifySessionLost } from './auth-events';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The headers every write carries (used by the XMLHttpRequest upload as well). */
export function writeHeaders(): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

export type QueryValue = string | number | boolean | null | undefined;

export function buildPath(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The API's `{code, message, field?}` error body (or a generic one for other bodies) as an ApiError. */
export function errorFromBody(status: number, text: string): ApiError {
  let body: { code?: unknown; message?: unknown; field?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON (proxy error page etc.)
  }
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  const message = typeof body.message === 'string' && body.message ? body.message : i18n.t('error.http', { status });
  const field = typeof body.field === 'string' ? body.field : undefined;
  const error = new ApiError(status, code, message, field);
  if (status === 401 && (code === 'SESSION_EXPIRED' || code === 'UNAUTHENTICATED')) notifySessionLost(code);
  return error;
}

async function toError(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // body unreadable
  }
  return errorFromBody(response.status, text);
}

async function request<T>(
  method: Endpoint['spec']['method'],
  path: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<T> {
  const headers: Record<string, string> =
    method !== 'GET' ? writeHeaders() : { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (method !== 'GET' && body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network'));
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The URL of a call: the contract's path with its parameters, then the query string. */
export function urlOf<E extends Endpoint>(endpoint: E, input: CallInput<E>): string {
  const { params, query } = input as { params?: Record<string, unknown>; query?: Record<string, QueryValue> };
  return buildPath(fillPath(endpoint.spec.path, params), query);
}

/**
 * Calls an endpoint of the contracts and returns its answer, typed as the server declares it. A write may name its
 * submission with `idempotencyKey` (ADR 0039): sent again with the same key, it is answered from the first time.
 */
export function callApi<E extends Endpoint>(
  endpoint: E,
  input: CallInput<E>,
  options: { idempotencyKey?: string } = {},
): Promise<AnswerOf<E>> {
  if (endpoint.spec.answer === 'file') throw new Error(`${endpoint.operationId} answers a file: use downloadApi`);
  return request<AnswerOf<E>>(
    endpoint.spec.method,
    urlOf(endpoint, input),
    (input as { body?: unknown }).body,
    options.idempotencyKey,
  );
}

/**
 * An endpoint whose answer is a file: returns it with the name the server gives (Content-Disposition). A GET needs
 * no CSRF token; a POST (a document made from what the person edited) sends its body as a write does.
 */
export async function downloadApi<E extends Endpoint>(
  endpoint: E,
  input: CallInput<E>,
): Promise<{ blob: Blob; fileName: string | null }> {
  const method = endpoint.spec.method;
  if (method === 'GET') return downloadFrom(urlOf(endpoint, input));
  return downloadFrom(urlOf(endpoint, input), {
    method,
    headers: { ...writeHeaders(), 'Content-Type': 'application/json' },
    body: JSON.stringify((input as { body?: unknown }).body ?? {}),
  });
}

async function downloadFrom(url: string, init: RequestInit = {}): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'Accept-Language': currentLanguage() },
      ...init,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network'));
  }
  if (!response.ok) throw await toError(response);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}
