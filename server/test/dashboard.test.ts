/**
 * The dashboard (ADR 0044) on the demo world: for every figure of every family, the participations list with the
 * figure's drill-down filter has `total` equal to the figure, for a national, a provincial, a city and a county
 * bureau and a body, with and without a campaign; a city's figures hold only its own region's rows; a region
 * outside a bureau's jurisdiction, a campaign it does not see, answer 404; an enterprise is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardDrill } from '../../contracts/dashboard.js';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const FAMILIES = ['funnel', 'subRegions', 'bodies', 'industries', 'sizes', 'grades', 'training'] as const;

async function dashboardOf(client: Client, query = ''): Promise<Dashboard> {
  const response = await client.get(`/api/v1/dashboard${query ? `?${query}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function listTotal(client: Client, drill: DashboardDrill): Promise<number> {
  const query = new URLSearchParams({ ...(drill as Record<string, string>), pageSize: '1' });
  const response = await client.get(`/api/v1/participations?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { total: number; totalIsEstimate: boolean };
  expect(body.totalIsEstimate).toBe(false);
  return body.total;
}

/** Every figure of the dashboard with a name saying where it is. */
function figuresOf(d: Dashboard) {
  const all: Array<{ where: string; count: number; drill: DashboardDrill }> = [{ where: 'total', ...d.total }];
  for (const family of FAMILIES) {
    const figures: Array<{ count: number; drill: DashboardDrill }> = d[family];
    figures.forEach((f, i) => {
      all.push({ where: `${family}[${i}] ${JSON.stringify(f.drill)}`, count: f.count, drill: f.drill });
    });
  }
  return all;
}

describe.each([['national'], ['jiangsu'], ['xuzhou'], ['fengxian'], ['cbadmin']])('as %s', (persona) => {
  it.each([['no campaign'], ['the 徐州 campaign']])('every figure equals its list total (%s)', async (which) => {
    const client = await t.as(persona);
    const query = which === 'no campaign' ? '' : `campaignId=${t.ids.campaigns.xz}`;
    const d = await dashboardOf(client, query);
    expect(d.total.count).toBeGreaterThan(0);
    // the funnel holds every participation once
    expect(d.funnel.reduce((sum, f) => sum + f.count, 0)).toBe(d.total.count);
    for (const figure of figuresOf(d)) expect(await listTotal(client, figure.drill), figure.where).toBe(figure.count);
  });
});

describe('the demo gives every family something to drill into', () => {
  it('nationally, every family has a figure above zero', async () => {
    const d = await dashboardOf(await t.as('national'));
    for (const family of FAMILIES)
      expect(
        d[family].some((f: { count: number }) => f.count > 0),
        family,
      ).toBe(true);
    expect(d.training.every((m) => m.personTimes >= m.count)).toBe(true);
  });
});

describe('regions', () => {
  it("a city's figures are the national figures of that city, and its sub-regions lie in it", async () => {
    const city = await dashboardOf(await t.as('xuzhou'));
    expect(city.regionCode).toBe('320300');
    expect(city.subRegions.length).toBeGreaterThan(0);
    for (const s of city.subRegions) expect(s.regionCode.startsWith('3203'), s.regionCode).toBe(true);
    const national = await dashboardOf(await t.as('national'), 'regionCode=320300');
    expect(figuresOf(city).map((f) => f.count)).toEqual(figuresOf(national).map((f) => f.count));
    // another region's rows exist, and the city never counts them
    const tianjin = await dashboardOf(await t.as('national'), 'regionCode=120000');
    expect(tianjin.total.count).toBeGreaterThan(0);
    const whole = await dashboardOf(await t.as('national'));
    expect(city.total.count).toBeLessThan(whole.total.count);
  });

  it('the national view is by province, a province by city', async () => {
    const national = await dashboardOf(await t.as('national'));
    for (const s of national.subRegions) expect(s.regionCode).toMatch(/^\d{2}0000$/);
    const province = await dashboardOf(await t.as('jiangsu'));
    for (const s of province.subRegions) expect(s.regionCode).toMatch(/^32\d{2}00$/);
  });

  it('a region outside the jurisdiction, a campaign not seen: 404', async () => {
    const xuzhou = await t.as('xuzhou');
    const outside = await xuzhou.get('/api/v1/dashboard?regionCode=320100');
    expect(outside.statusCode).toBe(404);
    expect(outside.json().code).toBe('NOT_FOUND');
    const campaign = await xuzhou.get(`/api/v1/dashboard?campaignId=${t.ids.campaigns.tj}`);
    expect(campaign.statusCode).toBe(404);
  });

  it("the list's drill filters refuse what is not one", async () => {
    const national = await t.as('national');
    for (const query of ['trainedIn=2026-13', 'size=huge', 'grade=A', 'reached=nowhere', 'bodyId=x'])
      expect((await national.get(`/api/v1/participations?${query}`)).statusCode, query).toBe(400);
  });

  it('an enterprise has no dashboard', async () => {
    const response = await (await t.as('enterprise')).get('/api/v1/dashboard');
    expect(response.statusCode).toBe(403);
  });
});
