/**
 * The command bar keeps the hard rules (ADR 0024): a direct `assign` applies the same pair rules as a
 * proposal, with the same override-with-reason path and the same findings; `certify` needs an audit
 * team and decision makers of the certifying body, each checked by person against the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, makeClient, type Client, type TestApp } from './helpers/test-app.js';
import { memberships } from '../src/platform/auth/identity.table.js';
import { createSession } from '../src/platform/auth/session-store.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const run = async (client: Client, id: string, command: string, extra: Record<string, unknown> = {}) => {
  const version = (await client.get(`/api/v1/participations/${id}`)).json().version;
  return client.post(`/api/v1/participations/${id}/transitions`, { command, version, ...extra });
};
type Finding = {
  kind: string;
  rule: string;
  reason: string | null;
  person: { userId: string };
  enterprise: { name: string };
};
const findings = async (client: Client): Promise<Finding[]> =>
  (await client.get('/api/v1/impartiality/findings')).json().items;

describe('assign from the command bar', () => {
  it('refuses a category-33 enterprise for an expert without 33, naming the rule, and takes it with a reason as a reported override', async () => {
    const manager = await t.as('cbmanager');
    const id = t.ids.participations.e10!; // 徐州鼓楼智联, category 33, selected
    const expert4 = t.ids.users.expert4!; // categories 18, 04, 19; room for one more
    const refused = await run(manager, id, 'assign', { expertUserIds: [expert4] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED', field: 'reason' });
    expect(refused.json().message).toContain('专业类别');
    const en = await manager.post(
      `/api/v1/participations/${id}/transitions`,
      {
        command: 'assign',
        version: (await manager.get(`/api/v1/participations/${id}`)).json().version,
        expertUserIds: [expert4],
      },
      { 'accept-language': 'en-US' },
    );
    expect(en.json().message).toContain('categories');
    expect(en.json().message).not.toContain('SPECIALTY_MISMATCH');
    expect((await manager.get(`/api/v1/participations/${id}`)).json().stage).toBe('selected');

    const reason = '本工作组33类专家休假，由其临时帮扶并由组长复核';
    const accepted = await run(manager, id, 'assign', { expertUserIds: [expert4], reason });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().stage).toBe('assigned');
    const overridden = (await findings(manager)).filter((f) => f.kind === 'overridden' && f.person.userId === expert4);
    expect(overridden).toEqual([
      expect.objectContaining({
        rule: 'SPECIALTY_MISMATCH',
        reason,
        enterprise: { id: expect.any(String), name: '徐州鼓楼智联信息技术有限公司' },
      }),
    ]);
    // the bureau of the region reads it too
    expect(
      (await findings(await t.as('xuzhou'))).some((f) => f.kind === 'overridden' && f.person.userId === expert4),
    ).toBe(true);
  });

  it('gives the browser what it needs to run the same pair rules live', async () => {
    const manager = await t.as('cbmanager');
    const items = (await manager.get(`/api/v1/participations/${t.ids.participations.e10}/assignable-experts`)).json()
      .items;
    const expert5 = items.find((e: { userId: string }) => e.userId === t.ids.users.expert5);
    expect(expert5.profile).toMatchObject({
      categories: ['19', '23', '33', '31'],
      homeRegionCode: '320302',
      conflicted: false,
    });
    expect(expert5.profile.unavailable).toEqual([
      { from: t.calendar.day('2027-01-25'), to: t.calendar.day('2027-02-07') },
    ]);
  });
});

describe('certify', () => {
  const e03 = () => t.ids.participations.e03!; // evaluated, assisted by 黄涛 (expert3)
  const certificate = { certificateNumber: '02626Q0003R0S' };

  it('refuses without an audit team or without decision makers (422), and takes only people of the certifying body', async () => {
    const manager = await t.as('cbmanager');
    const none = await run(manager, e03(), 'certify', certificate);
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'AUDIT_TEAM_REQUIRED', field: 'auditorUserIds' });
    const noDecision = await run(manager, e03(), 'certify', { ...certificate, auditorUserIds: [t.ids.users.cbadmin] });
    expect(noDecision.json()).toMatchObject({ code: 'DECISION_MAKERS_REQUIRED', field: 'decisionMakerUserIds' });
    const outsider = await run(manager, e03(), 'certify', {
      ...certificate,
      auditorUserIds: [t.ids.users.cbadmin],
      decisionMakerUserIds: [t.ids.users.tjmanager],
    });
    expect(outsider.json()).toMatchObject({ code: 'CERTIFIER_NOT_OF_BODY', field: 'decisionMakerUserIds' });
  });

  it('refuses the assisting expert as decision maker, even holding a manager membership, and when he records it himself; each refusal is a finding', async () => {
    const expert3 = t.ids.users.expert3!;
    const [membership] = await t.ctx.database.db
      .insert(memberships)
      .values({ userId: expert3, organizationId: t.ids.orgs.cb1!, role: 'cb_manager' })
      .returning({ id: memberships.id });
    const manager = await t.as('cbmanager');
    const asDecider = await run(manager, e03(), 'certify', {
      ...certificate,
      auditorUserIds: [t.ids.users.cbadmin],
      decisionMakerUserIds: [expert3],
    });
    expect(asDecider.statusCode).toBe(409);
    expect(asDecider.json()).toMatchObject({
      code: 'DECISION_MAKER_IMPARTIALITY_CONFLICT',
      field: 'decisionMakerUserIds',
    });
    const asAuditor = await run(manager, e03(), 'certify', {
      ...certificate,
      auditorUserIds: [expert3],
      decisionMakerUserIds: [t.ids.users.cbadmin],
    });
    expect(asAuditor.json()).toMatchObject({ code: 'IMPARTIALITY_CONFLICT', field: 'auditorUserIds' });

    // the same person signed in through his manager membership, naming independent colleagues
    const session = await createSession(t.ctx.database.db, {
      userId: expert3,
      membershipId: membership!.id,
      now: t.clock.now(),
      policy: t.ctx.sessionPolicy,
    });
    const himself = makeClient(t.app, session.id, session.csrfToken);
    const recorded = await run(himself, e03(), 'certify', {
      ...certificate,
      auditorUserIds: [t.ids.users.cbadmin],
      decisionMakerUserIds: [t.ids.users.cbmanager],
    });
    expect(recorded.json()).toMatchObject({ code: 'CERTIFIER_IMPARTIALITY_CONFLICT', field: 'actor' });
    expect((await manager.get(`/api/v1/participations/${e03()}`)).json().stage).toBe('evaluated');

    const refused = (await findings(manager)).filter(
      (f) => f.kind === 'refused' && f.person.userId === expert3 && f.rule === 'COOLING_OFF',
    );
    expect(refused.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the body’s people with the register’s answer, and certifies with independent ones', async () => {
    const manager = await t.as('cbmanager');
    const people = (await manager.get(`/api/v1/participations/${e03()}/certification-candidates`)).json()
      .items as Array<{ userId: string; barred: boolean; roles: string[] }>;
    expect(people.find((p) => p.userId === t.ids.users.expert3)).toMatchObject({
      barred: true,
      roles: expect.arrayContaining(['assistance_expert', 'cb_manager']),
    });
    expect(people.find((p) => p.userId === t.ids.users.cbadmin)).toMatchObject({ barred: false, roles: ['cb_admin'] });
    const done = await run(manager, e03(), 'certify', {
      ...certificate,
      auditorUserIds: [t.ids.users.cbadmin],
      decisionMakerUserIds: [t.ids.users.cbmanager],
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().stage).toBe('certified');
  });
});
