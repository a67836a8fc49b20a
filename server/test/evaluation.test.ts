/**
 * Acceptance evaluation by Annex C (seed 003 §6.9, 表 C.1, Table 1, Table 2): the pure rule endpoint
 * reproduces the worked example, scores by direction, and refuses bands that overlap or leave a gap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const RULE = '/api/v1/rules/evaluation';
const satisfaction = (after: number | null) => ({
  item: 'customer_satisfaction',
  name: '顾客满意度',
  direction: 'higher_is_better',
  before: 85,
  target: 90,
  after,
});

describe('POST /api/v1/rules/evaluation', () => {
  it('Annex C worked example: 85 % → 90 % → 92 % scores 10; 87 % scores 0', async () => {
    const met = await t.anonymous.post(RULE, { indicators: [satisfaction(92)] });
    expect(met.statusCode).toBe(200);
    const body = met.json();
    expect(body.rows).toEqual([{ ...satisfaction(92), met: true, improved: true }]);
    expect(body.items).toHaveLength(9);
    expect(body.items.find((i: { item: string }) => i.item === 'customer_satisfaction')).toEqual({
      item: 'customer_satisfaction',
      points: 10,
      indicators: 1,
      reason: 'met',
    });
    expect(body).toMatchObject({ total: 10, grade: 'pass', effective: true, itemRule: 'all' });

    const notMet = (await t.anonymous.post(RULE, { indicators: [satisfaction(87)] })).json();
    expect(notMet.rows[0]).toMatchObject({ met: false });
    expect(notMet).toMatchObject({ total: 0, grade: 'fail' });
  });

  it('lower is better; two indicators score at most 20 whatever their values', async () => {
    const returns = { item: 'realization_delivery', name: '退货率', direction: 'lower_is_better', before: 5, target: 3 };
    const a = (await t.anonymous.post(RULE, { indicators: [satisfaction(99), { ...returns, after: 2 }] })).json();
    expect(a).toMatchObject({ total: 20, grade: 'pass' });
    const b = (await t.anonymous.post(RULE, { indicators: [satisfaction(99), { ...returns, after: 4 }] })).json();
    expect(b.rows[1]).toMatchObject({ met: false, improved: true });
    expect(b.total).toBe(10);
  });

  it('campaign bands: accepted when they tile 0–90, refused with the band named otherwise', async () => {
    const bands = [
      { grade: 'fail', min: 0, max: 19 },
      { grade: 'pass', min: 20, max: 49 },
      { grade: 'good', min: 50, max: 79 },
      { grade: 'excellent', min: 80, max: 90 },
    ];
    const ok = await t.anonymous.post(RULE, { indicators: [satisfaction(92)], bands });
    expect(ok.json()).toMatchObject({ total: 10, grade: 'fail' });

    const gap = await t.anonymous.post(RULE, {
      indicators: [],
      bands: bands.map((b, i) => (i === 2 ? { ...b, min: 51 } : b)),
    });
    expect(gap.statusCode).toBe(400);
    expect(gap.json()).toMatchObject({ code: 'GRADE_BANDS_GAP', field: 'body.bands.2.min' });
    const overlap = await t.anonymous.post(RULE, {
      indicators: [],
      bands: bands.map((b, i) => (i === 0 ? { ...b, max: 25 } : b)),
    });
    expect(overlap.json()).toMatchObject({ code: 'GRADE_BANDS_OVERLAP', field: 'body.bands.1.min' });
  });

  it('refuses an unknown item or direction by field', async () => {
    const r = await t.anonymous.post(RULE, { indicators: [{ ...satisfaction(1), item: 'nine' }] });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.indicators.0.item' });
  });
});
