/**
 * Campaign planning as officers expect (ADR 0034): a city or province plans a campaign for any region of its
 * jurisdiction; a child's phases are refused outside the parent's span and warned outside the parent's phase of the
 * same kind; a parent shows its own participations and those of every campaign below it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

interface Phase {
  kind: string;
  startsOn: string;
  endsOn: string | null;
}

async function xzPhases(): Promise<Phase[]> {
  return (await (await t.as('xuzhou')).get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json().phases;
}

describe('campaigns for any region of the jurisdiction', () => {
  it('a city plans a county campaign under its own, in the county', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post('/api/v1/campaigns', {
      year: 2026,
      name: '2026年沛县小微企业认证提升行动',
      regionCode: '320322',
      parentId: t.ids.campaigns.xz,
    });
    expect(created.statusCode).toBe(201);
    const detail = (await xuzhou.get(`/api/v1/campaigns/${created.json().id}`)).json();
    expect(detail).toMatchObject({ regionCode: '320322', regionName: '沛县', issuedByCaller: true });
    expect(detail.planWarnings).toEqual([]);
  });

  it('a province plans a city campaign; without a region the bureau’s own', async () => {
    const jiangsu = await t.as('jiangsu');
    const city = await jiangsu.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市提升行动',
      regionCode: '320300',
    });
    expect(city.statusCode).toBe(201);
    expect((await jiangsu.get(`/api/v1/campaigns/${city.json().id}`)).json().regionCode).toBe('320300');
    const own = await jiangsu.post('/api/v1/campaigns', { year: 2027, name: '2027年江苏省提升行动' });
    expect((await jiangsu.get(`/api/v1/campaigns/${own.json().id}`)).json().regionCode).toBe('320000');
  });

  it('refuses a region outside the jurisdiction, a retired or made-up code', async () => {
    const xuzhou = await t.as('xuzhou');
    const outside = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '南京市提升行动',
      regionCode: '320100',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'CAMPAIGN_REGION_OUTSIDE_JURISDICTION', field: 'regionCode' });
    const fengxian = await t.as('fengxian');
    const up = await fengxian.post('/api/v1/campaigns', {
      year: 2027,
      name: '徐州市提升行动测试',
      regionCode: '320300',
    });
    expect(up.json().code).toBe('CAMPAIGN_REGION_OUTSIDE_JURISDICTION');
    const madeUp = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '编造地区提升行动',
      regionCode: '320399',
    });
    expect(madeUp.statusCode).toBe(400);
    expect(madeUp.json().code).toBe('REGION_UNKNOWN');
    expect(
      (await xuzhou.post('/api/v1/campaigns', { year: 2027, name: '格式错误', regionCode: '32' })).statusCode,
    ).toBe(400);
  });
});

describe('a child campaign’s phases inside its parent’s', () => {
  it('refuses a phase that ends after the parent campaign ends, naming the parent’s dates, and writes nothing', async () => {
    const parent = await xzPhases();
    const lastDay = parent
      .map((p) => p.endsOn ?? p.startsOn)
      .sort()
      .at(-1)!;
    const fengxian = await t.as('fengxian');
    const before = (await fengxian.get('/api/v1/campaigns?pageSize=100')).json().total;
    const late = await fengxian.post('/api/v1/campaigns', {
      year: 2026,
      name: '丰县超期子行动',
      parentId: t.ids.campaigns.xz,
      phases: parent.map((p) => (p.kind === 'summary' ? { ...p, endsOn: '2027-01-15' } : p)),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('PHASE_AFTER_PARENT_END');
    expect(late.json().field).toMatch(/^phases\.\d+\.endsOn$/);
    expect(late.json().message).toContain(lastDay);
    expect((await fengxian.get('/api/v1/campaigns?pageSize=100')).json().total).toBe(before);

    const early = await fengxian.post('/api/v1/campaigns', {
      year: 2026,
      name: '丰县提前子行动',
      parentId: t.ids.campaigns.xz,
      phases: parent.map((p) => (p.kind === 'deployment' ? { ...p, startsOn: '2026-01-02' } : p)),
    });
    expect(early.json().code).toBe('PHASE_BEFORE_PARENT_START');
  });

  it('accepts a phase that leaves the parent’s phase of the same kind, and shows the warning with the parent’s dates', async () => {
    const parent = await xzPhases();
    const assistance = parent.find((p) => p.kind === 'assistance')!;
    const summary = parent.find((p) => p.kind === 'summary')!;
    const fengxian = await t.as('fengxian');
    // the county's assistance runs into the city's summary (still inside the city's campaign)
    const longer = parent.map((p) => (p.kind === 'assistance' ? { ...p, endsOn: summary.startsOn } : p));
    const created = await fengxian.post('/api/v1/campaigns', {
      year: 2026,
      name: '丰县延长帮扶子行动',
      parentId: t.ids.campaigns.xz,
      phases: longer.filter((p) => p.kind !== 'summary'),
    });
    expect(created.statusCode).toBe(201);
    const detail = (await fengxian.get(`/api/v1/campaigns/${created.json().id}`)).json();
    expect(detail.planWarnings).toEqual([
      {
        field: `phases.${longer.findIndex((p) => p.kind === 'assistance')}.endsOn`,
        code: 'PHASE_OUTSIDE_PARENT_PHASE',
        kind: 'assistance',
        parentStartsOn: assistance.startsOn,
        parentEndsOn: assistance.endsOn,
      },
    ]);

    // a change is held to the same rule
    const refused = await fengxian.post(`/api/v1/campaigns/${created.json().id}`, {
      version: detail.version,
      phases: detail.phases.map((p: Phase) => (p.kind === 'assistance' ? { ...p, endsOn: '2027-03-01' } : p)),
    });
    expect(refused.json().code).toBe('PHASE_AFTER_PARENT_END');
    const fixed = await fengxian.post(`/api/v1/campaigns/${created.json().id}`, {
      version: detail.version,
      phases: detail.phases.map((p: Phase) => (p.kind === 'assistance' ? assistance : p)),
    });
    expect(fixed.statusCode).toBe(204);
    expect((await fengxian.get(`/api/v1/campaigns/${created.json().id}`)).json().planWarnings).toEqual([]);
  });
});

describe('roll-up of child campaigns', () => {
  it('a provincial campaign shows its own participations and those of the campaigns below it', async () => {
    const jiangsu = await t.as('jiangsu');
    const province = (await jiangsu.get(`/api/v1/campaigns/${t.ids.campaigns.js}`)).json();
    const city = (await jiangsu.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    expect(city.participationCount).toBeGreaterThan(0);
    expect(province.participationCount).toBe(0);
    const below = province.children.reduce(
      (n: number, c: { participationCountWithChildren: number }) => n + c.participationCountWithChildren,
      0,
    );
    expect(province.participationCountWithChildren).toBe(below);
    expect(province.participationCountWithChildren).toBeGreaterThanOrEqual(city.participationCountWithChildren);
    expect(city.participationCountWithChildren).toBeGreaterThanOrEqual(city.participationCount);

    const list = (await jiangsu.get('/api/v1/campaigns?pageSize=100')).json().items as Array<{
      id: string;
      participationCountWithChildren: number;
    }>;
    expect(list.find((c) => c.id === t.ids.campaigns.js)!.participationCountWithChildren).toBe(
      province.participationCountWithChildren,
    );
  });

  it('counts only what the caller sees: a county sees its own enterprises below the province', async () => {
    const fengxian = await t.as('fengxian');
    const national = await t.as('national');
    const all = (await national.get(`/api/v1/campaigns/${t.ids.campaigns.js}`)).json().participationCountWithChildren;
    const mine = (await fengxian.get(`/api/v1/campaigns/${t.ids.campaigns.js}`)).json().participationCountWithChildren;
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(all);
  });
});
