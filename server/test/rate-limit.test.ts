/** R05: sign-in is throttled per client address; X-Forwarded-For cannot reset it when no proxy is trusted. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ authRateLimitPerMinute: 10 });
});
afterAll(async () => t?.close());

it('answers the 11th sign-in within a minute with 429 and retry-after, whatever X-Forwarded-For says', async () => {
  for (let i = 0; i < 10; i++) {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: `nobody${i}`, password: 'Wrong@12345' },
      headers: { 'x-forwarded-for': `10.0.0.${i}` },
    });
    expect(r.statusCode).toBe(401);
  }
  const limited = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'xuzhou', password: 'Demo@2026' },
    headers: { 'x-forwarded-for': '10.9.9.9' },
  });
  expect(limited.statusCode).toBe(429);
  expect(limited.headers['retry-after']).toBeDefined();
  expect(limited.json().code).toBe('RATE_LIMITED');
});
