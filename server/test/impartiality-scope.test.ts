/**
 * The impartiality check and its findings stay in the caller's scope (R12–R13, ADR 0004): a caller
 * asks only about an enterprise whose participation it sees, the finding is filed under that
 * participation's region and certification body, and an outsider writes nothing. Body registration
 * by a bureau stays within its jurisdiction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

type Finding = {
  kind: string;
  enterprise: { id: string };
  person: { userId: string };
  actorName: string | null;
  campaignName: string | null;
};
const findingsOf = async (username: string): Promise<Finding[]> => {
  const response = await (await t.as(username)).get('/api/v1/impartiality/findings');
  expect(response.statusCode).toBe(200);
  return response.json().items;
};
const check = async (username: string, enterpriseKey: string, userKeys: string[]) =>
  (await t.as(username)).post('/api/v1/impartiality/check', {
    enterpriseId: t.ids.orgs[enterpriseKey],
    userIds: userKeys.map((k) => t.ids.users[k]),
  });

describe('the impartiality check', () => {
  // e02 鑫达五金 (丰县, with 苏信认证 cb1) was assisted by expert2 until 2026-11-18: a conflict today
  it('answers 404 to a bureau of another region, as for an unknown enterprise, and writes no finding', async () => {
    const before = (await findingsOf('national')).length;
    const outside = await check('tianjin', 'e02', ['expert2']);
    expect(outside.statusCode).toBe(404);
    const unknown = await (await t.as('tianjin')).post('/api/v1/impartiality/check', {
      enterpriseId: '00000000-0000-4000-8000-000000000000',
      userIds: [t.ids.users.expert2],
    });
    expect(outside.body).toBe(unknown.body);
    expect((await check('fengxian', 'e04', ['expert4'])).statusCode).toBe(404); // 云龙区 is 徐州 but not 丰县
    expect((await findingsOf('national')).length).toBe(before);
    expect((await findingsOf('xuzhou')).filter((f) => f.actorName?.includes('天津'))).toEqual([]);
  });

  it('answers 404 to a certification body the enterprise is not with, and writes no finding', async () => {
    const before = (await findingsOf('national')).length;
    expect((await check('tjmanager', 'e02', ['expert2'])).statusCode).toBe(404);
    expect((await check('cbmanager', 'e15', ['tjexpert'])).statusCode).toBe(404); // 天津 enterprise with 津诚认证
    expect((await findingsOf('national')).length).toBe(before);
    expect(await findingsOf('tjmanager')).toEqual([]);
  });

  it('answers a bureau of the region, and files the finding under the participation: its region and its body see it, no one else', async () => {
    const inside = await check('fengxian', 'e02', ['expert2']);
    expect(inside.statusCode).toBe(200);
    expect(inside.json()).toMatchObject({ allowed: false, conflicts: [{ userId: t.ids.users.expert2 }] });
    const mine = (f: Finding) =>
      f.kind === 'found' && f.enterprise.id === t.ids.orgs.e02 && f.actorName?.includes('丰县局');
    for (const viewer of ['fengxian', 'xuzhou', 'jiangsu', 'national', 'cbmanager']) {
      expect((await findingsOf(viewer)).filter(mine), viewer).toHaveLength(1);
    }
    expect((await findingsOf('fengxian')).find(mine)?.campaignName).toBe(
      '2026年徐州市小微企业质量管理体系认证提升行动',
    );
    for (const outsider of ['tianjin', 'tjmanager'])
      expect((await findingsOf(outsider)).filter(mine), outsider).toEqual([]);
  });

  it('answers the body the enterprise is with', async () => {
    const inside = await check('cbadmin', 'e02', ['expert2', 'cbmanager']);
    expect(inside.json()).toMatchObject({ allowed: false, conflicts: [{ userId: t.ids.users.expert2 }] });
    expect((await check('tjmanager', 'e15', ['tjexpert'])).json()).toMatchObject({ allowed: false });
  });
});

describe('registering a certification body', () => {
  const body = (regionCode: string, n: number) => ({
    name: `辖区测试认证有限公司${n}`,
    approvalNumber: `CNCA-R-2021-${String(100 + n)}`,
    regionCode,
    industryCodes: ['18'],
  });
  const register = async (username: string, regionCode: string, n: number) =>
    (await t.as(username)).post('/api/v1/certification-bodies', body(regionCode, n));
  const registryNames = async () =>
    ((await (await t.as('national')).get('/api/v1/certification-bodies')).json().items as Array<{ name: string }>).map(
      (b) => b.name,
    );

  it('is refused outside the bureau’s jurisdiction, naming the field, and writes nothing', async () => {
    const refused = await register('tianjin', '320300', 1);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'BODY_REGION_OUTSIDE_JURISDICTION', field: 'regionCode' });
    expect((await register('xuzhou', '320200', 2)).json().code).toBe('BODY_REGION_OUTSIDE_JURISDICTION'); // 无锡
    expect((await register('fengxian', '320300', 3)).json().code).toBe('BODY_REGION_OUTSIDE_JURISDICTION'); // the city above
    expect((await register('jiangsu', '120000', 4)).json().code).toBe('BODY_REGION_OUTSIDE_JURISDICTION');
    const names = await registryNames();
    for (const n of [1, 2, 3, 4]) expect(names).not.toContain(`辖区测试认证有限公司${n}`);
  });

  it('is taken inside it, and anywhere from the national bureau', async () => {
    expect((await register('tianjin', '120101', 5)).statusCode).toBe(201);
    expect((await register('xuzhou', '320321', 6)).statusCode).toBe(201);
    expect((await register('fengxian', '320321', 7)).statusCode).toBe(201);
    expect((await register('national', '320200', 8)).statusCode).toBe(201);
    expect(await registryNames()).toEqual(expect.arrayContaining([5, 6, 7, 8].map((n) => `辖区测试认证有限公司${n}`)));
  });
});
