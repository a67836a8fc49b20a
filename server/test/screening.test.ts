/** Screening with evidence, the waiting list, selection against preference and quota, notifications (issue 3 items 5, 7). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { campaigns, participations } from '../src/platform/db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const MANUAL = ['registered_in_region', 'licences', 'not_abnormal_list', 'not_dishonesty_list', 'no_major_accident', 'no_quality_penalty', 'operating_normally', 'willing_and_resourced'];

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
      items: [{ key: 'not_dishonesty_list', result: 'pass', evidence: '2026-11-23 查询无记录', source: '国家企业信用信息公示系统' }],
    });
    const item = recorded.json().items.find((i: { key: string }) => i.key === 'not_dishonesty_list');
    expect(item).toMatchObject({ result: 'pass', source: '国家企业信用信息公示系统', verifiedBy: expect.stringContaining('李华') });
    expect(item.verifiedAt).toBe('2026-11-23T02:00:00.000Z');
    expect(recorded.json().version).toBe(1);

    const stale = await xuzhou.post(`/api/v1/participations/${id}/screening`, { version: 0, items: [] });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const automatic = await xuzhou.post(`/api/v1/participations/${id}/screening`, { version: 1, items: [{ key: 'small_or_micro', result: 'pass' }] });
    expect(automatic.statusCode).toBe(400);
  });

  it('lets the enterprise read its outcome but not change it; a 天津 officer sees nothing', async () => {
    const id = t.ids.participations.e12!;
    const contact = await t.as('ent12');
    expect((await contact.get(`/api/v1/participations/${id}/screening`)).statusCode).toBe(200);
    expect((await contact.post(`/api/v1/participations/${id}/screening`, { version: 1, items: [] })).statusCode).toBe(403);
    expect((await (await t.as('tianjin')).get(`/api/v1/participations/${id}/screening`)).statusCode).toBe(404);
  });

  it('a failed item makes the enterprise ineligible: it can be screened and rejected, not selected', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e12!;
    const items = MANUAL.map((key) => ({ key, result: key === 'no_quality_penalty' ? 'fail' : 'pass', evidence: '核查' }));
    const screening = (await xuzhou.post(`/api/v1/participations/${id}/screening`, { version: 1, items })).json();
    expect(screening.summary).toMatchObject({ outcome: 'ineligible', failed: ['no_quality_penalty'] });
    expect((await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'screen', version: await version(xuzhou, id) })).statusCode).toBe(200);
    const select = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'select', version: await version(xuzhou, id) });
    expect(select.json().code).toBe('SCREENING_NOT_ELIGIBLE');
    const reject = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'reject', version: await version(xuzhou, id), reason: '近两年有质量处罚' });
    expect(reject.statusCode).toBe(200);
    const notes = (await (await t.as('ent12')).get('/api/v1/notifications')).json();
    expect(notes.items[0]).toMatchObject({ kind: 'participation.reject', params: { reason: '近两年有质量处罚' }, read: false });
  });
});

describe('waiting list, preference and quota', () => {
  it('keeps a screened enterprise on the waiting list and notifies it', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!; // screened
    const on = await xuzhou.post(`/api/v1/participations/${id}/waitlist`, { waitlisted: true, version: await version(xuzhou, id) });
    expect(on.json().waitlisted).toBe(true);
    const notes = (await (await t.as('ent11')).get('/api/v1/notifications?unread=1')).json();
    expect(notes.items.map((n: { kind: string }) => n.kind)).toContain('participation.waitlist');
  });

  it('refuses a selection beyond the sub-region quota, naming it', async () => {
    const xuzhou = await t.as('xuzhou');
    const [campaign] = await t.ctx.database.db.select().from(campaigns).where(eq(campaigns.id, t.ids.campaigns.xz));
    const original = campaign!.targets;
    // 鼓楼区 already holds one place (e10 selected); a quota of 1 leaves no room for e11
    await t.ctx.database.db.update(campaigns).set({ targets: { ...original, quotas: { '320302': 1 } } }).where(eq(campaigns.id, t.ids.campaigns.xz));
    const id = t.ids.participations.e11!;
    const refused = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'select', version: await version(xuzhou, id), certificationBodyId: t.ids.orgs.cb1 });
    expect(refused.json()).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(refused.json().message).toContain('320302:1');
    await t.ctx.database.db.update(campaigns).set({ targets: original }).where(eq(campaigns.id, t.ids.campaigns.xz));
  });

  it('honours the enterprise preference unless the bureau says why, then notifies enterprise and body', async () => {
    const xuzhou = await t.as('xuzhou');
    const id = t.ids.participations.e11!;
    await t.ctx.database.db.update(participations).set({ preferredBodyId: t.ids.orgs.cb2 }).where(eq(participations.id, id));
    await t.ctx.database.db.insert((await import('../src/platform/db/schema.js')).campaignBodies).values({ campaignId: t.ids.campaigns.xz, organizationId: t.ids.orgs.cb2! });
    expect((await xuzhou.get(`/api/v1/participations/${id}`)).json().preferredBody).toEqual({ id: t.ids.orgs.cb2, name: '津诚认证有限公司' });
    const override = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'select', version: await version(xuzhou, id), certificationBodyId: t.ids.orgs.cb1 });
    expect(override.json().code).toBe('PREFERENCE_OVERRIDE_REASON');
    const honoured = await xuzhou.post(`/api/v1/participations/${id}/transitions`, { command: 'select', version: await version(xuzhou, id) });
    expect(honoured.statusCode).toBe(200);
    expect(honoured.json().certificationBody.id).toBe(t.ids.orgs.cb2);
    const body = (await (await t.as('tjmanager')).get('/api/v1/notifications')).json();
    expect(body.items.map((n: { kind: string }) => n.kind)).toContain('participation.select');
    expect((await (await t.as('ent11')).get(`/api/v1/participations/${id}/screening`)).json().waitlisted).toBe(false);
  });

});
