/** Campaign planning (003 §6.2.1, §6.3, §6.4): cascade and inheritance, issuer-only edits with version check, kick-off, body selection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { BODY_CRITERIA } from '../../domain/intake/body-criteria.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('cascading campaigns', () => {
  it('a county opens a child of the city campaign that inherits its phases and rules', async () => {
    const xuzhou = await t.as('xuzhou');
    const detail = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version: detail.version,
      eligibility: { minMainRevenueWan: 500 },
      keyIndustries: ['五金制品', '乐器'],
    });

    const fengxian = await t.as('fengxian');
    const created = await fengxian.post('/api/v1/campaigns', {
      year: 2026,
      name: '2026年丰县小微企业质量管理体系认证提升行动',
      parentId: t.ids.campaigns.xz,
      targets: { enterprises: 5 },
    });
    expect(created.statusCode).toBe(201);
    const child = (await fengxian.get(`/api/v1/campaigns/${created.json().id}`)).json();
    expect(child).toMatchObject({
      regionCode: '320321',
      parent: { id: t.ids.campaigns.xz },
      eligibility: { minMainRevenueWan: 500 },
      keyIndustries: ['五金制品', '乐器'],
      issuedByCaller: true,
    });
    expect(child.phases.map((p: { kind: string }) => p.kind)).toEqual(
      detail.phases.map((p: { kind: string }) => p.kind),
    );
    const parent = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    expect(parent.children.map((c: { id: string }) => c.id)).toContain(created.json().id);
  });

  it('refuses a parent from another province, and bad plans with the field named', async () => {
    const tianjin = await t.as('tianjin');
    expect(
      (await tianjin.post('/api/v1/campaigns', { year: 2026, name: '天津子行动测试', parentId: t.ids.campaigns.xz }))
        .statusCode,
    ).toBe(404);
    const xuzhou = await t.as('xuzhou');
    const bad = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市提升行动',
      phases: [{ kind: 'deployment', startsOn: '2027-05-01', endsOn: '2027-05-31' }],
      targets: { quotas: { '120101': 3 } },
    });
    expect(bad.json()).toMatchObject({ code: 'QUOTA_REGION_OUTSIDE', field: 'targets.quotas.120101' });
  });

  it('lets only the issuing bureau change a campaign, and never loses a concurrent update', async () => {
    const xuzhou = await t.as('xuzhou');
    const { version } = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    const first = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version,
      targets: { enterprises: 45 },
    });
    expect(first.statusCode).toBe(204);
    const second = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version,
      targets: { enterprises: 50 },
    });
    expect(second.json().code).toBe('VERSION_CONFLICT');
    expect((await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json().targetEnterprises).toBe(45);
    const jiangsu = await t.as('jiangsu');
    expect(
      (await jiangsu.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, { version: version + 1, name: '省局改名' })).json()
        .code,
    ).toBe('NOT_ISSUING_BUREAU');
    expect(
      (await (await t.as('tianjin')).post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, { version: version + 1 }))
        .statusCode,
    ).toBe(404);
  });

  it('records the kick-off meeting', async () => {
    const xuzhou = await t.as('xuzhou');
    await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`, {
      heldOn: '2026-05-08',
      place: '徐州市市场监管局三楼会议室',
      attendees: '各县区局分管领导、认证机构代表',
      materials: '工作方案；政策解读',
    });
    const detail = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    expect(detail.kickOffs).toMatchObject([{ heldOn: '2026-05-08', place: '徐州市市场监管局三楼会议室' }]);
  });
});

describe('selecting certification bodies (003 §5.2)', () => {
  it('needs every criterion met with evidence; then the body sees the campaign', async () => {
    const xuzhou = await t.as('xuzhou');
    const registry = (await xuzhou.get('/api/v1/certification-bodies')).json().items;
    expect(registry.map((b: { approvalNumber: string }) => b.approvalNumber)).toContain('CNCA-R-2017-305');
    const checklist = BODY_CRITERIA.map((key) => ({
      key,
      met: true,
      evidence: key === 'staff_experience' ? '' : '材料齐全',
    }));
    const unmet = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/bodies`, {
      organizationId: t.ids.orgs.cb2,
      checklist,
    });
    expect(unmet.json()).toMatchObject({ code: 'BODY_CRITERIA_UNMET', field: 'checklist' });
    expect(unmet.json().message).toContain('服务人员熟悉质量法规标准');
    expect(unmet.json().message).not.toContain('staff_experience');
    const tjmanager = await t.as('tjmanager');
    expect((await tjmanager.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).statusCode).toBe(404);
    const ok = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/bodies`, {
      organizationId: t.ids.orgs.cb2,
      checklist: checklist.map((c) => ({ ...c, evidence: '材料齐全' })),
    });
    expect(ok.statusCode).toBe(204);
    expect((await tjmanager.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).statusCode).toBe(200);
  });

  it('registers a new body in the registry', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post('/api/v1/certification-bodies', {
      name: '淮海质量认证有限公司',
      approvalNumber: 'CNCA-R-2021-112',
      regionCode: '320300',
      contactPhone: '13812345678',
      regionsServed: ['320300'],
      industryCodes: ['17', '18'],
    });
    expect(created.statusCode).toBe(201);
    const row = (await xuzhou.get('/api/v1/certification-bodies'))
      .json()
      .items.find((b: { id: string }) => b.id === created.json().id);
    expect(row).toMatchObject({ contactPhone: '138****5678', industryCodes: ['17', '18'] });
  });
});

describe('a parent follows its quotas', () => {
  it('counts the places held in each quota region, including child campaigns', async () => {
    const xuzhou = await t.as('xuzhou');
    const { version } = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version,
      targets: { enterprises: 40, quotas: { '320321': 5 } },
    });
    const detail = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    const fengxian = detail.quotaProgress.find((q: { regionCode: string }) => q.regionCode === '320321');
    // 丰县: e01 operating, e02 closed, e03 evaluated hold places; e14 withdrew
    expect(fengxian).toEqual({ regionCode: '320321', regionName: '丰县', limit: 5, selected: 3 });
  });
});

describe('phases as the seeds give them (001 §四, 004 §三(三))', () => {
  const seed001 = [
    { kind: 'deployment', startsOn: '2027-05-01', endsOn: '2027-05-10' },
    { kind: 'assistance', startsOn: '2027-05-01', endsOn: '2027-10-31' },
    { kind: 'supervision', startsOn: '2027-06-01', endsOn: null },
    { kind: 'mid_term_evaluation', startsOn: '2027-08-01', endsOn: '2027-08-31' },
    { kind: 'summary', startsOn: '2027-11-01', endsOn: '2027-12-31' },
  ];
  const reports = (...dates: string[]) => dates.map((d) => ({ kind: 'report_due', startsOn: d, endsOn: null }));

  it("the demo campaigns hold seed 001's phases and seed 004's report-due dates", async () => {
    const detail = (await (await t.as('xuzhou')).get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    const due = detail.phases
      .filter((p: { kind: string }) => p.kind === 'report_due')
      .map((p: { startsOn: string }) => p.startsOn);
    expect(due).toEqual([t.calendar.day('2026-05-20'), t.calendar.day('2026-11-20'), t.calendar.day('2026-11-30')]);
  });

  it('a campaign holds several report-due dates (20 May and 20 November), more than ten phases in all', async () => {
    const xuzhou = await t.as('xuzhou');
    const phases = [
      ...seed001,
      ...reports('2027-05-20', '2027-06-20', '2027-07-20', '2027-08-20', '2027-09-20', '2027-10-20', '2027-11-20'),
    ];
    const created = await xuzhou.post('/api/v1/campaigns', {
      year: 2027,
      name: '2027年徐州市提升行动（阶段报送）',
      phases,
    });
    expect(created.statusCode).toBe(201);
    const detail = (await xuzhou.get(`/api/v1/campaigns/${created.json().id}`)).json();
    expect(detail.phases).toHaveLength(12);
    expect(detail.phases.filter((p: { kind: string }) => p.kind === 'report_due')).toHaveLength(7);

    const same = await xuzhou.post(`/api/v1/campaigns/${created.json().id}`, {
      version: detail.version,
      phases: [...seed001, ...reports('2027-05-20', '2027-05-20')],
    });
    expect(same.json()).toMatchObject({ code: 'PHASE_DUPLICATE', field: 'phases' });
  });

  it('refuses phases out of order, naming the phase', async () => {
    const xuzhou = await t.as('xuzhou');
    const create = (phases: unknown[]) =>
      xuzhou.post('/api/v1/campaigns', { year: 2027, name: '2027年徐州市提升行动（顺序）', phases });
    const midTerm = seed001.map((p) =>
      p.kind === 'mid_term_evaluation' ? { ...p, startsOn: '2027-11-01', endsOn: '2027-11-15' } : p,
    );
    expect((await create(midTerm)).json()).toMatchObject({
      code: 'MID_TERM_OUTSIDE_ASSISTANCE',
      field: 'phases.3.startsOn',
    });
    const supervision = seed001.map((p) => (p.kind === 'assistance' ? { ...p, startsOn: '2027-07-01' } : p));
    expect((await create(supervision)).json()).toMatchObject({
      code: 'SUPERVISION_BEFORE_ASSISTANCE',
      field: 'phases.2.startsOn',
    });
    const summary = seed001.map((p) => (p.kind === 'summary' ? { ...p, startsOn: '2027-09-01' } : p));
    expect((await create(summary)).json()).toMatchObject({
      code: 'SUMMARY_BEFORE_ASSISTANCE_ENDS',
      field: 'phases.4.startsOn',
    });
    expect((await create([...seed001, ...reports('2027-04-20')])).json()).toMatchObject({
      code: 'PHASE_BEFORE_DEPLOYMENT',
      field: 'phases.5.startsOn',
    });
    const ranged = (
      await create([...seed001, { kind: 'report_due', startsOn: '2027-11-20', endsOn: '2027-11-30' }])
    ).json();
    expect(ranged).toMatchObject({ code: 'REPORT_DUE_ONE_DATE', field: 'phases.5.endsOn' });
  });

  it('an update is checked the same way', async () => {
    const xuzhou = await t.as('xuzhou');
    const { version } = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    const response = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}`, {
      version,
      phases: [{ kind: 'mid_term_evaluation', startsOn: '2026-08-01', endsOn: null }],
    });
    expect(response.json()).toMatchObject({ code: 'MID_TERM_NEEDS_ASSISTANCE', field: 'phases.0.startsOn' });
  });
});
