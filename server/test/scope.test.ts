/**
 * Row-level scope (R12–R13) against a hand-written oracle of the demo world: each persona's
 * participation and campaign lists hold exactly what their jurisdiction or relation gives them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { MIGRATIONS_FOLDER } from '../src/platform/db/migrate.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const XUZHOU = ['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07', 'e08', 'e09', 'e10', 'e11', 'e12', 'e13', 'e14'];
const ORACLE: Record<string, string[]> = {
  national: [...XUZHOU, 'e15', 'e16'],
  jiangsu: XUZHOU,
  xuzhou: XUZHOU,
  fengxian: ['e01', 'e02', 'e03', 'e14'], // 丰县 only
  tianjin: ['e15', 'e16'],
  cbadmin: ['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07', 'e08', 'e09', 'e10', 'e14'], // selected for 苏信认证
  expert: ['e01', 'e06'], // 王建国's two enterprises
  evaluator: ['e02', 'e03', 'e04', 'e05'], // appointed evaluations (e05 still to evaluate)
  enterprise: ['e01'],
};

async function listKeys(username: string, query = ''): Promise<string[]> {
  const client = await t.as(username);
  const response = await client.get(`/api/v1/participations?pageSize=100${query}`);
  expect(response.statusCode).toBe(200);
  const byId = new Map(Object.entries(t.ids.participations).map(([k, v]) => [v, k]));
  return response
    .json()
    .items.map((i: { id: string }) => byId.get(i.id))
    .sort();
}

describe('participation lists are scoped', () => {
  it.each(Object.entries(ORACLE))('%s sees exactly its participations', async (username, expected) => {
    expect(await listKeys(username)).toEqual([...expected].sort());
  });

  it('a 天津 officer cannot open a 徐州 enterprise (404) and vice versa', async () => {
    const tianjin = await t.as('tianjin');
    expect((await tianjin.get(`/api/v1/participations/${t.ids.participations.e01}`)).statusCode).toBe(404);
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.get(`/api/v1/participations/${t.ids.participations.e15}`)).statusCode).toBe(404);
    expect((await xuzhou.get(`/api/v1/participations/${t.ids.participations.e01}`)).statusCode).toBe(200);
  });

  it('a region filter outside the jurisdiction widens nothing', async () => {
    expect(await listKeys('fengxian', '&regionCode=120000')).toEqual([]);
    expect(await listKeys('xuzhou', '&regionCode=320321')).toEqual(['e01', 'e02', 'e03', 'e14']);
  });

  it('filters by stage and industry and searches by name or credit code', async () => {
    expect(await listKeys('xuzhou', '&stage=operating')).toEqual(['e01']);
    expect(await listKeys('national', '&industryCode=19')).toEqual(['e05', 'e15']);
    expect(await listKeys('xuzhou', `&q=${encodeURIComponent('恒锐')}`)).toEqual(['e04']);
    const detail = (await (await t.as('xuzhou')).get(`/api/v1/participations/${t.ids.participations.e04}`)).json();
    expect(await listKeys('xuzhou', `&q=${detail.enterprise.uscc.toLowerCase()}`)).toEqual(['e04']);
    expect(await listKeys('xuzhou', `&q=${encodeURIComponent('100%_')}`)).toEqual([]);
  });

  it('paginates on the server', async () => {
    const client = await t.as('xuzhou');
    const first = (await client.get('/api/v1/participations?pageSize=5&page=1')).json();
    const third = (await client.get('/api/v1/participations?pageSize=5&page=3')).json();
    expect(first.total).toBe(14);
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(4);
    expect((await client.get('/api/v1/participations?pageSize=500')).statusCode).toBe(400);
  });
});

describe('campaigns are scoped', () => {
  const names = async (username: string) => {
    const response = await (await t.as(username)).get('/api/v1/campaigns');
    const byId = new Map(Object.entries(t.ids.campaigns).map(([k, v]) => [v, k]));
    return response
      .json()
      .items.map((c: { id: string }) => byId.get(c.id))
      .sort();
  };
  it('each party sees the campaigns it belongs to', async () => {
    // fx: the 丰县 campaign open for applications today (demo-calendar.ts)
    expect(await names('national')).toEqual(['fx', 'js', 'tj', 'xz']);
    expect(await names('xuzhou')).toEqual(['fx', 'js', 'xz']);
    expect(await names('fengxian')).toEqual(['fx', 'js', 'xz']);
    expect(await names('tianjin')).toEqual(['tj']);
    expect(await names('cbadmin')).toEqual(['fx', 'js', 'xz']);
    expect(await names('expert')).toEqual(['xz']);
    expect(await names('enterprise')).toEqual(['xz']);
  });

  it('counts only the participations in scope, and shows the child campaign and the parent', async () => {
    const fengxian = await t.as('fengxian');
    const xz = (await fengxian.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    expect(Object.values(xz.stageCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(4);
    expect(xz.parent).toMatchObject({ id: t.ids.campaigns.js });
    const js = (await (await t.as('jiangsu')).get(`/api/v1/campaigns/${t.ids.campaigns.js}`)).json();
    expect(js.children.map((c: { id: string }) => c.id)).toEqual([t.ids.campaigns.xz]);
    expect(js.children[0].participationCount).toBe(14);
  });
});

describe('masking', () => {
  it('masks the contact phone by default and reveals it in an audited call', async () => {
    const client = await t.as('xuzhou');
    const id = t.ids.participations.e01!;
    const detail = (await client.get(`/api/v1/participations/${id}`)).json();
    expect(detail.enterprise.contactPhone).toBe('136****0001');
    const revealed = (
      await client.post(`/api/v1/participations/${id}/contact/reveal`, { reason: 'arrange_visit' })
    ).json();
    expect(revealed.contactPhone).toBe('13600000001');
    const audit = (
      await (await t.as('auditadmin')).get(`/api/v1/audit/entries?action=participation.reveal_contact`)
    ).json();
    expect(audit.items[0]).toMatchObject({ actorRole: 'bureau_officer', objectType: 'enterprise' });
  });
});

describe('health and reference data', () => {
  it('reports the database kind and migration version', async () => {
    const health = (await t.anonymous.get('/api/health')).json();
    const latest = JSON.parse(
      fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ).entries.at(-1).tag;
    expect(health).toEqual({
      status: 'ok',
      database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite',
      migration: latest,
    });
  });

  it('serves the region tree with every province and the demo counties', async () => {
    const client = await t.as('xuzhou');
    const provinces = (await client.get('/api/v1/regions')).json().items;
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    const counties = (await client.get('/api/v1/regions?parent=320300'))
      .json()
      .items.map((r: { name: string }) => r.name);
    expect(counties).toContain('丰县');
    const lineage = (await client.get('/api/v1/regions/320321')).json().lineage.map((r: { name: string }) => r.name);
    expect(lineage).toEqual(['全国', '江苏省', '徐州市', '丰县']);
  });
});
