/** Retired and made-up region codes: not offered, refused for new records, still shown on old ones (GB/T 2260 §3.2). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { organizations } from '../src/platform/auth/identity.table.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const codesOf = (items: Array<{ code: string }>) => items.map((i) => i.code);

describe('the region picker', () => {
  it('does not offer the retired counties, and offers their successors', async () => {
    const xuzhou = await t.as('xuzhou');
    const nantong = codesOf((await xuzhou.get('/api/v1/regions?parent=320600')).json().items);
    expect(nantong).not.toContain('320611'); // 港闸区
    expect(nantong).toContain('320613'); // 崇川区
    const sanming = codesOf((await xuzhou.get('/api/v1/regions?parent=350400')).json().items);
    expect(sanming).not.toContain('350402'); // 梅列区
    expect(sanming).toContain('350404');
    const yantai = codesOf((await xuzhou.get('/api/v1/regions?parent=370600')).json().items);
    expect(yantai).not.toContain('370634'); // 长岛县
    expect(yantai).toContain('370614');
  });

  it('offers no made-up codes: 东莞 has no county level, 徐州 has no "工业园区" county, 台湾 no sub-levels', async () => {
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.get('/api/v1/regions?parent=441900')).json().items).toEqual([]);
    expect(codesOf((await xuzhou.get('/api/v1/regions?parent=440000')).json().items)).toContain('441900');
    const xz = (await xuzhou.get('/api/v1/regions?parent=320300')).json().items;
    expect(codesOf(xz)).not.toContain('320391');
    expect(codesOf(xz)).toContain('320321');
    expect(xz.every((r: { status: string }) => r.status === 'current')).toBe(true);
    expect((await xuzhou.get('/api/v1/regions?parent=710000')).json().items).toEqual([]);
  });

  it('still answers a retired code by itself, marked retired, with its lineage', async () => {
    const xuzhou = await t.as('xuzhou');
    const one = (await xuzhou.get('/api/v1/regions/320611')).json();
    expect(one.region).toMatchObject({ code: '320611', name: '港闸区', status: 'retired' });
    expect(one.lineage.map((r: { code: string }) => r.code)).toEqual(['000000', '320000', '320600', '320611']);
    expect((await xuzhou.get('/api/v1/regions/441901')).json().region.status).toBe('not_a_division');
    expect((await xuzhou.get('/api/v1/regions/320321')).json().region.status).toBe('current');
  });
});

describe('new records refuse a retired or made-up code', () => {
  const application = (over: Record<string, unknown>) => ({
    uscc: withUsccCheckChar('91320321MA1REGN01'),
    name: '徐州区划测试有限公司',
    regionCode: '320321',
    industryCode: '18',
    sizeIndustry: 'industrial',
    employees: 45,
    revenueWan: 1500,
    assetsWan: 900,
    certificationStatus: 'none',
    contactName: '孙丽',
    contactPhone: '13912345678',
    willing: true,
    ...over,
  });

  it('an application in a retired county gets REGION_RETIRED naming where it went', async () => {
    const jiangsu = await t.as('jiangsu');
    const response = await jiangsu.post(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ regionCode: '320611' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REGION_RETIRED', field: 'regionCode' });
    expect(response.json().message).toContain('320613 崇川区');
  });

  it('an application in a made-up county gets REGION_UNKNOWN', async () => {
    const xuzhou = await t.as('xuzhou');
    const response = await xuzhou.post(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
      application({ regionCode: '320391' }),
    );
    expect(response.json()).toMatchObject({ code: 'REGION_UNKNOWN', field: 'regionCode' });
  });

  it('a certification body in a retired county, or serving one, is refused; a current one registers', async () => {
    const national = await t.as('national');
    const body = (over: Record<string, unknown>) => ({
      name: '三明区划认证有限公司',
      approvalNumber: 'CNCA-R-2021-101',
      regionCode: '350404',
      ...over,
    });
    expect((await national.post('/api/v1/certification-bodies', body({ regionCode: '350402' }))).json()).toMatchObject({
      code: 'REGION_RETIRED',
      field: 'regionCode',
    });
    expect(
      (await national.post('/api/v1/certification-bodies', body({ regionsServed: ['350404', '370634'] }))).json(),
    ).toMatchObject({ code: 'REGION_RETIRED', field: 'regionsServed' });
    expect((await national.post('/api/v1/certification-bodies', body({ regionCode: '999999' }))).json()).toMatchObject({
      code: 'REGION_UNKNOWN',
      field: 'regionCode',
    });
    const ok = await national.post('/api/v1/certification-bodies', body({ regionsServed: ['350404'] }));
    expect(ok.statusCode).toBe(201);
    const [org] = await t.ctx.database.db.select().from(organizations).where(eq(organizations.id, ok.json().id));
    expect(org!.regionCode).toBe('350404');
  });

  it('a campaign quota for a made-up sub-region is refused', async () => {
    const xuzhou = await t.as('xuzhou');
    const { version } = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    const response = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version,
      targets: { enterprises: 40, quotas: { '320391': 5 } },
    });
    expect(response.json()).toMatchObject({ code: 'REGION_UNKNOWN', field: 'targets.quotas.320391' });
  });
});

describe('an expert home region', () => {
  const profileOf = async (client: Awaited<ReturnType<TestApp['as']>>, username: string) => {
    const { profile } = (await client.get(`/api/v1/experts/${t.ids.users[username]}`)).json();
    const { homeRegionName: _n, updatedAt: _u, ...rest } = profile;
    return rest as Record<string, unknown>;
  };

  it('cannot move to a retired or made-up county, but a profile that already holds a retired one can still be saved', async () => {
    const manager = await t.as('cbmanager');
    const profile = await profileOf(manager, 'expert3');
    const url = `/api/v1/experts/${t.ids.users.expert3}/profile`;
    expect((await manager.post(url, { ...profile, homeRegionCode: '370634' })).json()).toMatchObject({
      code: 'REGION_RETIRED',
      field: 'homeRegionCode',
    });
    expect((await manager.post(url, { ...profile, homeRegionCode: '441901' })).json()).toMatchObject({
      code: 'REGION_UNKNOWN',
      field: 'homeRegionCode',
    });
    // recorded before the merger: the code stays as captured
    await t.ctx.database.db.execute(
      sql`update expert_profiles set home_region_code = '320611' where user_id = ${t.ids.users.expert3}`,
    );
    const held = await profileOf(manager, 'expert3');
    expect(held.homeRegionCode).toBe('320611');
    const kept = await manager.post(url, { ...held, capacity: 1 });
    expect(kept.statusCode, kept.body).toBe(200);
  });
});

describe('an existing record keeps its retired code', () => {
  it('reads as before, and its region answers as historical', async () => {
    const jiangsu = await t.as('jiangsu');
    const id = t.ids.participations.e12!;
    // a record captured before the 2020 merger (codes are stored as of capture)
    await t.ctx.database.db.update(participations).set({ regionCode: '320611' }).where(eq(participations.id, id));
    const detail = await jiangsu.get(`/api/v1/participations/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().enterprise.regionCode).toBe('320611');
    expect(detail.json().enterprise.regionName).toBe('港闸区');
    expect((await jiangsu.get(`/api/v1/regions/${detail.json().enterprise.regionCode}`)).json().region.status).toBe(
      'retired',
    );
  });
});
