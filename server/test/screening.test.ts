/** Screening with evidence, the waiting list, selection against preference and quota, notifications (003 §6.2.3; ADR 0009). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { campaigns } from '../src/modules/campaigns/campaigns.table.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const MANUAL = [
  'registered_in_region',
  'licences',
  'not_abnormal_list',
  'not_dishonesty_list',
  'no_major_accident',
  'no_quality_penalty',
  'operating_normally',
  'willing_and_resourced',
];

async function version(client: Client, id: string): Promise<number> {
  return (await client.get(`/api/v1/participations/${id}`)).json().version;
}

describe('screening', () => {
  it('starts with every item open, answers the size item itself, and records who verified what', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e12!;
    const empty = (await xuzhou.get(`/api/v1/participations/${id}/screening`)).json();
    expect(empty.version).toBe(0);
    expect(empty.summary.outcome).toBe('undetermined');
    expect(empty.items.find((i: { key: string }) => i.key === 'small_or_micro').result).toBe('pass');

    const recorded = await xuzhou.post(`/api/v1/participations/${id}/screening`, {
      version: 0,
      items: [
        {
          key: 'not_dishonesty_list',
          result: 'pass',
          evidence: '2026-11-23 查询无记录',
          source: '国家企业信用信息公示系统',
        },
      ],
    });
    const item = recorded.json().items.find((i: { key: string }) => i.key === 'not_dishonesty_list');
    expect(item).toMatchObject({
      result: 'pass',
      source: '国家企业信用信息公示系统',
      verifiedBy: expect.stringContaining('李华'),
    });
    expect(item.verifiedAt).toBe('2026-11-23T02:00:00.000Z');
    expect(recorded.json().version).toBe(1);

    const stale = await xuzhou.post(`/api/v1/participations/${id}/screening`, { version: 0, items: [] });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const automatic = await xuzhou.post(`/api/v1/participations/${id}/screening`, {
      version: 1,
      items: [{ key: 'small_or_micro', result: 'pass' }],
    });
    expect(automatic.statusCode).toBe(400);
  });

  it('lets the enterprise read its outcome but not change it; a 天津 officer sees nothing', async () => {
    const id = t.ids.participations.e12!;
    const contact = await t.as('ent12');
    expect((await contact.get(`/api/v1/participations/${id}/screening`)).statusCode).toBe(200);
    expect((await contact.post(`/api/v1/participations/${id}/screening`, { version: 1, items: [] })).statusCode).toBe(
      403,
    );
    expect((await (await t.as('tianjin')).get(`/api/v1/participations/${id}/screening`)).statusCode).toBe(404);
  });

  it('a failed item makes the enterprise ineligible: it can be screened only with a reason, rejected, not selected', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e12!;
    const items = MANUAL.map((key) => ({
      key,
      result: key === 'no_quality_penalty' ? 'fail' : 'pass',
      evidence: '核查',
    }));
    const screening = (await xuzhou.post(`/api/v1/participations/${id}/screening`, { version: 1, items })).json();
    expect(screening.summary).toMatchObject({ outcome: 'ineligible', failed: ['no_quality_penalty'] });
    // 初审通过 despite 不符合条件: refused without a reason, nothing written
    const before = await version(xuzhou, id);
    const bare = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'screen', version: before });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ code: 'SCREENING_INELIGIBLE_REASON_REQUIRED', field: 'reason' });
    expect(bare.json().message).toContain('理由');
    const english = await xuzhou.post(
      `/api/v1/participations/${id}/transitions`,
      { command: 'screen', version: before, reason: '  ' },
      { 'accept-language': 'en-US' },
    );
    expect(english.json()).toMatchObject({ code: 'SCREENING_INELIGIBLE_REASON_REQUIRED', field: 'reason' });
    expect(english.json().message).toContain('reason');
    expect(await version(xuzhou, id)).toBe(before);
    const passed = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'screen',
      version: before,
      reason: '处罚已于两年前履行完毕，经复核同意进入遴选',
    });
    expect(passed.statusCode).toBe(200);
    // the reason is stored with the step and shown in the enterprise's timeline
    expect(passed.json().timeline.find((s: { stage: string }) => s.stage === 'screened')).toMatchObject({
      reason: '处罚已于两年前履行完毕，经复核同意进入遴选',
    });
    const select = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'select',
      version: await version(xuzhou, id),
    });
    expect(select.json().code).toBe('SCREENING_NOT_ELIGIBLE');
    const reject = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'reject',
      version: await version(xuzhou, id),
      reason: '近两年有质量处罚',
    });
    expect(reject.statusCode).toBe(200);
    const notes = (await (await t.as('ent12')).get('/api/v1/notifications')).json();
    // the notification names its enterprise, its campaign and the action, and points at the file
    expect(notes.items[0]).toMatchObject({
      kind: 'participation.reject',
      params: { reason: '近两年有质量处罚' },
      read: false,
      participationId: id,
      campaignId: t.ids.campaigns.xz,
      enterpriseName: '徐州宏达建材有限公司',
      campaignName: `${t.calendar.year}年徐州市小微企业质量管理体系认证提升行动`,
    });
  });
});

describe('waiting list, preference and quota', () => {
  it('keeps a screened enterprise on the waiting list and notifies it', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!; // screened
    const on = await xuzhou.post(`/api/v1/participations/${id}/waitlist`, {
      waitlisted: true,
      version: await version(xuzhou, id),
    });
    expect(on.json().waitlisted).toBe(true);
    const notes = (await (await t.as('ent11')).get('/api/v1/notifications?unread=1')).json();
    expect(notes.items.map((n: { kind: string }) => n.kind)).toContain('participation.waitlist');
  });

  it('refuses a selection beyond the sub-region quota, naming it', async () => {
    const xuzhou = await t.as('xuzhou');
    const [campaign] = await t.ctx.database.db.select().from(campaigns).where(eq(campaigns.id, t.ids.campaigns.xz));
    const original = campaign!.targets;
    // 鼓楼区 already holds one place (e10 selected); a quota of 1 leaves no room for e11
    await t.ctx.database.db
      .update(campaigns)
      .set({ targets: { ...original, quotas: { '320302': 1 } } })
      .where(eq(campaigns.id, t.ids.campaigns.xz));
    const id = t.ids.participations.e11!;
    const refused = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'select',
      version: await version(xuzhou, id),
      certificationBodyId: t.ids.orgs.cb1,
    });
    expect(refused.json()).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(refused.json().message).toContain('320302:1');
    await t.ctx.database.db.update(campaigns).set({ targets: original }).where(eq(campaigns.id, t.ids.campaigns.xz));
  });

  it('honours the enterprise preference unless the bureau says why, then notifies enterprise and body', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!;
    await t.ctx.database.db
      .update(participations)
      .set({ preferredBodyId: t.ids.orgs.cb2 })
      .where(eq(participations.id, id));
    await t.ctx.database.db
      .insert((await import('../src/modules/campaigns/campaigns.table.js')).campaignBodies)
      .values({ campaignId: t.ids.campaigns.xz, organizationId: t.ids.orgs.cb2! });
    expect((await xuzhou.get(`/api/v1/participations/${id}`)).json().preferredBody).toEqual({
      id: t.ids.orgs.cb2,
      name: '津诚认证有限公司',
    });
    const override = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'select',
      version: await version(xuzhou, id),
      certificationBodyId: t.ids.orgs.cb1,
    });
    expect(override.json().code).toBe('PREFERENCE_OVERRIDE_REASON');
    const honoured = await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'select',
      version: await version(xuzhou, id),
    });
    expect(honoured.statusCode).toBe(200);
    expect(honoured.json().certificationBody.id).toBe(t.ids.orgs.cb2);
    const body = (await (await t.as('tjmanager')).get('/api/v1/notifications')).json();
    expect(body.items.map((n: { kind: string }) => n.kind)).toContain('participation.select');
    expect((await (await t.as('ent11')).get(`/api/v1/participations/${id}/screening`)).json().waitlisted).toBe(false);
  });
});

describe('screening never strands an enterprise (ADR 0025)', () => {
  const URL = `/api/v1/campaigns/`;
  const base = (uscc: string, over: Record<string, unknown>) => ({
    uscc,
    name: '徐州启明职业培训学校有限公司',
    regionCode: '320321',
    industryCode: '35',
    certificationStatus: 'none',
    contactName: '钱明',
    contactPhone: '13912340001',
    willing: true,
    resources: '校长牵头，每周1天',
    ...over,
  });
  const passAll = (version: number) => ({
    version,
    items: MANUAL.map((key) => ({ key, result: 'pass', evidence: '核查无异常', source: '国家企业信用信息公示系统' })),
  });
  const sizeItem = (s: { items: Array<{ key: string }> }) =>
    s.items.find((i) => i.key === 'small_or_micro') as Record<string, unknown>;

  it('an education enterprise (no size row) is answered by the officer with evidence and source, then screened', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post(
      `${URL}${t.ids.campaigns.xz}/applications`,
      base(withUsccCheckChar('91320321MA1EDUC01'), { sizeIndustry: 'education', employees: 18, revenueWan: 300 }),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().participationId as string;
    let screening = (await xuzhou.post(`/api/v1/participations/${id}/screening`, passAll(0))).json();
    expect(sizeItem(screening)).toMatchObject({ result: 'unknown', ruleUndecided: true });
    expect(screening.figures).toMatchObject({ sizeIndustry: 'education', sizeClass: 'not_applicable' });
    // stranded before: screen needs every item answered
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
          command: 'screen',
          version: await version(xuzhou, id),
        })
      ).json().code,
    ).toBe('SCREENING_INCOMPLETE');

    const noSource = await xuzhou.post(`/api/v1/participations/${id}/screening`, {
      version: screening.version,
      items: [{ key: 'small_or_micro', result: 'pass', evidence: '2025年年报：从业人员18人' }],
    });
    expect(noSource.json()).toMatchObject({ code: 'REQUIRED', field: 'items.small_or_micro.source' });
    screening = (
      await xuzhou.post(`/api/v1/participations/${id}/screening`, {
        version: screening.version,
        items: [
          {
            key: 'small_or_micro',
            result: 'pass',
            evidence: '2025年年报：从业人员18人，营业收入300万元',
            source: '企业2025年度报告',
          },
        ],
      })
    ).json();
    expect(sizeItem(screening)).toMatchObject({
      result: 'pass',
      source: '企业2025年度报告',
      ruleUndecided: true,
      verifiedBy: expect.stringContaining('李华'),
    });
    expect(screening.summary.outcome).toBe('eligible');
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
          command: 'screen',
          version: await version(xuzhou, id),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('an enterprise with a missing figure is settled by a recorded correction of its figures; the size is derived again', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post(
      `${URL}${t.ids.campaigns.xz}/applications`,
      base(withUsccCheckChar('91320321MA1EDUC02'), {
        name: '丰县精工机械有限公司',
        industryCode: '18',
        sizeIndustry: 'industrial',
        employees: 45,
      }),
    );
    const id = created.json().participationId as string;
    let screening = (await xuzhou.post(`/api/v1/participations/${id}/screening`, passAll(0))).json();
    expect(sizeItem(screening)).toMatchObject({ result: 'unknown', ruleUndecided: true });
    expect(screening.figures).toMatchObject({ employees: 45, revenueWan: null, sizeClass: null });
    const v = screening.figures.participationVersion as number;

    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
          version: v,
          revenueWan: 1500,
          reason: ' ',
        })
      ).json(),
    ).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
          version: v,
          employees: 45,
          reason: '核对',
        })
      ).json(),
    ).toMatchObject({ code: 'FIGURES_UNCHANGED' });
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
          version: v,
          sizeIndustry: 'banking',
          reason: '核对',
        })
      ).json(),
    ).toMatchObject({ code: 'SIZE_INDUSTRY_UNKNOWN', field: 'sizeIndustry' });
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
          version: v + 5,
          revenueWan: 1500,
          reason: '核对',
        })
      ).json().code,
    ).toBe('VERSION_CONFLICT');
    expect(
      (
        await (
          await t.as('ent12')
        ).post(`/api/v1/participations/${id}/screening/figures`, { version: v, revenueWan: 1500, reason: '核对' })
      ).statusCode,
    ).toBeGreaterThanOrEqual(403);

    const corrected = await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
      version: v,
      revenueWan: 1500,
      reason: '企业补报2025年营业收入（年报）',
    });
    expect(corrected.statusCode).toBe(200);
    screening = corrected.json();
    expect(sizeItem(screening)).toMatchObject({
      result: 'pass',
      evidence: 'size=small',
      source: 'rule:enterprise-size-2017',
    });
    expect(sizeItem(screening).ruleUndecided).toBeUndefined();
    expect(screening.figures).toMatchObject({
      revenueWan: 1500,
      sizeClass: 'small',
      participationVersion: v + 1,
      corrections: [
        {
          reason: '企业补报2025年营业收入（年报）',
          before: { revenueWan: null },
          after: { revenueWan: 1500 },
          by: expect.stringContaining('李华'),
        },
      ],
    });
    const [row] = await t.ctx.database.db.select().from(participations).where(eq(participations.id, id));
    expect(row!.sizeClass).toBe('small');
    expect(row!.application.revenueWan).toBe(1500);
    const trail = await t.ctx.database.db
      .select({ action: auditTrail.action, detail: auditTrail.detail })
      .from(auditTrail)
      .where(eq(auditTrail.objectId, id));
    const entry = trail.find((r) => r.action === 'participation.correct_figures');
    expect(entry?.detail).toMatchObject({
      reason: '企业补报2025年营业收入（年报）',
      before: { revenueWan: null },
      after: { revenueWan: 1500 },
    });
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
          command: 'screen',
          version: await version(xuzhou, id),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('a decided size item cannot be answered by hand, and a correction that makes it decided replaces an earlier hand answer', async () => {
    const xuzhou = await t.as('xuzhou');
    const created = await xuzhou.post(
      `${URL}${t.ids.campaigns.xz}/applications`,
      base(withUsccCheckChar('91320321MA1EDUC03'), {
        name: '丰县康宁诊所有限公司',
        sizeIndustry: 'health',
        employees: 400,
        revenueWan: 900,
      }),
    );
    const id = created.json().participationId as string;
    let screening = (
      await xuzhou.post(`/api/v1/participations/${id}/screening`, {
        version: 0,
        items: [{ key: 'small_or_micro', result: 'pass', evidence: '年报：从业人员400人', source: '企业年报' }],
      })
    ).json();
    expect(sizeItem(screening).result).toBe('pass');
    // the bureau finds the row was wrong: 其他未列明行业, 400 人 is large by the rule
    screening = (
      await xuzhou.post(`/api/v1/participations/${id}/screening/figures`, {
        version: screening.figures.participationVersion,
        sizeIndustry: 'other',
        reason: '核实为居民服务业',
      })
    ).json();
    expect(sizeItem(screening)).toMatchObject({
      result: 'fail',
      evidence: 'size=large',
      source: 'rule:enterprise-size-2017',
    });
    const override = await xuzhou.post(`/api/v1/participations/${id}/screening`, {
      version: screening.version,
      items: [{ key: 'small_or_micro', result: 'pass', evidence: '人工认定', source: '现场核实' }],
    });
    expect(override.statusCode).toBe(400);
    expect(override.json()).toMatchObject({ code: 'SCREENING_DECIDED_BY_RULE', field: 'items.small_or_micro' });
    expect(sizeItem((await xuzhou.get(`/api/v1/participations/${id}/screening`)).json()).result).toBe('fail');
  });
});
