/**
 * Certification (002 step 9; 003 §6.9.9): the enterprise applies to a body of its choice; that body certifies
 * (ADR 0024's person checks kept) and the certificate is written with the command; surveillance is due within 12
 * months of the previous and flagged when overdue; an enterprise already certified records its certificate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { certificationApplications } from '../src/modules/certification/certification.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { chinaDate } from '../src/platform/clock.js';
import { operationCompleteOn } from '../../domain/lifecycle/operation-period.js';
import { plusDays } from './helpers/audit-and-review.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const e03 = () => t.ids.participations.e03!; // evaluated, assisted by 黄涛 (expert3) of 苏信认证 (cb1)
const e01 = () => t.ids.participations.e01!;
const today = () => chinaDate(t.ctx.clock.now());
const certify = async (client: Client, extra: Record<string, unknown>) => {
  const version = (await client.get(`/api/v1/participations/${e03()}`)).json().version;
  return client.post(`/api/v1/participations/${e03()}/transitions`, {
    command: 'certify',
    version,
    certificateNumber: '02626Q0003R0S',
    auditorUserIds: [t.ids.users.tjexpert],
    decisionMakerUserIds: [t.ids.users.tjmanager],
    ...extra,
  });
};
const flagsOf = async (client: Client, name: string) =>
  (await client.get(`/api/v1/participations?q=${encodeURIComponent(name)}`)).json().items[0].overdue as string[];

describe('the demo’s certification', () => {
  it('e03 has applied to its assisting body; e04 shows its first surveillance and the next one due a year after it', async () => {
    const e03View = (await (await t.as('ent03')).get(`/api/v1/participations/${e03()}/certification`)).json();
    expect(e03View).toMatchObject({
      mayApply: false,
      application: { bodyId: t.ids.orgs.cb1, standard: 'GB/T 19001-2016', appliedOn: t.calendar.day('2026-11-12') },
    });
    const e04 = `/api/v1/participations/${t.ids.participations.e04}/certification`;
    const overview = (await (await t.as('xuzhou')).get(e04)).json();
    expect(overview.certificates).toEqual([
      expect.objectContaining({
        kind: 'issued',
        status: 'valid',
        nextKind: 'surveillance',
        nextDueOn: operationCompleteOn(t.calendar.day('2026-11-20'), 12),
        surveillances: [expect.objectContaining({ heldOn: t.calendar.day('2026-11-20'), result: 'maintained' })],
      }),
    ]);
  });
});

describe('the application and the certificate', () => {
  // fixture: e03 as before the demo's application, so it applies here to another body (津诚)
  beforeAll(async () => {
    await t.ctx.database.db
      .delete(certificationApplications)
      .where(eq(certificationApplications.participationId, e03()));
  });
  it('lets the evaluated enterprise apply to another registered body for GB/T 19001-2016, once', async () => {
    const contact = await t.as('ent03');
    const overview = (await contact.get(`/api/v1/participations/${e03()}/certification`)).json();
    expect(overview).toMatchObject({ stage: 'evaluated', mayApply: true, application: null, certificates: [] });
    expect(overview.bodies.map((b: { id: string }) => b.id)).toContain(t.ids.orgs.cb2);
    const url = `/api/v1/participations/${e03()}/certification/application`;
    // the chosen body does not see it before the application
    const tjmanager = await t.as('tjmanager');
    expect((await tjmanager.get(`/api/v1/participations/${e03()}`)).statusCode).toBe(404);
    expect((await contact.post(url, { bodyId: t.ids.orgs.cb2, standard: 'ISO 14001' })).statusCode).toBe(400);
    const notABody = await contact.post(url, { bodyId: t.ids.orgs.e01, standard: 'GB/T 19001-2016' });
    expect(notABody.json()).toMatchObject({ code: 'NOT_FOUND', field: 'bodyId' });
    expect((await contact.post(url, { bodyId: t.ids.orgs.cb2, standard: 'GB/T 19001-2016' })).statusCode).toBe(204);
    const again = await contact.post(url, { bodyId: t.ids.orgs.cb1, standard: 'GB/T 19001-2016' });
    expect(again.json().code).toBe('CERTIFICATION_APPLICATION_EXISTS');
    // the chosen body sees it now
    expect((await tjmanager.get(`/api/v1/participations/${e03()}`)).statusCode).toBe(200);
    expect((await tjmanager.get(`/api/v1/participations/${e03()}/certification`)).json().application).toMatchObject({
      bodyId: t.ids.orgs.cb2,
      standard: 'GB/T 19001-2016',
      appliedOn: today(),
    });
    // the certify dialog offers the applied-for body's people
    const candidates = (await tjmanager.get(`/api/v1/participations/${e03()}/certification-candidates`)).json();
    expect(candidates.items.map((c: { userId: string }) => c.userId)).toContain(t.ids.users.tjexpert);
    const [entry] = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(eq(auditTrail.action, 'certification.apply'));
    expect(entry).toBeDefined();
  });

  it('refuses the assisting body once another was applied for, and the assisting expert in the audit team', async () => {
    const cbmanager = await t.as('cbmanager');
    const other = await certify(cbmanager, {
      auditorUserIds: [t.ids.users.cbadmin],
      decisionMakerUserIds: [t.ids.users.cbadmin],
    });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'CERTIFICATION_BODY_NOT_APPLIED_FOR', field: 'certificationBodyId' });
    const tjmanager = await t.as('tjmanager');
    const assisting = await certify(tjmanager, { auditorUserIds: [t.ids.users.expert3] });
    expect(assisting.json()).toMatchObject({ code: 'IMPARTIALITY_CONFLICT', field: 'auditorUserIds' });
    const noTeam = await certify(tjmanager, { auditorUserIds: [] });
    expect(noTeam.json()).toMatchObject({ code: 'AUDIT_TEAM_REQUIRED' });
  });

  it('checks the expiry (after the issue, at most three years) and writes the certificate with the command', async () => {
    const tjmanager = await t.as('tjmanager');
    const issuedOn = today();
    const tooLong = await certify(tjmanager, { certificateExpiresOn: operationCompleteOn(issuedOn, 36 + 1) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'CERTIFICATE_VALIDITY_TOO_LONG', field: 'certificateExpiresOn' });
    const before = await certify(tjmanager, { certificateExpiresOn: issuedOn });
    expect(before.json()).toMatchObject({ code: 'DATE_ORDER', field: 'certificateExpiresOn' });
    // nothing half-written by the refusals
    expect((await tjmanager.get(`/api/v1/participations/${e03()}/certification`)).json().certificates).toEqual([]);
    const expiresOn = operationCompleteOn(issuedOn, 36);
    const ok = await certify(tjmanager, { certificateScope: '糕点的生产', certificateExpiresOn: expiresOn });
    expect(ok.statusCode).toBe(200);
    const overview = (await tjmanager.get(`/api/v1/participations/${e03()}/certification`)).json();
    expect(overview.stage).toBe('certified');
    expect(overview.certificates).toEqual([
      expect.objectContaining({
        kind: 'issued',
        certificateNumber: '02626Q0003R0S',
        scope: '糕点的生产',
        standard: 'GB/T 19001-2016',
        bodyName: expect.stringContaining('津诚'),
        issuedOn,
        expiresOn,
        nextDueOn: operationCompleteOn(issuedOn, 12),
        nextKind: 'surveillance',
        status: 'valid',
        overdue: false,
      }),
    ]);
    expect(overview.mayRecordSurveillance).toBe(true);
  });
});

describe('surveillance (跟踪监督)', () => {
  const url = () => `/api/v1/participations/${e03()}/certification/surveillances`;
  it('is flagged overdue past twelve months, recorded by the certifying body only, and moves the next due date', async () => {
    const issuedOn = today();
    const dueOn = operationCompleteOn(issuedOn, 12);
    t.clock.set(new Date(`${dueOn}T02:00:00Z`));
    const tjmanager = await t.as('tjmanager');
    const onDue = (await tjmanager.get(`/api/v1/participations/${e03()}/certification`)).json();
    expect(onDue.certificates[0].overdue).toBe(false);
    const [y, m, d] = dueOn.split('-').map(Number) as [number, number, number];
    const dayAfter = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    t.clock.set(new Date(`${dayAfter}T02:00:00Z`));
    const late = await t.as('tjmanager');
    expect((await late.get(`/api/v1/participations/${e03()}/certification`)).json().certificates[0].overdue).toBe(true);
    const list = (await late.get('/api/v1/participations?pageSize=100')).json();
    const row = list.items.find((i: { id: string }) => i.id === e03());
    expect(row.overdue).toContain('surveillance_overdue');

    // the assisting body and the enterprise do not record the certifying body's surveillance
    expect((await (await t.as('cbmanager')).post(url(), { heldOn: dayAfter, result: 'maintained' })).statusCode).toBe(
      403,
    );
    expect((await (await t.as('ent03')).post(url(), { heldOn: dayAfter, result: 'maintained' })).statusCode).toBe(403);
    const future = await late.post(url(), { heldOn: operationCompleteOn(dayAfter, 1), result: 'maintained' });
    expect(future.json()).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'heldOn' });
    expect((await late.post(url(), { heldOn: dayAfter, result: 'kept' })).statusCode).toBe(400);
    expect(
      (await late.post(url(), { heldOn: dayAfter, result: 'maintained', note: '第一次监督审核，保持' })).statusCode,
    ).toBe(204);
    const after = (await late.get(`/api/v1/participations/${e03()}/certification`)).json().certificates[0];
    expect(after).toMatchObject({ nextDueOn: operationCompleteOn(dayAfter, 12), overdue: false, status: 'valid' });
    expect(after.surveillances).toEqual([{ heldOn: dayAfter, result: 'maintained', note: '第一次监督审核，保持' }]);
    const row2 = (await late.get('/api/v1/participations?pageSize=100'))
      .json()
      .items.find((i: { id: string }) => i.id === e03());
    expect(row2.overdue).not.toContain('surveillance_overdue');
    const same = await late.post(url(), { heldOn: dayAfter, result: 'withdrawn' });
    expect(same.json()).toMatchObject({ code: 'DATE_ORDER', field: 'heldOn' });
  });
});

describe('an enterprise already certified', () => {
  const url = () => `/api/v1/participations/${e01()}/certification/existing`;
  const body = (over: Record<string, unknown> = {}) => {
    const issuedOn = plusDays(today(), -400);
    return {
      certificateNumber: '00124Q31234R0S',
      bodyName: '某认证有限公司',
      issuedOn,
      expiresOn: operationCompleteOn(issuedOn, 36),
      nextAuditOn: operationCompleteOn(issuedOn, 12),
      ...over,
    };
  };
  it('records its certificate only when it declared itself certified, with checked dates; a past audit date is overdue', async () => {
    const contact = await t.as('enterprise');
    expect((await contact.post(url(), body())).json().code).toBe('CERTIFICATION_NOT_APPLICABLE');
    await t.ctx.database.db
      .update(participations)
      .set({ application: sql`${participations.application} || '{"certificationStatus":"certified"}'::jsonb` })
      .where(eq(participations.id, e01()));
    expect((await contact.get(`/api/v1/participations/${e01()}/certification`)).json().mayRecordExisting).toBe(true);
    const tooLong = await contact.post(url(), body({ expiresOn: operationCompleteOn(body().issuedOn, 37) }));
    expect(tooLong.json()).toMatchObject({ code: 'CERTIFICATE_VALIDITY_TOO_LONG', field: 'expiresOn' });
    const outside = await contact.post(url(), body({ nextAuditOn: operationCompleteOn(body().issuedOn, 40) }));
    expect(outside.json()).toMatchObject({ code: 'DATE_ORDER', field: 'nextAuditOn' });
    expect((await contact.post(url(), body({ certificateNumber: '' }))).json().field).toBe('certificateNumber');
    // the expert does not record it for the enterprise
    expect((await (await t.as('expert')).post(url(), body())).statusCode).toBe(403);
    expect((await contact.post(url(), body())).statusCode).toBe(204);
    expect((await contact.post(url(), body())).json().code).toBe('CERTIFICATION_NOT_APPLICABLE');
    const overview = (await contact.get(`/api/v1/participations/${e01()}/certification`)).json();
    expect(overview.certificates).toEqual([
      expect.objectContaining({
        kind: 'existing',
        certificateNumber: '00124Q31234R0S',
        bodyName: '某认证有限公司',
        nextDueOn: body().nextAuditOn,
        overdue: true,
      }),
    ]);
    const flags = await flagsOf(await t.as('xuzhou'), '华康食品');
    expect(flags).toContain('surveillance_overdue');
    // each write is in the audit trail, on the participation
    const actions = await t.ctx.database.db
      .select({ action: auditTrail.action, objectId: auditTrail.objectId })
      .from(auditTrail)
      .where(sql`${auditTrail.action} like 'certification.%'`);
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'certification.apply', objectId: e03() },
        { action: 'certification.surveillance', objectId: e03() },
        { action: 'certification.record_existing', objectId: e01() },
      ]),
    );
  });
});
