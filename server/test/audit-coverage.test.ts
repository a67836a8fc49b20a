/**
 * R19 / R31 / R32: what must be in the trail — exports and downloads of personal data, reads of
 * the trail, refused access (aggregated, so a flood stays bounded: ADR 0020) and contact reveals
 * with their reason and an hourly limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { verifyChain } from '../src/platform/audit/trail.js';
import { ROSTER_COLUMNS } from '../../domain/intake/roster-columns.js';
import { XLSX_TYPE } from '../src/modules/rosters/roster-workbook.js';
import { REFUSAL_TRAIL_DEFAULTS } from '../src/platform/audit/refusals.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function lastSeq(): Promise<number> {
  const rows = await t.ctx.database.db.select({ seq: auditTrail.seq }).from(auditTrail);
  return Math.max(0, ...rows.map((r) => r.seq));
}

/** Trail entries written after `since`, optionally only some actions. */
async function entriesSince(since: number, ...where: SQL[]) {
  return t.ctx.database.db
    .select()
    .from(auditTrail)
    .where(and(gt(auditTrail.seq, since), ...where))
    .orderBy(auditTrail.seq);
}

async function userId(username: string) {
  return t.ids.users[username]!;
}

describe('exports and downloads of personal data', () => {
  it('records the roster export with its filters, once', async () => {
    const since = await lastSeq();
    const response = await (await t.as('xuzhou')).get(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/participations.xlsx?stage=operating`,
    );
    expect(response.statusCode).toBe(200);
    const entries = await entriesSince(since, eq(auditTrail.action, 'roster.export'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: await userId('xuzhou'),
      objectType: 'campaign',
      objectId: t.ids.campaigns.xz,
      outcome: 'success',
      detail: { filters: { stage: 'operating' } },
    });
  });

  it('records the error workbook download', async () => {
    const xuzhou = await t.as('xuzhou');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业名单');
    sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
    sheet.addRow(
      ROSTER_COLUMNS.map((c) => (c.key === 'name' ? '审计测试企业' : c.key === 'uscc' ? 'NOT-A-CODE' : null)),
    );
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = (
      await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import`, file, { 'content-type': XLSX_TYPE })
    ).json();
    expect(result.status).toBe('rejected');
    const since = await lastSeq();
    const errors = await xuzhou.get(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/roster/imports/${result.importId}/errors.xlsx`,
    );
    expect(errors.statusCode).toBe(200);
    const entries = await entriesSince(since, eq(auditTrail.action, 'roster.download_errors'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      objectType: 'roster_import',
      objectId: result.importId,
      detail: { campaignId: t.ids.campaigns.xz },
    });
  });

  it('records the diagnosis and plan DOCX downloads', async () => {
    const id = t.ids.participations.e01!;
    const expert = await t.as('expert');
    const since = await lastSeq();
    expect((await expert.get(`/api/v1/participations/${id}/diagnosis/docx`)).statusCode).toBe(200);
    expect((await expert.get(`/api/v1/participations/${id}/plan/versions/1/docx`)).statusCode).toBe(200);
    const entries = await entriesSince(
      since,
      inArray(auditTrail.action, ['diagnosis.download_docx', 'plan.download_docx']),
    );
    expect(entries.map((e) => [e.action, e.objectId, e.actorUserId])).toEqual([
      ['diagnosis.download_docx', id, await userId('expert')],
      ['plan.download_docx', id, await userId('expert')],
    ]);
    expect(entries[1]!.detail).toEqual({ version: 1 });
  });

  it('records a file download', async () => {
    const id = t.ids.participations.e01!;
    const expert = await t.as('expert');
    const uploaded = await expert.post(
      `/api/v1/participations/${id}/files?purpose=survey_evidence&name=${encodeURIComponent('记录.pdf')}`,
      PDF,
      { 'content-type': 'application/pdf' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const since = await lastSeq();
    expect((await expert.get(`/api/v1/files/${uploaded.json().id}`)).statusCode).toBe(200);
    const entries = await entriesSince(since, eq(auditTrail.action, 'file.download'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      objectType: 'file',
      objectId: uploaded.json().id,
      detail: { participationId: id, purpose: 'survey_evidence' },
    });
  });

  it('writes nothing for a download that was refused', async () => {
    const since = await lastSeq();
    const outside = await (await t.as('tianjin')).get(
      `/api/v1/participations/${t.ids.participations.e01}/diagnosis/docx`,
    );
    expect(outside.statusCode).toBe(404);
    expect(await entriesSince(since, eq(auditTrail.action, 'diagnosis.download_docx'))).toEqual([]);
  });
});

describe('reads of the trail', () => {
  it('records listing the entries and verifying the chain', async () => {
    const auditor = await t.as('auditadmin');
    const since = await lastSeq();
    expect((await auditor.get('/api/v1/audit/entries?pageSize=5&action=auth.login')).statusCode).toBe(200);
    expect((await auditor.get('/api/v1/audit/verify')).json().ok).toBe(true);
    const entries = await entriesSince(since);
    expect(entries.map((e) => e.action)).toEqual(['audit.read_entries', 'audit.verify']);
    expect(entries[0]).toMatchObject({
      actorUserId: await userId('auditadmin'),
      detail: { page: 1, pageSize: 5, action: 'auth.login' }, // the filters given, and only those
    });
    expect(entries[1]).toMatchObject({ detail: { ok: true, firstBroken: null } });
  });
});

describe('refused access', () => {
  it('records a guard refusal and a scope refusal', async () => {
    const since = await lastSeq();
    expect((await (await t.as('enterprise')).get('/api/v1/audit/entries')).statusCode).toBe(403);
    expect((await (await t.as('tianjin')).get(`/api/v1/participations/${t.ids.participations.e01}`)).statusCode).toBe(
      404,
    );
    const entries = await entriesSince(since, eq(auditTrail.action, 'access.denied'));
    expect(entries.map((e) => [e.actorUserId, e.objectId, e.detail])).toEqual([
      [await userId('enterprise'), 'GET /api/v1/audit/entries', { code: 'FORBIDDEN', status: 403 }],
      [await userId('tianjin'), 'GET /api/v1/participations/:id', { code: 'NOT_FOUND', status: 404 }],
    ]);
  });

  it('keeps a flood of refused requests to a bounded number of entries, with the count', async () => {
    await t.app.refusalTrail.flush(); // start a fresh window
    const since = await lastSeq();
    const attacker = await t.as('expert');
    for (let i = 0; i < 150; i++) {
      const response = await attacker.get('/api/v1/admin/users');
      expect(response.statusCode).toBe(403);
    }
    // 150 refusals, one entry so far
    expect(await entriesSince(since)).toHaveLength(1);
    t.clock.advance(REFUSAL_TRAIL_DEFAULTS.windowMs + 1000);
    expect((await attacker.get('/api/v1/admin/users')).statusCode).toBe(403); // the next window starts
    const entries = await entriesSince(since);
    expect(entries.map((e) => e.action)).toEqual(['access.denied', 'access.denied_repeated', 'access.denied']);
    expect(entries[1]!.detail).toMatchObject({ code: 'FORBIDDEN', repeats: 149 });
    expect((await verifyChain(t.ctx.database.db)).ok).toBe(true);
  });
});

describe('contact reveals', () => {
  const id = () => t.ids.participations.e01!;
  const reveal = (client: Client, body?: unknown) => client.post(`/api/v1/participations/${id()}/contact/reveal`, body);

  it('requires a reason from the list, and a note for "other"', async () => {
    const xuzhou = await t.as('xuzhou');
    const none = await reveal(xuzhou, {});
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.reason' });
    expect((await reveal(xuzhou, { reason: 'curiosity' })).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'body.reason',
    });
    expect((await reveal(xuzhou, { reason: 'other' })).json()).toMatchObject({
      code: 'REASON_REQUIRED',
      field: 'note',
    });
    expect((await reveal(xuzhou, { reason: 'other', note: '   ' })).statusCode).toBe(400);
  });

  it('writes the reason and note to the trail', async () => {
    const since = await lastSeq();
    const response = await reveal(await t.as('xuzhou'), { reason: 'other', note: '核对走访名单' });
    expect(response.statusCode).toBe(200);
    expect(response.json().contactPhone).toBe('13600000001');
    const [entry] = await entriesSince(since, eq(auditTrail.action, 'participation.reveal_contact'));
    expect(entry).toMatchObject({
      actorUserId: await userId('xuzhou'),
      objectType: 'enterprise',
      detail: { participationId: id(), reason: 'other', note: '核对走访名单' },
    });
  });

  it('limits reveals per user per hour with 429 REVEAL_RATE_LIMITED, counted per user, and lets them again an hour later', async () => {
    t.ctx.contactRevealsPerHour = 3;
    try {
      t.clock.advance(2 * 3600_000); // earlier reveals of this file are out of the window
      const jiangsu = await t.as('jiangsu');
      for (let i = 0; i < 3; i++) expect((await reveal(jiangsu, { reason: 'arrange_visit' })).statusCode).toBe(200);
      const refused = await reveal(jiangsu, { reason: 'arrange_visit' });
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'REVEAL_RATE_LIMITED' });
      expect(refused.json().message).toContain('3');
      expect((await reveal(await t.as('xuzhou'), { reason: 'arrange_visit' })).statusCode).toBe(200); // another user is not affected
      const revealed = await t.ctx.database.db
        .select()
        .from(auditTrail)
        .where(
          and(
            eq(auditTrail.action, 'participation.reveal_contact'),
            eq(auditTrail.actorUserId, await userId('jiangsu')),
          ),
        );
      expect(revealed).toHaveLength(3); // the refused one revealed nothing
      t.clock.advance(3600_000 + 1000);
      expect((await reveal(await t.as('jiangsu'), { reason: 'arrange_visit' })).statusCode).toBe(200); // a new session: the old one timed out
    } finally {
      t.ctx.contactRevealsPerHour = 1000;
    }
  });

  it('records refused reveals aggregated, like other refusals', async () => {
    t.ctx.contactRevealsPerHour = 1;
    try {
      t.clock.advance(2 * 3600_000);
      await t.app.refusalTrail.flush();
      const fengxian = await t.as('fengxian');
      expect((await reveal(fengxian, { reason: 'verify_application' })).statusCode).toBe(200);
      const since = await lastSeq();
      for (let i = 0; i < 30; i++)
        expect((await reveal(fengxian, { reason: 'verify_application' })).statusCode).toBe(429);
      const entries = await entriesSince(since);
      expect(entries.map((e) => [e.action, e.detail])).toEqual([
        ['access.denied', { code: 'REVEAL_RATE_LIMITED', status: 429 }],
      ]);
    } finally {
      t.ctx.contactRevealsPerHour = 1000;
    }
  });
});
