/**
 * The statistics table of 002 Annex 2 (附表) on a fixture with known answers: a day far after the demo's, on which
 * only the fixture's measures, trainings and assignments happen, so every cell of the table for that day is known;
 * the cumulative table (no start) grows by exactly the fixture. A region never counts another's rows (徐州 without
 * 南京, 丰县 without 沛县 or 云龙区), the rows behind each figure count the figure, and the XLSX holds the same figures.
 */
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsTable } from '../../contracts/statistics.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { organizations } from '../src/platform/auth/identity.table.js';
import { participations, stageEvents } from '../src/modules/participations/participations.table.js';
import { policyMeasures } from '../src/modules/policies/policies.table.js';
import { trainingAttendance, trainingSessions } from '../src/modules/training/training.table.js';
import { buildTestApp, TEST_NOW, type Client, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let xuzhou: Client;
let fengxian: Client;
let jiangsu: Client;

const day = (offset: number) => new Date(new Date(TEST_NOW).getTime() + offset * 86_400_000).toISOString().slice(0, 10);
/** The fixture's day: long after every demo date. */
const FAR = day(600);
const AT = `${FAR}T02:00:00Z`;
const ON_FAR = `from=${FAR}&to=${FAR}`;

const table = async (client: Client, code: string, query = ON_FAR): Promise<StatisticsTable> => {
  const response = await client.get(`/api/v1/statistics/regions/${code}/table?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const policy = (overrides: Record<string, unknown> = {}) => ({
  documentNumber: '徐市监发〔2027〕1号',
  title: '关于支持小微企业质量管理体系认证提升的若干措施',
  issuedOn: FAR,
  content: '对通过认证的小微企业给予补贴',
  subsidyWan: '12.5',
  creditWan: '100',
  feesWaivedWan: '2',
  ...overrides,
});

let baseline: StatisticsTable;
const fixture: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set(AT);
  xuzhou = await t.as('xuzhou');
  fengxian = await t.as('fengxian');
  jiangsu = await t.as('jiangsu');
  baseline = await table(xuzhou, '320300', `to=${FAR}`);

  // row 1 through the register: 徐州 and 丰县 record their own; 南京 and 沛县 (no demo officers) as rows
  const created = await xuzhou.post('/api/v1/policies', policy());
  expect(created.statusCode, created.body).toBe(201);
  fixture.xzPolicy = created.json().id;
  const fx = await fengxian.post(
    '/api/v1/policies',
    policy({ documentNumber: '丰市监〔2027〕3号', subsidyWan: '3.25', creditWan: '0', feesWaivedWan: '0' }),
  );
  expect(fx.statusCode, fx.body).toBe(201);
  const db = t.ctx.database.db;
  const createdBy = t.ids.users.jiangsu!;
  await db
    .insert(policyMeasures)
    .values([
      { ...policy({ subsidyWan: '50' }), regionCode: '320100', issuingLevel: 'city', createdBy } as never,
      { ...policy({ subsidyWan: '7' }), regionCode: '320322', issuingLevel: 'county', createdBy } as never,
    ]);

  // rows 3–4: participations that entered `assigned` on FAR (one later withdrew), one that never did
  const enterprise = async (key: string, regionCode: string) => {
    const [row] = await db
      .insert(organizations)
      .values({ kind: 'enterprise', name: `统计测试企业${key}`, regionCode })
      .returning({ id: organizations.id });
    return row!.id;
  };
  const participation = async (
    key: string,
    regionCode: string,
    industryCode: string,
    body: 'cb1' | 'cb2' | null,
    stage: string,
    assigned: boolean,
  ) => {
    const [row] = await db
      .insert(participations)
      .values({
        campaignId: regionCode.startsWith('3203') ? t.ids.campaigns.xz : t.ids.campaigns.js,
        enterpriseId: await enterprise(key, regionCode),
        certificationBodyId: body ? t.ids.orgs[body]! : null,
        stage,
        origin: 'bureau',
        regionCode,
        industryCode,
      })
      .returning({ id: participations.id });
    fixture[key] = row!.id;
    if (assigned)
      await db.insert(stageEvents).values({
        participationId: row!.id,
        command: 'assign',
        fromStage: 'selected',
        toStage: 'assigned',
        occurredAt: new Date(AT),
      });
  };
  await participation('fx1', '320321', '18', 'cb1', 'diagnosed', true);
  await participation('fx2', '320321', '03', 'cb1', 'assigned', true);
  await participation('fxw', '320321', '18', 'cb1', 'withdrawn', true);
  await participation('fxs', '320321', '18', null, 'selected', false);
  await participation('yl', '320303', '18', 'cb1', 'assigned', true);
  await participation('px', '320322', '29', 'cb1', 'assigned', true);
  await participation('nj', '320102', '18', 'cb2', 'assigned', true);

  // row 2: an offline session (丰县 ×2 persons, 云龙区, 南京) and an online one (丰县's second enterprise)
  const session = async (delivery: 'offline' | 'online') => {
    const [row] = await db
      .insert(trainingSessions)
      .values({
        campaignId: t.ids.campaigns.xz,
        kind: 'centralized',
        title: `统计测试培训-${delivery}`,
        organizerOrganizationId: t.ids.orgs.xz!,
        organizerUserId: t.ids.users.xuzhou!,
        heldOn: FAR,
        endsOn: FAR,
        delivery,
        durationHours: '2',
        regionCode: '320300',
        createdBy: t.ids.users.xuzhou!,
      })
      .returning({ id: trainingSessions.id });
    return row!.id;
  };
  const offline = await session('offline');
  const online = await session('online');
  const attend = (sessionId: string, key: string, personName: string) => ({
    sessionId,
    participationId: fixture[key]!,
    personName,
    source: 'manual',
    recordedBy: t.ids.users.xuzhou!,
  });
  await db
    .insert(trainingAttendance)
    .values([
      attend(offline, 'fx1', '甲'),
      attend(offline, 'fx1', '乙'),
      attend(offline, 'yl', '丙'),
      attend(offline, 'nj', '丁'),
      attend(online, 'fx2', '戊'),
    ]);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('the table on the fixture’s day: every cell', () => {
  it('徐州: its own and its counties’ rows, never 南京’s', async () => {
    const x = await table(xuzhou, '320300');
    expect(x.regionName).toBe('徐州市');
    expect([x.from, x.to]).toEqual([FAR, FAR]);
    expect(x.policies).toMatchObject({ count: 3, subsidyWan: '22.75', creditWan: '200', feesWaivedWan: '4' });
    expect(x.policies.items.map((p) => p.regionCode).sort()).toEqual(['320300', '320321', '320322']);
    expect(x.training.offline).toMatchObject({ personTimes: 3, enterprises: 2 });
    expect(x.training.online).toMatchObject({ personTimes: 1, enterprises: 1 });
    expect(x.training.total).toMatchObject({ personTimes: 4, enterprises: 3 });
    expect(x.assisted.enterprises).toBe(5);
    expect(x.assisted.industryCount).toBe(3);
    expect(x.assisted.industries.map((i) => [i.code, i.name, i.enterprises])).toEqual([
      ['03', '食品、饮料和烟草', 1],
      ['18', '机械及设备', 3],
      ['29', '批发和零售业；汽车、摩托、个人及家庭用品修理业', 1],
    ]);
    expect(x.bodies.count).toBe(1);
    expect(x.bodies.items).toEqual([
      expect.objectContaining({
        id: t.ids.orgs.cb1,
        enterprises: 5,
        approvalNumber: expect.stringMatching(/^CNCA-R-/),
      }),
    ]);
  });

  it('丰县: not its neighbour 沛县 nor 云龙区', async () => {
    const f = await table(fengxian, '320321');
    expect(f.policies).toMatchObject({ count: 1, subsidyWan: '3.25', creditWan: '0', feesWaivedWan: '0' });
    expect(f.training.offline).toMatchObject({ personTimes: 2, enterprises: 1 });
    expect(f.training.online).toMatchObject({ personTimes: 1, enterprises: 1 });
    expect(f.training.total).toMatchObject({ personTimes: 3, enterprises: 2 });
    expect(f.assisted.enterprises).toBe(3);
    expect(f.assisted.industries.map((i) => [i.code, i.enterprises])).toEqual([
      ['03', 1],
      ['18', 2],
    ]);
    expect(f.bodies.items.map((b) => [b.id, b.enterprises])).toEqual([[t.ids.orgs.cb1, 3]]);
  });

  it('江苏 holds both cities; a city may look at one of its counties', async () => {
    const j = await table(jiangsu, '320000');
    expect(j.policies).toMatchObject({ count: 4, subsidyWan: '72.75' });
    expect(j.training.total).toMatchObject({ personTimes: 5, enterprises: 4 });
    expect(j.assisted.enterprises).toBe(6);
    expect(j.bodies.items.map((b) => [b.id, b.enterprises]).sort()).toEqual(
      [
        [t.ids.orgs.cb1, 5],
        [t.ids.orgs.cb2, 1],
      ].sort(),
    );
    const fxByCity = await table(xuzhou, '320321');
    expect(fxByCity.assisted.enterprises).toBe(3);
    expect(fxByCity.policies.count).toBe(1);
  });

  it('cumulative since the campaign began: the demo’s figures plus exactly the fixture', async () => {
    const x = await table(xuzhou, '320300', `to=${FAR}`);
    expect(x.from).toBeNull();
    expect(x.policies.count - baseline.policies.count).toBe(3);
    expect(x.training.total.personTimes - baseline.training.total.personTimes).toBe(4);
    expect(x.training.online.personTimes - baseline.training.online.personTimes).toBe(1);
    expect(x.assisted.enterprises - baseline.assisted.enterprises).toBe(5);
    // a day before the fixture, nothing of it
    const before = await table(xuzhou, '320300', `to=${day(599)}`);
    expect(before.assisted.enterprises).toBe(baseline.assisted.enterprises);
    expect(before.policies.count).toBe(baseline.policies.count);
  });
});

describe('no region sees another’s', () => {
  it('answers 404 for a region outside the jurisdiction, on every route', async () => {
    for (const [client, code] of [
      [xuzhou, '320100'],
      [fengxian, '320322'],
      [fengxian, '320300'],
      [xuzhou, '320000'],
    ] as const) {
      for (const path of ['table', 'table.xlsx', 'rows/policies', 'rows/training', 'rows/assisted']) {
        const response = await client.get(`/api/v1/statistics/regions/${code}/${path}?${ON_FAR}`);
        expect(response.statusCode, `${code} ${path}`).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
    }
    const list = await fengxian.get('/api/v1/policies?regionCode=320322');
    expect(list.statusCode).toBe(404);
  });

  it('the register: 丰县 lists only its own; 徐州 its own and its counties’', async () => {
    const fx = (await fengxian.get(`/api/v1/policies?${ON_FAR}`)).json().items;
    expect(fx.map((p: { regionCode: string }) => p.regionCode)).toEqual(['320321']);
    const xz = (await xuzhou.get(`/api/v1/policies?${ON_FAR}`)).json().items;
    expect(xz.map((p: { regionCode: string }) => p.regionCode).sort()).toEqual(['320300', '320321', '320322']);
    expect(xz.find((p: { regionCode: string }) => p.regionCode === '320300')).toMatchObject({
      editable: true,
      issuingLevel: 'city',
    });
    expect(xz.find((p: { regionCode: string }) => p.regionCode === '320321').editable).toBe(false);
  });
});

describe('every figure traces to its rows', () => {
  it('the rows endpoints count what the figures count', async () => {
    const x = await table(xuzhou, '320300');
    const rows = async (drill: StatisticsTable['assisted']['drill']) => {
      const params = new URLSearchParams({
        from: FAR,
        to: FAR,
        ...(drill.rows === 'policies' ? {} : { pageSize: '100' }),
      });
      for (const key of ['industryCode', 'bodyId', 'delivery'] as const) if (drill[key]) params.set(key, drill[key]!);
      const response = await xuzhou.get(`/api/v1/statistics/regions/320300/rows/${drill.rows}?${params}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      return body.total ?? body.items.length;
    };
    expect(await rows(x.policies.drill)).toBe(x.policies.count);
    expect(await rows(x.training.total.drill)).toBe(x.training.total.personTimes);
    expect(await rows(x.training.online.drill)).toBe(x.training.online.personTimes);
    expect(await rows(x.training.offline.drill)).toBe(x.training.offline.personTimes);
    expect(await rows(x.assisted.drill)).toBe(x.assisted.enterprises);
    for (const i of x.assisted.industries) expect(await rows(i.drill)).toBe(i.enterprises);
    for (const b of x.bodies.items) expect(await rows(b.drill)).toBe(b.enterprises);
    const assisted = (
      await xuzhou.get(`/api/v1/statistics/regions/320300/rows/assisted?${ON_FAR}&pageSize=100`)
    ).json();
    expect(assisted.items.map((r: { participationId: string }) => r.participationId).sort()).toEqual(
      [fixture.fx1, fixture.fx2, fixture.fxw, fixture.yl, fixture.px].sort(),
    );
    expect(assisted.items.find((r: { participationId: string }) => r.participationId === fixture.fxw).stage).toBe(
      'withdrawn',
    );
    const training = (await xuzhou.get(`/api/v1/statistics/regions/320300/rows/training?${ON_FAR}`)).json();
    expect(training.items.map((r: { enterpriseName: string }) => r.enterpriseName).sort()).toEqual(
      ['统计测试企业fx1', '统计测试企业fx1', '统计测试企业fx2', '统计测试企业yl'].sort(),
    );
  });
});

describe('the XLSX in the table’s layout', () => {
  it('holds the API’s figures, labelled from the catalog, and is audited', async () => {
    const x = await table(xuzhou, '320300');
    const response = await xuzhou.get(`/api/v1/statistics/regions/320300/table.xlsx?${ON_FAR}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const text = (cell: string) => String(sheet.getCell(cell).value ?? '');
    expect(text('A1')).toBe('徐州市 小微企业质量管理体系认证提升行动统计表');
    expect([text('A3'), text('B3'), text('C3')]).toEqual(['编号', '统计数据', '相关信息']);
    expect([text('A4'), text('A5'), text('A6'), text('A7')]).toEqual(['1', '2', '3', '4']);
    const figure = (cell: string, pattern: RegExp) => pattern.exec(text(cell))?.[1];
    expect(figure('B4', /政策措施：(\S+) 项/)).toBe(String(x.policies.count));
    expect(figure('B4', /财政补贴金额：(\S+) 万元/)).toBe(x.policies.subsidyWan);
    expect(figure('B5', /培训人员数量：(\S+) 人次/)).toBe(String(x.training.total.personTimes));
    expect(figure('B5', /线上 (\S+) 人次/)).toBe(String(x.training.online.personTimes));
    expect(figure('B5', /线下 (\S+) 人次/)).toBe(String(x.training.offline.personTimes));
    expect(figure('B5', /培训企业数量：(\S+) 家/)).toBe(String(x.training.total.enterprises));
    expect(figure('B6', /帮扶企业数量：(\S+) 家/)).toBe(String(x.assisted.enterprises));
    expect(figure('B6', /所属行业：(\S+) 个/)).toBe(String(x.assisted.industryCount));
    for (const i of x.assisted.industries) expect(text('C6')).toContain(`${i.code} ${i.name}（${i.enterprises} 家）`);
    expect(figure('B7', /认证机构：(\S+) 家/)).toBe(String(x.bodies.count));
    for (const b of x.bodies.items) expect(text('C7')).toContain(`${b.name}（批准号：${b.approvalNumber}）`);
    expect(text('C4')).toContain('徐市监发〔2027〕1号《关于支持小微企业质量管理体系认证提升的若干措施》');
    expect(text('A8')).toBe('（表中数据均为开展提升行动以来的累计数据）');
    const entries = await t.ctx.database.db
      .select({ id: auditTrail.seq })
      .from(auditTrail)
      .where(and(eq(auditTrail.action, 'statistics.export'), eq(auditTrail.objectId, '320300')));
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe('the register’s rules', () => {
  it('refuses a negative or over-precise amount and a future date, writing nothing', async () => {
    const before = (await xuzhou.get(`/api/v1/policies?from=${FAR}`)).json().items.length;
    for (const [body, code, field] of [
      [policy({ subsidyWan: '-1' }), 'POLICY_AMOUNT_INVALID', 'subsidyWan'],
      [policy({ creditWan: '1.23456' }), 'POLICY_AMOUNT_INVALID', 'creditWan'],
      [policy({ feesWaivedWan: 'abc' }), 'POLICY_AMOUNT_INVALID', 'feesWaivedWan'],
      [policy({ issuedOn: day(601) }), 'POLICY_DATE_IN_FUTURE', 'issuedOn'],
    ] as const) {
      const response = await xuzhou.post('/api/v1/policies', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ code, field });
    }
    expect((await xuzhou.get(`/api/v1/policies?from=${FAR}`)).json().items.length).toBe(before);
    const period = await xuzhou.get(`/api/v1/statistics/regions/320300/table?from=${FAR}&to=${day(599)}`);
    expect(period.statusCode).toBe(400);
    expect(period.json().code).toBe('STATISTICS_PERIOD_INVALID');
  });

  it('only the recording bureau changes a measure; the table follows', async () => {
    const current = (await xuzhou.get(`/api/v1/policies?${ON_FAR}`))
      .json()
      .items.find((p: { id: string }) => p.id === fixture.xzPolicy);
    const change = { ...policy({ subsidyWan: '20' }), version: current.version };
    const byProvince = await jiangsu.post(`/api/v1/policies/${fixture.xzPolicy}`, change);
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().code).toBe('POLICY_NOT_OWN_REGION');
    const byCounty = await fengxian.post(`/api/v1/policies/${fixture.xzPolicy}`, change);
    expect(byCounty.statusCode).toBe(404);
    const stale = await xuzhou.post(`/api/v1/policies/${fixture.xzPolicy}`, { ...change, version: 99 });
    expect(stale.statusCode).toBe(409);
    const done = await xuzhou.post(`/api/v1/policies/${fixture.xzPolicy}`, change);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ subsidyWan: '20', version: current.version + 1 });
    expect((await table(xuzhou, '320300')).policies.subsidyWan).toBe('30.25');
    const audit = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(eq(auditTrail.objectId, fixture.xzPolicy!));
    expect(audit.map((a) => a.action).sort()).toEqual(['policy.create', 'policy.update']);
  });
});
