/** The committed openapi.json matches the running app, and /api/docs serves the UI. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { readCommittedOpenApi, renderOpenApi } from '../src/platform/http/openapi.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

it('matches the committed openapi.json (run `npm run openapi` after changing a route)', () => {
  expect(readCommittedOpenApi()).toBe(renderOpenApi(t.app));
});

it('documents every API route', () => {
  const doc = JSON.parse(renderOpenApi(t.app));
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/api/health', '/api/v1/participations/{id}/transitions']),
  );
});

it('serves the OpenAPI UI and JSON at /api/docs', async () => {
  const ui = await t.anonymous.get('/api/docs/');
  expect(ui.statusCode).toBe(200);
  expect(ui.headers['content-type']).toContain('text/html');
  const json = await t.anonymous.get('/api/docs/json');
  expect(json.json().info.title).toBe('Uplift API');
});
