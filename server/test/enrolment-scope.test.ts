/**
 * ADR 0004 applied to enrolment: an enterprise already on record (found by its credit code) is
 * enrolled only where its recorded region is held — by the bureau's jurisdiction (recommendation,
 * roster) or by the campaign's region (public form) — or by the enterprise itself; the record is
 * never rewritten by what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { ROSTER_COLUMNS } from '../../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import { XLSX_TYPE } from '../src/modules/rosters/roster-workbook.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-store.js';

let t: TestApp;
/** Credit codes of demo enterprises, by key. */
const uscc: Record<string, string> = {};
beforeAll(async () => {
  t = await buildTestApp();
  const national = await t.as('national');
  for (const key of ['e01', 'e02', 'e03', 'e04', 'e05', 'e16']) {
    uscc[key] = (await national.get(`/api/v1/participations/${t.ids.participations[key]}`)).json().enterprise.uscc;
  }
  t.clock.set(`${t.calendar.day('2026-06-01')}T02:00:00Z`); // every campaign takes applications
});
afterAll(async () => t?.close());

/** What an outsider types: a 天津 address and contacts of its own choosing. */
/** The reason a reveal carries (the contact reveal is audited with its reason). */
const REVEAL = { reason: 'verify_application' };

const typed = (over: Record<string, unknown> = {}) => ({
  name: '冒名企业有限公司',
  regionCode: '120101',
  industryCode: '03',
  sizeIndustry: 'industrial',
  employees: 40,
  revenueWan: 1500,
  certificationStatus: 'none',
  legalRepresentative: '冒名者',
  contactName: '冒名联系人',
  contactPhone: '13999999999',
  willing: true,
  ...over,
});

const recommend = (client: Client, campaign: string, body: Record<string, unknown>) =>
  client.post(`/api/v1/campaigns/${campaign}/applications`, body);
const applyPublicly = (
  client: Client,
  campaign: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => client.post(`/api/v1/public/campaigns/${campaign}/applications`, body, headers);

async function participationKeysOf(username: string): Promise<string[]> {
  const items = (await (await t.as(username)).get('/api/v1/participations?pageSize=100')).json().items as Array<{
    id: string;
    uscc: string;
  }>;
  return items.map((i) => i.uscc);
}

async function xlsx(rows: Array<Record<string, string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const rosterRow = (code: string, over: Record<string, string | number> = {}) => ({
  uscc: code,
  name: '天津名册企业有限公司',
  regionCode: '120101',
  industryCode: '04',
  sizeIndustry: '工业',
  employees: 30,
  revenueWan: 800,
  certificationStatus: '未获证',
  contactName: '王五',
  contactPhone: '13912345678',
  willing: '是',
  ...over,
});
const importRoster = (client: Client, campaign: string, file: Buffer, query = '') =>
  client.post(`/api/v1/campaigns/${campaign}/roster/import${query}`, file, {
    'content-type': XLSX_TYPE,
    'x-file-name': encodeURIComponent('名册.xlsx'),
  });

describe('a 天津 officer cannot take over a 徐州 enterprise', () => {
  it('by recommendation: refused with a code that names nothing of the record, and nothing is written', async () => {
    const tianjin = await t.as('tianjin');
    const refused = await recommend(tianjin, t.ids.campaigns.tj, typed({ uscc: uscc.e01 }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ENTERPRISE_NOT_ENROLLABLE', field: 'uscc' });
    // the answer is word for word the same for another 徐州 enterprise: nothing of the record shows
    const other = await recommend(tianjin, t.ids.campaigns.tj, typed({ uscc: uscc.e04 }));
    expect(other.body).toBe(refused.body);
    for (const leak of ['丰县', '华康', '张建华', '320321', '徐州']) expect(refused.body).not.toContain(leak);
    expect(await participationKeysOf('tianjin')).not.toContain(uscc.e01);
  });

  it('by the public form into a 天津 campaign: refused the same way', async () => {
    const refused = await applyPublicly(t.anonymous, t.ids.campaigns.tj, typed({ uscc: uscc.e02 }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ENTERPRISE_NOT_ENROLLABLE', field: 'uscc' });
    expect(await participationKeysOf('tianjin')).not.toContain(uscc.e02);
    // in English too
    const en = await applyPublicly(t.anonymous, t.ids.campaigns.tj, typed({ uscc: uscc.e02 }), {
      'accept-language': 'en-US',
    });
    expect(en.json().message).toContain('already on record');
  });

  it('by roster import: the row carries the refusal, and all-or-nothing writes nothing', async () => {
    const tianjin = await t.as('tianjin');
    const fresh = withUsccCheckChar('91120101MA2TJR001');
    const file = await xlsx([rosterRow(fresh), rosterRow(uscc.e03!)]);
    const result = (await importRoster(tianjin, t.ids.campaigns.tj, file)).json();
    expect(result).toMatchObject({ totalRows: 2, invalidRows: 1, createdRows: 0, status: 'rejected' });
    expect(result.errors).toEqual([
      { row: 3, field: 'uscc', code: 'ENTERPRISE_NOT_ENROLLABLE', message: expect.stringContaining('已有登记') },
    ]);
    for (const leak of ['绿源', '陈国栋', '320321']) expect(JSON.stringify(result)).not.toContain(leak);
    expect(await participationKeysOf('tianjin')).not.toContain(fresh);

    const partial = (await importRoster(tianjin, t.ids.campaigns.tj, file, '?mode=valid_rows')).json();
    expect(partial).toMatchObject({ totalRows: 2, invalidRows: 1, createdRows: 1, status: 'imported' });
    const keys = await participationKeysOf('tianjin');
    expect(keys).toContain(fresh);
    expect(keys).not.toContain(uscc.e03);
  });

  it('after all three attempts the 天津 officer still cannot open the 徐州 enterprise or reveal its contacts', async () => {
    const tianjin = await t.as('tianjin');
    for (const key of ['e01', 'e02', 'e03']) {
      const found = (await tianjin.get(`/api/v1/participations?pageSize=100&q=${uscc[key]}`)).json();
      expect(found.total, key).toBe(0);
      expect(
        (await tianjin.post(`/api/v1/participations/${t.ids.participations[key]}/contact/reveal`, REVEAL)).statusCode,
      ).toBe(404);
    }
  });

  it('refuses even the national bureau to file a 徐州 enterprise under a 天津 campaign', async () => {
    const refused = await recommend(await t.as('national'), t.ids.campaigns.tj, typed({ uscc: uscc.e05 }));
    expect(refused.json()).toMatchObject({ code: 'ENTERPRISE_NOT_ENROLLABLE', field: 'uscc' });
  });
});

describe('legitimate re-enrolment still works and keeps the record', () => {
  it('the province recommends its 丰县 enterprise into the provincial campaign; typed particulars do not replace the recorded ones', async () => {
    const jiangsu = await t.as('jiangsu');
    const created = await recommend(
      jiangsu,
      t.ids.campaigns.js,
      typed({ uscc: uscc.e02, regionCode: '320303', name: '改名企业' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await jiangsu.get(`/api/v1/participations/${created.json().participationId}`)).json();
    expect(detail.enterprise).toMatchObject({
      id: t.ids.orgs.e02,
      name: '丰县鑫达五金制品有限公司',
      regionCode: '320321',
      legalRepresentative: '刘德胜',
      contactPhone: '136****0002',
    });
    const revealed = (
      await jiangsu.post(`/api/v1/participations/${created.json().participationId}/contact/reveal`, REVEAL)
    ).json();
    expect(revealed).toMatchObject({ contactName: '刘芳', contactPhone: '13600000002' });
    // and the 丰县 bureau sees the new participation under the recorded county, not the typed one
    expect(
      (await (await t.as('fengxian')).get(`/api/v1/participations/${created.json().participationId}`)).statusCode,
    ).toBe(200);
  });

  it('the county bureau itself may re-enrol its enterprise, and the public form into a campaign holding it', async () => {
    const fengxian = await t.as('fengxian');
    const byCounty = await recommend(fengxian, t.ids.campaigns.js, typed({ uscc: uscc.e03, regionCode: '320321' }));
    expect(byCounty.statusCode, byCounty.body).toBe(201);
    const publicly = await applyPublicly(
      t.anonymous,
      t.ids.campaigns.js,
      typed({ uscc: uscc.e01, regionCode: '320321', contactPhone: '13911112222' }),
    );
    expect(publicly.statusCode, publicly.body).toBe(201);
    const detail = (
      await (await t.as('xuzhou')).get(`/api/v1/participations/${publicly.json().participationId}`)
    ).json();
    expect(detail.enterprise).toMatchObject({
      name: '丰县华康食品有限公司',
      legalRepresentative: '张建华',
      contactPhone: '136****0001',
    });
    // a duplicate is still a duplicate, once the region is settled
    expect(
      (await recommend(fengxian, t.ids.campaigns.js, typed({ uscc: uscc.e03, regionCode: '320321' }))).json().code,
    ).toBe('DUPLICATE_APPLICATION');
  });

  it('a roster of the bureau above re-enrols its enterprise under the recorded county, whatever county was typed', async () => {
    const xuzhou = await t.as('xuzhou');
    const file = await xlsx([
      rosterRow(uscc.e04!, { regionCode: '320321', name: '改名名册企业', contactName: '外人', industryCode: '18' }),
    ]);
    const result = (await importRoster(xuzhou, t.ids.campaigns.js, file)).json();
    expect(result).toMatchObject({ totalRows: 1, invalidRows: 0, createdRows: 1, status: 'imported' });
    const [item] = (
      await xuzhou.get(`/api/v1/participations?pageSize=100&campaignId=${t.ids.campaigns.js}&q=${uscc.e04}`)
    ).json().items;
    expect(item).toMatchObject({ enterpriseName: '徐州恒锐机械制造有限公司', regionCode: '320303' });
    expect((await xuzhou.post(`/api/v1/participations/${item.id}/contact/reveal`, REVEAL)).json()).toMatchObject({
      contactName: '王蕾',
      contactPhone: '13600000004',
    });
  });

  it("the enterprise's own signed-in contact speaks for it; without the CSRF token it is an anonymous applicant", async () => {
    // 天津滨海地毯 (e16) declares it has moved to 丰县 and applies to the 徐州 campaign
    const contact = await t.as('ent16');
    const body = typed({ uscc: uscc.e16, regionCode: '320321', industryCode: '04' });
    const anonymous = await applyPublicly(t.anonymous, t.ids.campaigns.xz, body);
    expect(anonymous.json()).toMatchObject({ code: 'ENTERPRISE_NOT_ENROLLABLE' });
    const noToken = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`,
      payload: body,
      headers: { cookie: `${SESSION_COOKIE}=${contact.cookie}` },
    });
    expect(noToken.json()).toMatchObject({ code: 'ENTERPRISE_NOT_ENROLLABLE' });
    const own = await applyPublicly(contact, t.ids.campaigns.xz, body);
    expect(own.statusCode, own.body).toBe(201);
    const detail = (await (await t.as('xuzhou')).get(`/api/v1/participations/${own.json().participationId}`)).json();
    expect(detail).toMatchObject({
      origin: 'self',
      enterprise: {
        id: t.ids.orgs.e16,
        name: '天津滨海地毯有限公司',
        regionCode: '320321',
        legalRepresentative: '林海',
      },
    });
  });
});
