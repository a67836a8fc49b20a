/**
 * Matching through the API (seed 000 §一; ADR 0012, 0013): expert profiles, working groups, the proposal for a
 * group's selected enterprises (availability and declared conflicts as hard rules), hand edits
 * with warnings and recorded reasons, confirmation (assign + notifications, all or nothing),
 * re-planning, coverage and the enterprise's view of its expert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let manager: Client;
beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.as('cbmanager');
});
afterAll(async () => t?.close());

type Item = {
  participationId: string;
  expertUserId: string | null;
  source: string;
  hard: string[];
  soft: string[];
  reason: string | null;
  unassignedReason: string | null;
  currentExpertUserId: string | null;
};
const group = () => t.ids.workingGroups.xz;
const item = (proposal: { items: Item[] }, key: string) =>
  proposal.items.find((i) => i.participationId === t.ids.participations[key])!;
const run = async (body: Record<string, unknown> = { mode: 'keep' }) => {
  const response = await manager.post(`/api/v1/working-groups/${group()}/proposal`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().proposal;
};
const profileOf = async (username: string) => (await manager.get(`/api/v1/experts/${t.ids.users[username]}`)).json();
const saveProfile = async (username: string, change: Record<string, unknown>) => {
  const { profile } = await profileOf(username);
  const { homeRegionName: _n, updatedAt: _u, ...rest } = profile;
  return manager.post(`/api/v1/experts/${t.ids.users[username]}/profile`, { ...rest, ...change });
};

describe('expert profiles', () => {
  it('lists the body’s experts with masked phones, profiles and load', async () => {
    const list = (await manager.get('/api/v1/experts')).json();
    const wang = list.items.find((e: { userId: string }) => e.userId === t.ids.users.expert);
    expect(wang).toMatchObject({
      phone: '139****0011',
      load: 2,
      capacity: 2,
      profile: { categories: ['03', '09', '29'], homeRegionName: '丰县' },
    });
    expect(list.items.map((e: { userId: string }) => e.userId)).not.toContain(t.ids.users.tjexpert);
    expect(list.managers.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [t.ids.users.cbadmin, t.ids.users.cbmanager].sort(),
    );
  });

  it('needs a reason above two enterprises, a valid credit code for a conflict, and the version seen', async () => {
    const noReason = await saveProfile('expert2', { capacity: 3, capacityReason: null });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ code: 'EXPERT_CAPACITY_REASON_REQUIRED', field: 'capacityReason' });
    const badCode = await saveProfile('expert2', {
      conflicts: [{ kind: 'relative', enterpriseUscc: '91320321MA1ZZZZZ9X', enterpriseName: '某公司' }],
    });
    expect(badCode.json()).toMatchObject({ code: 'USCC_INVALID', field: 'conflicts.0.enterpriseUscc' });
    const stale = await saveProfile('expert2', { version: 99 });
    expect(stale.statusCode).toBe(409);
    const before = (await profileOf('expert2')).profile.version;
    const saved = await saveProfile('expert2', { capacity: 3, capacityReason: '专职帮扶' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().profile).toMatchObject({ capacity: 3, capacityReason: '专职帮扶', version: before + 1 });
    expect((await saveProfile('expert2', { capacity: 2, capacityReason: null })).statusCode).toBe(200);
  });

  it('shows an expert only their own profile, and another body’s manager nothing', async () => {
    const expert = await t.as('expert');
    expect((await expert.get(`/api/v1/experts/${t.ids.users.expert}`)).json().assignments.length).toBeGreaterThan(0);
    expect((await expert.get(`/api/v1/experts/${t.ids.users.expert2}`)).statusCode).toBe(404);
    expect((await (await t.as('tjmanager')).get(`/api/v1/experts/${t.ids.users.expert}`)).statusCode).toBe(404);
  });
});

describe('working groups', () => {
  it('takes leaders and managers from the body’s managers and experts from its experts only', async () => {
    const campaign = t.ids.campaigns.xz;
    const outsider = await manager.post(`/api/v1/campaigns/${campaign}/working-groups`, {
      name: '测试组',
      members: [
        { userId: t.ids.users.cbmanager, role: 'leader' },
        { userId: t.ids.users.tjexpert, role: 'expert' },
      ],
    });
    expect(outsider.json()).toMatchObject({ code: 'WORKING_GROUP_MEMBER_ROLE', field: 'members' });
    const expertAsLeader = await manager.post(`/api/v1/campaigns/${campaign}/working-groups`, {
      name: '测试组',
      members: [
        { userId: t.ids.users.expert, role: 'leader' },
        { userId: t.ids.users.expert2, role: 'expert' },
      ],
    });
    expect(expertAsLeader.json().code).toBe('WORKING_GROUP_MEMBER_ROLE');
    const created = await manager.post(`/api/v1/campaigns/${campaign}/working-groups`, {
      name: '丰县小组',
      regionCodes: ['320321'],
      members: [
        { userId: t.ids.users.cbmanager, role: 'leader' },
        { userId: t.ids.users.expert2, role: 'expert' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ regionNames: ['丰县'], members: [{ role: 'leader' }, { role: 'expert' }] });
    const renamed = await manager.post(`/api/v1/working-groups/${created.json().id}`, {
      version: 1,
      name: '丰县帮扶小组',
      regionCodes: ['320321'],
      members: [
        { userId: t.ids.users.cbadmin, role: 'leader' },
        { userId: t.ids.users.expert2, role: 'expert' },
      ],
    });
    expect(renamed.json()).toMatchObject({ name: '丰县帮扶小组', version: 2 });
    // bureaus read the groups of campaigns they see; 天津 does not see 徐州's
    const xuzhouGroups = (await (await t.as('xuzhou')).get(`/api/v1/campaigns/${campaign}/working-groups`)).json()
      .items;
    expect(xuzhouGroups.map((g: { name: string }) => g.name)).toContain('丰县帮扶小组');
    expect((await (await t.as('tianjin')).get(`/api/v1/working-groups/${created.json().id}`)).statusCode).toBe(404);
  });
});

describe('assignment proposals', () => {
  it('proposes the nearest expert of the category and keeps existing assignments', async () => {
    const proposal = await run();
    expect(proposal.status).toBe('draft');
    // e10 徐州鼓楼智联 (33, 鼓楼区): 何伟 (expert5) is the only expert of category 33, same county
    expect(item(proposal, 'e10')).toMatchObject({
      expertUserId: t.ids.users.expert5,
      source: 'solver',
      hard: [],
      soft: [],
    });
    expect(item(proposal, 'e09')).toMatchObject({ source: 'existing', expertUserId: t.ids.users.expert4 });
    // cost: same county 0 + one load step (he already assists one enterprise)
    expect(proposal.objective).toEqual({ assigned: 1, totalCost: 1 });
    expect(proposal.experts.find((e: { userId: string }) => e.userId === t.ids.users.expert5)).toMatchObject({
      load: 1,
      capacity: 2,
    });
  });

  it('leaves out an expert unavailable on the start day, and one with a declared conflict, saying why', async () => {
    expect(item(await run({ mode: 'keep', onDate: t.calendar.day('2027-01-30') }), 'e10')).toMatchObject({
      expertUserId: null,
      unassignedReason: 'EXPERTS_UNAVAILABLE',
    });
    const e10 = (await manager.get(`/api/v1/participations/${t.ids.participations.e10}`)).json().enterprise;
    const { profile } = await profileOf('expert5');
    expect(
      (
        await saveProfile('expert5', {
          conflicts: [
            ...profile.conflicts,
            {
              kind: 'consultancy',
              enterpriseUscc: e10.uscc,
              enterpriseName: e10.name,
              until: t.calendar.day('2026-01-31'),
            },
          ],
        })
      ).statusCode,
    ).toBe(200);
    const proposal = await run();
    expect(item(proposal, 'e10')).toMatchObject({ expertUserId: null, unassignedReason: 'ONLY_CONFLICTED_EXPERTS' });
    const coverage = (await manager.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/assignment-coverage`)).json();
    expect(
      coverage.unassigned.find((u: { participationId: string }) => u.participationId === t.ids.participations.e10),
    ).toMatchObject({
      reason: 'ONLY_CONFLICTED_EXPERTS',
      message: '可选的帮扶专家均与该企业存在回避关系',
    });
    // the conflict ended over two years ago by the next start: it no longer bars
    expect(item(await run({ mode: 'keep', onDate: '2028-02-01' }), 'e10').expertUserId).toBe(t.ids.users.expert5);
    expect((await saveProfile('expert5', { conflicts: profile.conflicts })).statusCode).toBe(200);
  });

  it('warns on a hand-made pair, needs a reason for a hard rule, and confirms: assigned, notified, reported', async () => {
    const proposal = await run();
    const edit = (body: Record<string, unknown>) =>
      manager.post(`/api/v1/working-groups/${group()}/proposal/items`, body);
    const withoutReason = await edit({
      version: proposal.version,
      participationId: t.ids.participations.e10,
      expertUserId: t.ids.users.expert2,
    });
    expect(withoutReason.statusCode).toBe(422);
    expect(withoutReason.json()).toMatchObject({ code: 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED', field: 'reason' });
    expect(withoutReason.json().message).toContain('专家的专业类别不含该企业的认证行业类别');
    const reason = '企业主营信息系统集成，郑丽具备相关项目经验';
    const edited = await edit({
      version: proposal.version,
      participationId: t.ids.participations.e10,
      expertUserId: t.ids.users.expert2,
      reason,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(item(edited.json().proposal, 'e10')).toMatchObject({
      source: 'manual',
      hard: ['SPECIALTY_MISMATCH'],
      soft: ['OTHER_COUNTY'],
      reason,
    });

    const version = edited.json().proposal.version;
    expect(
      (await manager.post(`/api/v1/working-groups/${group()}/proposal/confirm`, { version: version - 1 })).statusCode,
    ).toBe(409);
    const confirmed = await manager.post(`/api/v1/working-groups/${group()}/proposal/confirm`, { version });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ assigned: 1, moved: 0, proposal: { status: 'confirmed' } });
    expect(
      (await manager.post(`/api/v1/working-groups/${group()}/proposal/confirm`, { version: version + 1 })).json().code,
    ).toBe('PROPOSAL_NOT_DRAFT');

    // the enterprise sees its expert and whom to call; the expert sees the enterprise and a notification
    const enterprise = await t.as('ent10');
    const detail = (await enterprise.get(`/api/v1/participations/${t.ids.participations.e10}`)).json();
    expect(detail.stage).toBe('assigned');
    expect(detail.experts).toEqual([expect.objectContaining({ userId: t.ids.users.expert2, toOn: null })]);
    expect(detail.assistanceContact).toMatchObject({
      groupName: '苏信徐州帮扶工作组',
      people: [{ role: 'leader' }, { role: 'manager' }],
    });
    expect((await enterprise.get('/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind)).toContain(
      'participation.assign',
    );
    const expert2 = await t.as('expert2');
    expect((await expert2.get(`/api/v1/participations/${t.ids.participations.e10}`)).statusCode).toBe(200);
    const personal = (await expert2.get('/api/v1/notifications')).json().items;
    expect(personal.map((n: { kind: string }) => n.kind)).toContain('participation.assigned_to_you');
    // "您有新的帮扶企业" names which one, in which campaign
    expect(
      personal.find((n: { kind: string; participationId: string }) => n.kind === 'participation.assigned_to_you'),
    ).toMatchObject({
      participationId: t.ids.participations.e10,
      enterpriseName: expect.any(String),
      campaignName: expect.stringContaining('徐州市'),
    });
    // another expert of the body does not hear of it
    const others = (await (await t.as('expert3')).get('/api/v1/notifications')).json().items;
    expect(others.filter((n: { participationId: string }) => n.participationId === t.ids.participations.e10)).toEqual(
      [],
    );

    // the override is in the impartiality report with its reason
    const findings = (await (await t.as('xuzhou')).get('/api/v1/impartiality/findings')).json().items;
    expect(findings.find((f: { kind: string }) => f.kind === 'overridden')).toMatchObject({
      rule: 'SPECIALTY_MISMATCH',
      reason,
      person: { userId: t.ids.users.expert2 },
    });
    expect(
      (await (await t.as('tianjin')).get('/api/v1/impartiality/findings'))
        .json()
        .items.filter((f: { kind: string }) => f.kind === 'overridden'),
    ).toEqual([]);

    // coverage: the bureau sees e10's county covered
    const coverage = (
      await (await t.as('xuzhou')).get(`/api/v1/campaigns/${t.ids.campaigns.xz}/assignment-coverage`)
    ).json();
    expect(coverage.byRegion.find((r: { regionCode: string }) => r.regionCode === '320302')).toMatchObject({
      assigned: 1,
      unassigned: 0,
    });
    expect(coverage.unassigned).toEqual([]);
    expect(coverage.workload.find((w: { userId: string }) => w.userId === t.ids.users.expert2)).toMatchObject({
      load: 2,
      capacity: 2,
    });
    expect(
      (await (await t.as('tianjin')).get(`/api/v1/campaigns/${t.ids.campaigns.xz}/assignment-coverage`)).statusCode,
    ).toBe(404);
  });

  it('re-plans assigned enterprises: a nearer expert, the override undone, the old relations ended in the register', async () => {
    // 黄涛 (expert3, 睢宁县) learns category 04: e09 佳美纺织 (睢宁县, 04) is nearer to him than to 冯雪 (云龙区)
    const { profile } = await profileOf('expert3');
    expect(
      (
        await saveProfile('expert3', {
          categories: [...profile.categories, '04'],
          capacity: 3,
          capacityReason: '本季度专职帮扶',
        })
      ).statusCode,
    ).toBe(200);
    expect(item(await run({ mode: 'keep' }), 'e09').source).toBe('existing');
    const replan = await run({ mode: 'replan' });
    expect(item(replan, 'e09')).toMatchObject({
      source: 'solver',
      expertUserId: t.ids.users.expert3,
      currentExpertUserId: t.ids.users.expert4,
    });
    // e10, assigned by hand against the specialty rule, goes back to the expert of its category
    expect(item(replan, 'e10')).toMatchObject({
      source: 'solver',
      expertUserId: t.ids.users.expert5,
      currentExpertUserId: t.ids.users.expert2,
    });
    const confirmed = await manager.post(`/api/v1/working-groups/${group()}/proposal/confirm`, {
      version: replan.version,
    });
    expect(confirmed.json()).toMatchObject({ moved: 2, assigned: 0 });
    const experts = (await manager.get(`/api/v1/participations/${t.ids.participations.e09}`)).json().experts;
    expect(experts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: t.ids.users.expert4, toOn: t.calendar.today }),
        expect.objectContaining({ userId: t.ids.users.expert3, fromOn: t.calendar.today, toOn: null }),
      ]),
    );
  });

  it('writes nothing when an enterprise moved on since the proposal (stale)', async () => {
    // e11 is screened; select it to cb1, propose, then withdraw it before confirming
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!;
    const before = (await xuzhou.get(`/api/v1/participations/${id}`)).json();
    expect(
      (
        await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
          command: 'select',
          version: before.version,
          certificationBodyId: t.ids.orgs.cb1,
        })
      ).statusCode,
    ).toBe(200);
    const proposal = await run();
    // 汇通物流 (31): 何伟 is the only expert of 31 and declared it his former employer
    expect(item(proposal, 'e11')).toMatchObject({ expertUserId: null, unassignedReason: 'ONLY_CONFLICTED_EXPERTS' });
    const override = await manager.post(`/api/v1/working-groups/${group()}/proposal/items`, {
      version: proposal.version,
      participationId: id,
      expertUserId: t.ids.users.expert5,
      reason: '离职已满一年，经机构公正性委员会评估可帮扶',
    });
    // and he is full since the re-plan gave him e10 back
    expect(item(override.json().proposal, 'e11').hard).toEqual(['DECLARED_CONFLICT', 'CAPACITY_EXCEEDED']);
    const selected = (await xuzhou.get(`/api/v1/participations/${id}`)).json();
    await xuzhou.post(`/api/v1/participations/${id}/transitions`, {
      command: 'withdraw',
      version: selected.version,
      reason: '企业退出',
    });
    const refused = await manager.post(`/api/v1/working-groups/${group()}/proposal/confirm`, {
      version: proposal.version + 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PROPOSAL_STALE');
    expect((await manager.get(`/api/v1/working-groups/${group()}/proposal`)).json().proposal).toMatchObject({
      status: 'draft',
      version: proposal.version + 1,
    });
    expect((await xuzhou.get(`/api/v1/participations/${id}`)).json().experts).toEqual([]);
    const findings = (await manager.get('/api/v1/impartiality/findings')).json().items;
    expect(findings.filter((f: { rule: string }) => f.rule === 'DECLARED_CONFLICT')).toEqual([]);
  });
});
