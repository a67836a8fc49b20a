/**
 * Rule endpoints (/api/v1/rules): enterprise size by 国统字〔2017〕213号 and the USCC check answer
 * without sign-in, refuse bad input with `{code, message, field}`, and are rate limited per client
 * address (120 a minute).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, makeClient, type TestApp } from './helpers/test-app.js';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../domain/enterprise-size/enterprise-size.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const SIZE = '/api/v1/rules/enterprise-size';
const INDUSTRIES = '/api/v1/rules/enterprise-size/industries';
const USCC = '/api/v1/rules/uscc';

function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string, field: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['code', 'field', 'message']);
  expect(body).toMatchObject({ code, field });
  expect(typeof body.message).toBe('string');
  return body;
}

describe('GET /api/v1/rules/enterprise-size/industries', () => {
  it('lists the 16 rows and the out-of-scope industries, key and names only, without sign-in', async () => {
    const response = await t.anonymous.get(INDUSTRIES);
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(23);
    expect(items).toEqual(ENTERPRISE_SIZE_INDUSTRIES.map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn })));
    expect(items[1]).toEqual({
      key: 'industrial',
      nameZh: '工业',
      nameEn: 'Industry (mining, manufacturing, utilities)',
    });
    expect(items.map((i: { key: string }) => i.key)).toContain('finance');
  });
});

describe('POST /api/v1/rules/enterprise-size', () => {
  it('classifies and explains, without sign-in', async () => {
    const response = await t.anonymous.post(SIZE, { industry: 'industrial', employees: 350, revenueWan: 2500 });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.size).toBe('medium');
    expect(body.basis).toMatchObject({
      standard: { version: '2017', source: '国统字〔2017〕213号 / 工信部联企业〔2011〕300号' },
      industry: { key: 'industrial', nameZh: '工业', row: 2 },
      applicable: true,
      reason: 'meets_all_lower_bounds',
      indicators: ['employees', 'revenueWan'],
      missing: [],
      ignored: [],
    });
    expect(body.basis.tiers).toEqual([
      {
        size: 'large',
        met: false,
        checks: [
          { indicator: 'employees', value: 350, comparison: '>=', threshold: 1000, unit: '人', met: false },
          { indicator: 'revenueWan', value: 2500, comparison: '>=', threshold: 40000, unit: '万元', met: false },
        ],
      },
      {
        size: 'medium',
        met: true,
        checks: [
          { indicator: 'employees', value: 350, comparison: '>=', threshold: 300, unit: '人', met: true },
          { indicator: 'revenueWan', value: 2500, comparison: '>=', threshold: 2000, unit: '万元', met: true },
        ],
      },
    ]);
  });

  it.each([
    [{ industry: 'industrial', employees: 19, revenueWan: 1e6 }, 'micro'],
    [{ industry: 'industrial', employees: 20, revenueWan: 300 }, 'small'],
    [{ industry: 'real_estate_development', revenueWan: 200000, assetsWan: 9999 }, 'medium'],
    [{ industry: 'agriculture', revenueWan: 49.99 }, 'micro'],
    [{ industry: 'other', employees: 10 }, 'small'],
    [{ industry: 'warehousing', employees: 200, revenueWan: 1000 }, 'medium'],
    [{ industry: 'industrial', employees: 1000, revenueWan: 40000, assetsWan: null }, 'large'],
  ])('%j → %s', async (body, size) => {
    const response = await t.anonymous.post(SIZE, body);
    expect(response.statusCode).toBe(200);
    expect(response.json().size).toBe(size);
  });

  it('answers not_applicable for an industry outside the 办法, with the reason', async () => {
    const response = await t.anonymous.post(SIZE, { industry: 'finance', employees: 5, revenueWan: 10 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      size: 'not_applicable',
      basis: {
        applicable: false,
        reason: 'industry_out_of_scope',
        industry: { key: 'finance', nameZh: '金融业', row: null },
        tiers: [],
        ignored: ['employees', 'revenueWan'],
      },
    });
  });

  it('answers micro with a missing indicator when a given one is below the small bound', async () => {
    const response = await t.anonymous.post(SIZE, { industry: 'industrial', employees: 8 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      size: 'micro',
      basis: { reason: 'below_small_lower_bound', missing: ['revenueWan'] },
    });
  });

  it("refuses to guess when a needed indicator is missing: 400 naming it, in the caller's language", async () => {
    const zh = expectError(
      await t.anonymous.post(SIZE, { industry: 'industrial', employees: 50 }),
      400,
      'VALIDATION_FAILED',
      'body.revenueWan',
    );
    expect(zh.message).toContain('工业须填写营业收入');
    const en = expectError(
      await t.anonymous.post(SIZE, { industry: 'construction' }, { 'accept-language': 'en-US' }),
      400,
      'VALIDATION_FAILED',
      'body.revenueWan',
    );
    expect(en.message).toContain('Construction needs Operating revenue, Total assets');
  });

  it('refuses an unknown industry key (no fallback to another row)', async () => {
    for (const industry of ['banking', '工业', 'Industrial', '']) {
      expectError(await t.anonymous.post(SIZE, { industry, employees: 5 }), 400, 'VALIDATION_FAILED', 'body.industry');
    }
    expectError(await t.anonymous.post(SIZE, { employees: 5 }), 400, 'VALIDATION_FAILED', 'body.industry');
  });

  it.each([
    [{ industry: 'industrial', employees: -1, revenueWan: 10 }, 'body.employees'],
    [{ industry: 'industrial', employees: 10, revenueWan: -0.5 }, 'body.revenueWan'],
    [{ industry: 'construction', revenueWan: 10, assetsWan: -1 }, 'body.assetsWan'],
    [{ industry: 'finance', employees: -3 }, 'body.employees'],
    [{ industry: 'other', employees: 10.5 }, 'body.employees'],
    [{ industry: 'other', employees: '10' }, 'body.employees'],
  ])('refuses %j with 400 on %s', async (body, field) => {
    expectError(await t.anonymous.post(SIZE, body), 400, 'VALIDATION_FAILED', field);
  });

  it('refuses unknown fields', async () => {
    expectError(
      await t.anonymous.post(SIZE, { industry: 'other', employees: 10, headcount: 10 }),
      400,
      'VALIDATION_FAILED',
      'body',
    );
  });
});

describe('POST /api/v1/rules/uscc', () => {
  it.each([
    ['91350100M000100Y43', { valid: true, normalized: '91350100M000100Y43' }],
    [' ９１３５０１００Ｍ０００１００Ｙ４３ ', { valid: true, normalized: '91350100M000100Y43' }],
    ['9135 0100 m000 100y43', { valid: true, normalized: '91350100M000100Y43' }],
    ['91350100M000100Y44', { valid: false, normalized: '91350100M000100Y44', reason: 'USCC_CHECKSUM' }],
    ['91350100M000100I43', { valid: false, normalized: '91350100M000100I43', reason: 'USCC_CHARSET' }],
    ['91350100M000100Y4', { valid: false, normalized: '91350100M000100Y4', reason: 'USCC_LENGTH' }],
    ['', { valid: false, normalized: '', reason: 'USCC_LENGTH' }],
    // GB 32100-2015 structure: the check character is right, the structure is not
    ['91E40600MA2PENCC7D', { valid: false, normalized: '91E40600MA2PENCC7D', reason: 'USCC_REGION' }],
    [
      withUsccCheckChar('B1350100M000100Y4'),
      { valid: false, normalized: withUsccCheckChar('B1350100M000100Y4'), reason: 'USCC_AUTHORITY' },
    ],
    [
      withUsccCheckChar('94350100M000100Y4'),
      { valid: false, normalized: withUsccCheckChar('94350100M000100Y4'), reason: 'USCC_CATEGORY' },
    ],
    [withUsccCheckChar('93350100M000100Y4'), { valid: true, normalized: withUsccCheckChar('93350100M000100Y4') }],
  ])('%j → %j', async (code, expected) => {
    const response = await t.anonymous.post(USCC, { code });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(expected);
  });

  it('refuses a body without a string code', async () => {
    expectError(await t.anonymous.post(USCC, {}), 400, 'VALIDATION_FAILED', 'body.code');
    expectError(await t.anonymous.post(USCC, { code: 91350100 }), 400, 'VALIDATION_FAILED', 'body.code');
  });
});

describe('signed in', () => {
  it('answers the same with a session and no CSRF token (public, and nothing is written)', async () => {
    const client = await t.as('xuzhou');
    const noCsrf = makeClient(t.app, client.cookie);
    expect((await noCsrf.post(SIZE, { industry: 'other', employees: 10 })).json().size).toBe('small');
    expect((await noCsrf.post(USCC, { code: '91350100M000100Y43' })).json().valid).toBe(true);
  });
});

describe('rate limit (per client address)', () => {
  let fresh: TestApp;
  beforeAll(async () => {
    fresh = await buildTestApp({ demo: false });
  });
  afterAll(async () => fresh?.close());

  it('answers the 121st request within a minute with 429 and retry-after', async () => {
    for (let i = 0; i < 120; i++) {
      const ok = await fresh.anonymous.post(USCC, { code: '91350100M000100Y43' });
      expect(ok.statusCode, `request ${i + 1}`).toBe(200);
    }
    const limited = await fresh.anonymous.post(USCC, { code: '91350100M000100Y43' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json().code).toBe('RATE_LIMITED');
  });

  it('limits the other rule routes too', async () => {
    for (const [method, url, payload] of [
      ['GET', INDUSTRIES, undefined],
      ['POST', SIZE, { industry: 'other', employees: 10 }],
    ] as const) {
      let last = 0;
      for (let i = 0; i < 121; i++)
        last = (await fresh.app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode;
      expect(last, url).toBe(429);
    }
  });
});
