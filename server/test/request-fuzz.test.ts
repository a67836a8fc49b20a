/**
 * Fuzz (fast-check) over every request schema of the contracts, through the real app: each route is called, as a
 * persona allowed to call it, with path parameters, query and body generated from its own schemas — mostly
 * well-formed (the demo's real ids among them, so handlers reach rows that exist), with hostile values mixed in at
 * every level. No answer may be a 5xx: bad input is a 4xx with a code, and nothing the client sends crashes a
 * handler. Bounded: FUZZ_RUNS requests per route (default 6), seeded (FUZZ_SEED) so a failure replays.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPath, type Endpoint } from '../../contracts/endpoint.js';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { MATRIX, type MatrixRoute } from './authorization-matrix.js';
import { arbitraryFor, type Known } from './helpers/schema-arbitrary.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-store.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const CONTRACTS = path.resolve(import.meta.dirname, '../../contracts');

let t: TestApp;
/** Answers by status, so the run shows how deep it reached (past validation, into the handlers). */
const statuses = new Map<number, number>();
let endpoints: Map<string, Endpoint>;
let known: Known;

async function loadEndpoints(): Promise<Map<string, Endpoint>> {
  const found = new Map<string, Endpoint>();
  for (const file of fs.readdirSync(CONTRACTS).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const module = (await import(path.join(CONTRACTS, file))) as Record<string, unknown>;
    for (const exported of Object.values(module)) {
      if (!exported || typeof exported !== 'object') continue;
      for (const candidate of Object.values(exported as Record<string, unknown>)) {
        const endpoint = candidate as Partial<Endpoint> | null;
        if (endpoint && typeof endpoint === 'object' && endpoint.spec && typeof endpoint.spec.path === 'string')
          found.set(`${endpoint.spec.method} ${endpoint.spec.path}`, endpoint as Endpoint);
      }
    }
  }
  return found;
}

beforeAll(async () => {
  t = await buildTestApp();
  endpoints = await loadEndpoints();
  known = {
    uuids: [
      ...Object.values(t.ids.participations),
      ...Object.values(t.ids.campaigns),
      ...Object.values(t.ids.users),
      ...Object.values(t.ids.workingGroups),
      ...Object.values(t.ids.orgs),
    ],
  };
}, 120_000);
afterAll(async () => t?.close());

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function pathOf(endpoint: Endpoint, params: unknown): string {
  if (!params || typeof params !== 'object') return endpoint.spec.path;
  const encoded = Object.fromEntries(
    // a path segment cannot be empty: an empty value is sent as '-'
    Object.entries(params as Record<string, unknown>).map(([k, v]) => [k, encodeURIComponent(String(v ?? '')) || '-']),
  );
  return fillPath(endpoint.spec.path, encoded);
}

async function headersFor(route: MatrixRoute): Promise<Record<string, string>> {
  if (route.allowed === 'public') return {};
  const client = await t.as(route.allowed[0]!);
  return { cookie: `${SESSION_COOKIE}=${client.cookie}`, 'x-csrf-token': client.csrfToken ?? '' };
}

describe('request fuzz: no request makes a 5xx', () => {
  it('every route of the matrix has its contract here', () => {
    const missing = MATRIX.map((r) => `${r.method} ${r.url}`).filter((key) => !endpoints.has(key));
    expect(missing).toEqual([]);
  });

  it.each(MATRIX.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', async (key, route) => {
    const endpoint = endpoints.get(key)!;
    const { spec } = endpoint;
    const params = arbitraryFor(spec.params, known) ?? fc.constant(undefined);
    const query = arbitraryFor(spec.query, known) ?? fc.constant(undefined);
    const body = spec.rawBody
      ? fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes))
      : (arbitraryFor(spec.body, known) ?? fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(params, query, body, async (p, q, b) => {
        const headers = await headersFor(route);
        const url = `${pathOf(endpoint, p)}${queryString(q)}`;
        const response = await t.app.inject({
          method: spec.method,
          url,
          headers: {
            ...headers,
            ...(spec.rawBody ? { 'content-type': spec.rawBody.mediaTypes[0]! } : {}),
          },
          ...(spec.method === 'GET' || b === undefined
            ? {}
            : { payload: spec.rawBody ? (b as Buffer) : (b as object) }),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500) {
          throw new Error(`${spec.method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });

  it('reached the handlers: most requests got past validation', () => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const pastValidation = total - (statuses.get(400) ?? 0);
    console.log(
      `request fuzz: ${total} requests, by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(total).toBeGreaterThanOrEqual(MATRIX.length * RUNS);
    expect(pastValidation / total).toBeGreaterThan(0.3);
  });
});

describe('what the fuzz found', () => {
  it('a well-formed region code that is no division is a 404 naming the field, not a 500', async () => {
    const national = await t.as('national');
    const response = await national.post('/api/v1/campaigns', {
      year: 2027,
      name: '不存在的地区的提升行动',
      regionCode: '213034',
      targets: {},
      keyIndustries: [],
      workPlan: {},
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', field: 'regionCode' });
  });
});
