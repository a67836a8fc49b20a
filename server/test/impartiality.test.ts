/** Seed 000 §三 (ADR 0018): an assisting expert is refused as auditor within the cooling-off period and allowed after it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('impartiality register', () => {
  it('refuses the expert who assisted a closed participation for two years after it ended, then allows them', async () => {
    // e02 (鑫达五金) was assisted by expert2 from 2026-06-05 and closed on 2026-11-18
    const enterpriseId = (await (await t.as('xuzhou')).get(`/api/v1/participations/${t.ids.participations.e02}`)).json()
      .enterprise.id;
    const ask = async () =>
      (
        await (
          await t.as('cbmanager')
        ).post('/api/v1/impartiality/check', { enterpriseId, userIds: [t.ids.users.expert2, t.ids.users.cbadmin] })
      ).json();

    // the demo closed e02 on its calendar's close day; the register clears two years on
    const closedOn = t.calendar.steps.close!;
    const clearOn = `${Number(closedOn.slice(0, 4)) + 2}${closedOn.slice(4)}`;
    const dayBefore = new Date(Date.parse(`${clearOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const now = await ask();
    expect(now).toEqual({
      allowed: false,
      conflicts: [{ userId: t.ids.users.expert2, fromOn: t.calendar.day('2026-06-05'), toOn: closedOn, clearOn }],
    });
    t.clock.set(`${dayBefore}T02:00:00Z`);
    expect((await ask()).allowed).toBe(false);
    t.clock.set(`${clearOn}T02:00:00Z`);
    expect(await ask()).toEqual({ allowed: true, conflicts: [] });
    t.clock.set(`${t.calendar.today}T02:00:00Z`);
  });

  it('bars an ongoing assistance in the certify command too', async () => {
    const manager = await t.as('cbmanager');
    const id = t.ids.participations.e03!; // evaluated, assisted by expert3
    const detail = (await manager.get(`/api/v1/participations/${id}`)).json();
    const refused = await manager.post(`/api/v1/participations/${id}/transitions`, {
      command: 'certify',
      version: detail.version,
      certificateNumber: '02626Q0003R0S',
      auditorUserIds: [detail.experts[0].userId],
    });
    expect(refused.json()).toMatchObject({ code: 'IMPARTIALITY_CONFLICT', field: 'auditorUserIds' });
    // the refusal is in the impartiality report of the body and of the bureau, not of another region
    const refusedRow = (items: Array<{ kind: string; person: { userId: string } }>) =>
      items.find((f) => f.kind === 'refused' && f.person.userId === detail.experts[0].userId);
    expect(refusedRow((await manager.get('/api/v1/impartiality/findings')).json().items)).toMatchObject({
      rule: 'COOLING_OFF',
      enterprise: { name: '丰县绿源木业有限公司' },
    });
    expect(refusedRow((await (await t.as('xuzhou')).get('/api/v1/impartiality/findings')).json().items)).toBeDefined();
    expect(
      refusedRow((await (await t.as('tianjin')).get('/api/v1/impartiality/findings')).json().items),
    ).toBeUndefined();
  });

  it('reports each conflict the check finds', async () => {
    const enterpriseId = t.ids.orgs.e01!;
    const answer = (
      await (await t.as('cbadmin')).post('/api/v1/impartiality/check', { enterpriseId, userIds: [t.ids.users.expert] })
    ).json();
    expect(answer.allowed).toBe(false);
    const found = (await (await t.as('cbadmin')).get('/api/v1/impartiality/findings'))
      .json()
      .items.filter(
        (f: { kind: string; enterprise: { id: string } }) => f.kind === 'found' && f.enterprise.id === enterpriseId,
      );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'COOLING_OFF', person: { userId: t.ids.users.expert } });
  });

  it('is for certification bodies and bureaus only', async () => {
    const enterprise = await t.as('enterprise');
    expect(
      (
        await enterprise.post('/api/v1/impartiality/check', {
          enterpriseId: t.ids.orgs.e01,
          userIds: [t.ids.users.expert],
        })
      ).statusCode,
    ).toBe(403);
  });
});
