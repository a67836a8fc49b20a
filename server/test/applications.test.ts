/** Applications and recommendations (003 §6.2.2; ADR 0017): checks, duplicates, jurisdiction, the public form. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import { eq } from 'drizzle-orm';
import { participations } from '../src/modules/participations/participations.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const USCC = withUsccCheckChar('91320321MA1TEXT01');
const application = (over: Record<string, unknown> = {}) => ({
  uscc: USCC,
  name: '丰县新元机械有限公司',
  regionCode: '320321',
  industryCode: '18',
  sizeIndustry: 'industrial',
  employees: 45,
  revenueWan: 1500,
  assetsWan: 900,
  certificationStatus: 'none',
  legalRepresentative: '孙新元',
  contactName: '孙丽',
  contactPhone: '13912345678',
  willing: true,
  resources: '质量负责人1名，每周投入2天',
  ...over,
});

describe('a bureau recommends an enterprise', () => {
  it('creates an applied participation with its size class, and refuses the same credit code twice', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/applications`, application());
    expect(created.statusCode).toBe(201);
    expect(created.json().referenceNumber).toMatch(/^SQ-\d{4}-\d{6}$/);
    const detail = (await xuzhou.get(`/api/v1/participations/${created.json().participationId}`)).json();
    expect(detail).toMatchObject({
      stage: 'applied',
      origin: 'bureau',
      enterprise: { uscc: USCC, regionCode: '320321' },
    });
    const again = await xuzhou.post(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ uscc: ` ${USCC.toLowerCase()} ` }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE_APPLICATION', field: 'uscc' });
    const screening = (await xuzhou.get(`/api/v1/participations/${created.json().participationId}/screening`)).json();
    expect(screening.items.find((i: { key: string }) => i.key === 'small_or_micro')).toMatchObject({
      result: 'pass',
      evidence: 'size=small',
    });
  });

  it('names the field of each bad value', async () => {
    const xuzhou = await t.as('xuzhou');
    const url = `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`;
    const bad = async (over: Record<string, unknown>) =>
      (await xuzhou.post(url, application({ uscc: withUsccCheckChar('91320321MA1TEXT02'), ...over }))).json();
    const good = withUsccCheckChar('91320321MA1TEXT02');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(await bad({ uscc: wrongCheck })).toMatchObject({ code: 'USCC_INVALID', field: 'uscc' });
    // a right check character does not make a code: positions 3–8 are the registering authority's region number
    expect(await bad({ uscc: '91E40600MA2PENCC7D' })).toMatchObject({
      code: 'USCC_INVALID',
      field: 'uscc',
      message: expect.stringContaining('第 3–8 位'),
    });
    expect(await bad({ uscc: withUsccCheckChar('9A320321MA1TEXT02') })).toMatchObject({
      code: 'USCC_INVALID',
      field: 'uscc',
      message: expect.stringContaining('第 2 位'),
    });
    expect(await bad({ industryCode: '40' })).toMatchObject({ code: 'INDUSTRY_UNKNOWN', field: 'industryCode' });
    expect(await bad({ regionCode: '329999' })).toMatchObject({ code: 'REGION_UNKNOWN', field: 'regionCode' });
    expect(await bad({ contactPhone: '12345' })).toMatchObject({ code: 'PHONE_INVALID', field: 'contactPhone' });
    expect(await bad({ willing: false })).toMatchObject({ code: 'WILLINGNESS_REQUIRED', field: 'willing' });
    expect(await bad({ certificationStatus: 'certified' })).toMatchObject({
      code: 'CERTIFICATE_REQUIRED',
      field: 'certificateNumber',
    });
    expect(await bad({ employees: -1 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.employees' });
  });

  it('keeps each bureau to its own jurisdiction', async () => {
    const xuzhou = await t.as('xuzhou');
    const tianjinEnterprise = application({ uscc: withUsccCheckChar('91120101MA1TEXT03'), regionCode: '120101' });
    const outside = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/applications`, tianjinEnterprise);
    expect(outside.json().code).toBe('REGION_OUTSIDE_CAMPAIGN');
    const fengxian = await t.as('fengxian');
    const neighbour = await fengxian.post(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ uscc: withUsccCheckChar('91320303MA1TEXT04'), regionCode: '320303' }),
    );
    expect(neighbour.json().code).toBe('REGION_OUTSIDE_JURISDICTION');
    const tianjin = await t.as('tianjin');
    expect((await tianjin.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/applications`, application())).statusCode).toBe(
      404,
    );
  });
});

describe('the public registration form', () => {
  it('lists open campaigns and takes an application without login, once', async () => {
    t.clock.set(`${t.calendar.day('2026-06-01')}T02:00:00Z`);
    const open = (await t.anonymous.get('/api/v1/public/campaigns')).json().items.map((c: { id: string }) => c.id);
    expect(open).toEqual(expect.arrayContaining([t.ids.campaigns.xz, t.ids.campaigns.tj]));
    const body = application({
      uscc: withUsccCheckChar('91320321MA1TEXT05'),
      name: '丰县自荐科技有限公司',
      preferredBodyId: t.ids.orgs.cb1,
    });
    const created = await t.anonymous.post(`/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`, body);
    expect(created.statusCode).toBe(201);
    // 申请编号: SQ-<year of submission>-<serial>, kept on the file, never given twice
    const reference = created.json().referenceNumber;
    expect(reference).toMatch(new RegExp(`^SQ-${t.calendar.day('2026-06-01').slice(0, 4)}-\\d{6}$`));
    expect(
      (await t.anonymous.post(`/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`, body)).json().code,
    ).toBe('DUPLICATE_APPLICATION');
    const detail = (
      await (await t.as('xuzhou')).get(`/api/v1/participations/${created.json().participationId}`)
    ).json();
    expect(detail.origin).toBe('self');
    expect(detail.referenceNumber).toBe(reference);
    const other = await t.anonymous.post(
      `/api/v1/public/campaigns/${t.ids.campaigns.fx}/applications`,
      application({ uscc: withUsccCheckChar('91320321MA1TEXT08'), name: '丰县编号测试有限公司' }),
    );
    expect(other.statusCode).toBe(201);
    expect(other.json().referenceNumber).toMatch(/^SQ-\d{4}-\d{6}$/);
    expect(other.json().referenceNumber).not.toBe(reference);
    const rows = await t.ctx.database.db
      .select({ n: participations.referenceNumber })
      .from(participations)
      .where(eq(participations.referenceNumber, reference));
    expect(rows).toHaveLength(1);
    const wrongBody = await t.anonymous.post(
      `/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ uscc: withUsccCheckChar('91320321MA1TEXT06'), preferredBodyId: t.ids.orgs.cb2 }),
    );
    expect(wrongBody.json()).toMatchObject({ code: 'NOT_FOUND', field: 'preferredBodyId' });
  });

  it('is closed once the assistance phase has ended', async () => {
    // the demo's today: the walked campaigns are past their assistance phase, only the open one is listed
    t.clock.set(`${t.calendar.today}T02:00:00Z`);
    expect((await t.anonymous.get('/api/v1/public/campaigns')).json().items.map((c: { id: string }) => c.id)).toEqual([
      t.ids.campaigns.fx,
    ]);
    const late = await t.anonymous.post(
      `/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ uscc: withUsccCheckChar('91320321MA1TEXT07') }),
    );
    expect(late.statusCode).toBe(404);
  });
});
