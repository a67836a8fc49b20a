/**
 * Drives every route of the app as every persona, inside and outside scope, from the checked-in
 * matrix (authorization-matrix.ts). Runs on PGlite and, with TEST_DB=postgres, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import {
  ACCOUNT_SCOPE,
  CAMPAIGN_SCOPE,
  CASE_SCOPE,
  EVALUATOR_SCOPE,
  EXPERT_SCOPE,
  GROUP_SCOPE,
  MATRIX,
  PARTICIPATION_SCOPE,
  REGION_SCOPE,
  PERSONAS,
  STAGE_REPORT_SCOPE,
  BODY_SCOPE,
  type MatrixRoute,
  type Persona,
} from './authorization-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

function fill(route: MatrixRoute, persona: Persona, side: 'inside' | 'outside'): string | null {
  let id: string | null | undefined = null;
  if (route.object === 'participation') {
    const key = PARTICIPATION_SCOPE[persona][side];
    id = key ? t.ids.participations[key] : null;
  } else if (route.object === 'campaign') {
    const key = CAMPAIGN_SCOPE[persona][side];
    id = key ? t.ids.campaigns[key] : null;
  } else if (route.object === 'case') {
    const key = CASE_SCOPE[persona][side];
    id = key ? t.ids.cases[key] : null;
  } else if (route.object === 'group') {
    const key = GROUP_SCOPE[persona][side];
    id = key ? t.ids.workingGroups[key] : null;
  } else if (route.object === 'expert') {
    // personas who may not read experts at all are tried on a real expert (403 comes first)
    const username = EXPERT_SCOPE[persona]?.[side] ?? (side === 'inside' ? 'expert' : null);
    id = username ? t.ids.users[username] : null;
  } else if (route.object === 'account') {
    // personas who may not read accounts at all are tried on a real account (403 comes first)
    const username = ACCOUNT_SCOPE[persona]?.[side] ?? (side === 'inside' ? 'expert5' : null);
    id = username ? t.ids.users[username] : null;
  } else if (route.object === 'stage_report') {
    const key = STAGE_REPORT_SCOPE[persona][side];
    id = key ? t.ids.stageReports[key] : null;
  } else if (route.object === 'body') {
    const key = BODY_SCOPE[persona][side];
    id = key ? t.ids.orgs[key] : null;
  } else if (route.object === 'evaluator') {
    id = t.ids.users[EVALUATOR_SCOPE[side]];
  } else if (route.object === 'user') {
    if (side === 'outside') return null; // accounts have no scope
    id = t.ids.users.expert5;
  }
  let code = '320321';
  if (route.object === 'region') {
    const region = REGION_SCOPE[persona][side];
    if (!region) return null;
    code = region;
    id = region;
  }
  if (route.object && !id) return null;
  return `${route.url}${route.query ? `?${route.query}` : ''}`
    .replace(':id', id ?? '00000000-0000-4000-8000-000000000000')
    .replace(':code', code)
    .replace(':importId', '00000000-0000-4000-8000-000000000000')
    .replace(':findingId', '00000000-0000-4000-8000-000000000000')
    .replace(':actionId', '00000000-0000-4000-8000-000000000000')
    .replace(':version', '1')
    .replace(':number', '1')
    .replace(':issueId', '00000000-0000-4000-8000-000000000000')
    .replace(':documentId', '00000000-0000-4000-8000-000000000000')
    .replace(':naId', '00000000-0000-4000-8000-000000000000')
    .replace(':dueOn', t.calendar.day('2026-11-30'))
    .replace(':attachmentId', '00000000-0000-4000-8000-000000000000');
}

async function call(client: Client, route: MatrixRoute, url: string, persona: Persona | 'anonymous') {
  const body = typeof route.body === 'function' ? route.body(persona) : (route.body ?? {});
  return route.method === 'GET' ? client.get(url) : client.post(url, body);
}

describe('every route is in the matrix', () => {
  it('lists each API route of the app exactly once', () => {
    const appRoutes = t.app.routeTable
      .filter((r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const matrixRoutes = MATRIX.map((r) => `${r.method} ${r.url}`).sort();
    expect(matrixRoutes).toEqual(appRoutes);
  });

  it('gives every route a permission (deny by default)', () => {
    expect(t.app.routeTable.filter((r) => !r.permission)).toEqual([]);
  });
});

describe.each(MATRIX.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', (_name, route) => {
  it('anonymous', async () => {
    const url = fill(route, 'national', 'inside')!;
    const response = await call(t.anonymous, route, url, 'anonymous');
    if (route.allowed === 'public') expect(response.statusCode).toBe(route.expect.status);
    else {
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it.each(PERSONAS.map((p) => [p]))('as %s, inside and outside scope', async (persona) => {
    const allowed = route.allowed === 'public' || route.allowed.includes(persona);
    for (const side of ['inside', 'outside'] as const) {
      const url = fill(route, persona, side);
      if (url === null) continue;
      if (side === 'outside' && !route.object) continue;
      const client = await t.as(persona); // a fresh session each time: logout and rotation must not leak between cells
      const response = await call(client, route, url, persona);
      const where = `${persona} ${side} ${url}`;
      if (!allowed) {
        expect(response.statusCode, where).toBe(403);
        expect(response.json().code, where).toBe('FORBIDDEN');
      } else if (side === 'outside') {
        expect(response.statusCode, where).toBe(404);
        expect(response.json().code, where).toBe('NOT_FOUND');
      } else {
        const expected = route.expectFor?.[persona] ?? route.expect;
        expect(response.statusCode, `${where}: ${response.body.slice(0, 200)}`).toBe(expected.status);
        if (expected.code) expect(response.json().code, where).toBe(expected.code);
      }
    }
  });
});
