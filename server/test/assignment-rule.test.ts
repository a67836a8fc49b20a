/** The assignment rule endpoint (ADR 0012): the stable contract, reasons as codes with zh/en messages. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const body = {
  experts: [
    { id: 'wang', categories: ['18', '17'], regionCode: '320321', capacity: 2, load: 1 },
    { id: 'zheng', categories: ['03'], regionCode: '320303', capacity: 2 },
  ],
  enterprises: [
    { id: 'a', category: '18', regionCode: '320321' },
    { id: 'b', category: '17', regionCode: '320322' },
    { id: 'c', category: '03', regionCode: '120101' },
  ],
  conflicts: [],
};

it('answers the contract without login, with reasons in the asked language', async () => {
  const zh = await t.anonymous.post('/api/v1/rules/assignment', body);
  expect(zh.statusCode).toBe(200);
  expect(zh.json()).toEqual({
    // c (天津, 03) has nobody of its category in its province: 郑 in 江苏 serves across the line (seed 000 §一 is a preference)
    assignments: [
      { enterpriseId: 'a', expertId: 'wang', cost: 0 },
      { enterpriseId: 'c', expertId: 'zheng', cost: 10 },
    ],
    unassigned: [{ enterpriseId: 'b', reason: 'EXPERTS_AT_CAPACITY', message: expect.stringContaining('满额') }],
    objective: { assigned: 2, crossProvince: 1, totalCost: 11 },
  });
  const en = await t.anonymous.post('/api/v1/rules/assignment', body, { 'accept-language': 'en-US' });
  expect(en.json().unassigned[0].message).toContain('capacity');
});

it('refuses malformed instances with the field named', async () => {
  const bad = await t.anonymous.post('/api/v1/rules/assignment', {
    ...body,
    enterprises: [{ id: 'a', category: '1', regionCode: '320321' }],
  });
  expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.enterprises.0.category' });
});
