/**
 * ADR 0038: the participation list at scale. Its total is exact up to EXACT_TOTAL_UP_TO rows and the planner's
 * estimate beyond (flagged), its page is the same rows in the same order as the one-query join it replaced, and the
 * two-step read (ids, then rows by a prepared statement) keeps the scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { EXACT_TOTAL_UP_TO } from '../src/modules/participations/participations.repository.js';

const EXTRA = EXACT_TOTAL_UP_TO + 100;

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  // EXTRA participations of 云龙区 (徐州, not 丰县) enterprises, updated at distinct moments
  await t.ctx.database.db.execute(sql`
    with orgs as (
      insert into organizations (kind, name, region_code)
      select 'enterprise', '规模测试企业' || g, '320303' from generate_series(1, ${EXTRA}) g returning id, name
    ), ents as (
      insert into enterprises (organization_id, uscc, industry_code)
      select id, 'SCALE' || lpad(substring(name from 7), 13, '0'), '19' from orgs returning organization_id
    )
    insert into participations (campaign_id, enterprise_id, stage, origin, region_code, industry_code, updated_at)
    select ${t.ids.campaigns.xz}, organization_id, 'applied', 'bureau', '320303', '19',
           now() - make_interval(secs => row_number() over ())
    from ents`);
  await t.ctx.database.db.execute(sql`analyze participations`);
}, 120_000);
afterAll(async () => t?.close());

async function page(username: string, query: string) {
  const response = await (await t.as(username)).get(`/api/v1/participations?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: Array<{ id: string; enterpriseName: string; regionName: string; campaignName: string }>;
    total: number;
    totalIsEstimate: boolean;
  };
}

describe('list totals (ADR 0038)', () => {
  it('a scope past the cap gets an estimate, flagged, never below the rows counted', async () => {
    const national = await page('national', 'pageSize=20');
    expect(national.totalIsEstimate).toBe(true);
    expect(national.total).toBeGreaterThan(EXACT_TOTAL_UP_TO);
    expect(national.items).toHaveLength(20);
  });

  it('a scope under the cap is counted exactly', async () => {
    const fengxian = await page('fengxian', 'pageSize=20');
    expect(fengxian).toMatchObject({ total: 4, totalIsEstimate: false });
    const search = await page('xuzhou', `pageSize=20&q=${encodeURIComponent('规模测试企业12')}`);
    // 规模测试企业12, 120–129, 1200–1299: 1 + 10 + 100
    expect(search).toMatchObject({ total: 111, totalIsEstimate: false });
    const county = await page('xuzhou', 'pageSize=20&regionCode=320321');
    expect(county).toMatchObject({ total: 4, totalIsEstimate: false });
  });

  it('the page holds the rows and the order of the single join it replaced, with their names', async () => {
    const expected = (await t.ctx.database.db.execute(sql`
      select p.id, eo.name as enterprise_name from participations p
      join organizations eo on eo.id = p.enterprise_id
      join enterprises e on e.organization_id = p.enterprise_id
      where p.region_code like '32%'
      order by p.updated_at desc, p.id limit 20 offset 40`)) as {
      rows: Array<{ id: string; enterprise_name: string }>;
    };
    const third = await page('jiangsu', 'pageSize=20&page=3');
    expect(third.items.map((i) => [i.id, i.enterpriseName])).toEqual(
      expected.rows.map((r) => [r.id, r.enterprise_name]),
    );
    expect(third.items.every((i) => i.regionName && i.campaignName)).toBe(true);
  });

  it('keeps the scope: 丰县 sees none of the 云龙区 rows, on any page', async () => {
    const fengxian = await page('fengxian', 'pageSize=100&q=' + encodeURIComponent('规模测试'));
    expect(fengxian).toMatchObject({ items: [], total: 0, totalIsEstimate: false });
    const tianjin = await page('tianjin', 'pageSize=100');
    expect(tianjin.items.some((i) => i.enterpriseName.startsWith('规模测试'))).toBe(false);
  });
});
