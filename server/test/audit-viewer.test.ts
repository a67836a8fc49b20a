/** The audit viewer (R19): names instead of ids, filters, the export and its own trail entry; only audit_admin. */
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/platform/auth/identity.table.js';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function userId(username: string): Promise<string> {
  const [row] = await t.ctx.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

async function sheetRows(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

interface Entry {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  actorOrganizationName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  objectName: string | null;
  hash: string;
  prevHash: string;
  detail: Record<string, unknown>;
}

const RAW_CODE = /^[a-z]+(?:[._][a-z]+)+$/;

describe('audit viewer', () => {
  it('names the actor, the organization and the object of each entry, with the full hashes', async () => {
    const auditor = await t.as('auditadmin');
    const page = (await auditor.get('/api/v1/audit/entries?action=participation.apply&pageSize=200')).json();
    expect(page.total).toBeGreaterThan(0);
    for (const entry of page.items as Entry[]) {
      expect(entry.action).toBe('participation.apply');
      expect(entry.objectType).toBe('participation');
      expect(entry.objectName).toMatch(/ · /); // enterprise · campaign
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.prevHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const withActor = (await auditor.get('/api/v1/audit/entries?action=working_group.create')).json().items as Entry[];
    expect(withActor.length).toBeGreaterThan(0);
    for (const entry of withActor) {
      expect(entry.actorName).toBeTruthy();
      expect(entry.actorOrganizationName).toBeTruthy();
      expect(entry.objectName).toBeTruthy();
    }
    // the chain: each entry's previous hash is the hash of the entry before it
    const all = (await auditor.get('/api/v1/audit/entries?pageSize=10')).json().items as Entry[];
    expect(all[0]!.prevHash).toBe(all[1]!.hash);
  });

  it('filters by actor, date range, action, object and outcome, and says how many match', async () => {
    const auditor = await t.as('auditadmin');
    const everything = (await auditor.get('/api/v1/audit/entries?pageSize=1')).json().total as number;
    const xuzhou = await userId('xuzhou');
    const byActor = (await auditor.get(`/api/v1/audit/entries?actorUserId=${xuzhou}&pageSize=200`)).json();
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.total).toBeLessThan(everything);
    expect((byActor.items as Entry[]).every((e) => e.actorUserId === xuzhou)).toBe(true);

    const newest = (byActor.items as Entry[])[0]!;
    // the day of the newest entry in China time
    const day = new Date(new Date(newest.occurredAt).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const oneDay = (
      await auditor.get(`/api/v1/audit/entries?actorUserId=${xuzhou}&from=${day}&to=${day}&pageSize=200`)
    ).json();
    expect(oneDay.total).toBeGreaterThan(0);
    expect(oneDay.total).toBeLessThanOrEqual(byActor.total);
    const start = new Date(`${day}T00:00:00+08:00`).getTime();
    for (const e of oneDay.items as Entry[]) {
      expect(new Date(e.occurredAt).getTime()).toBeGreaterThanOrEqual(start);
      expect(new Date(e.occurredAt).getTime()).toBeLessThan(start + 86_400_000);
    }
    const before = (await auditor.get(`/api/v1/audit/entries?to=2000-01-01`)).json();
    expect(before.total).toBe(0);

    const reversed = await auditor.get('/api/v1/audit/entries?from=2026-06-02&to=2026-06-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().code).toBe('AUDIT_PERIOD_REVERSED');
    expect((await auditor.get('/api/v1/audit/entries?action=made.up')).statusCode).toBe(400);
    expect((await auditor.get('/api/v1/audit/entries?actorUserId=nope')).statusCode).toBe(400);

    const e01 = t.ids.participations.e01;
    const byObject = (await auditor.get(`/api/v1/audit/entries?objectType=participation&objectId=${e01}`)).json();
    expect(byObject.total).toBeGreaterThan(3);
    expect((byObject.items as Entry[]).every((e) => e.objectId === e01 && e.objectType === 'participation')).toBe(true);
    expect(new Set((byObject.items as Entry[]).map((e) => e.objectName)).size).toBe(1);

    const denied = (await auditor.get('/api/v1/audit/entries?outcome=denied&pageSize=200')).json();
    expect((denied.items as Entry[]).every((e) => (e as unknown as { outcome: string }).outcome === 'denied')).toBe(
      true,
    );
  });

  it('records each read with its filters', async () => {
    const auditor = await t.as('auditadmin');
    await auditor.get('/api/v1/audit/entries?action=auth.login&outcome=failure');
    const [read] = (await auditor.get('/api/v1/audit/entries?action=audit.read_entries&pageSize=1')).json()
      .items as Entry[];
    expect(read!.detail).toMatchObject({ action: 'auth.login', outcome: 'failure' });
    expect(read!.objectName).toBeNull();
  });

  it('lists the actors by name for the actor filter', async () => {
    const auditor = await t.as('auditadmin');
    const actors = (await auditor.get('/api/v1/audit/actors')).json().items as Array<{
      userId: string;
      name: string;
      organizationName: string | null;
    }>;
    const xuzhou = await userId('xuzhou');
    expect(actors.find((a) => a.userId === xuzhou)).toMatchObject({ name: expect.any(String) });
    expect(new Set(actors.map((a) => a.userId)).size).toBe(actors.length);
  });

  it('exports the filtered entries with readable headers and values, and records the export', async () => {
    const auditor = await t.as('auditadmin');
    const xuzhou = await userId('xuzhou');
    const query = `actorUserId=${xuzhou}`;
    const total = (await auditor.get(`/api/v1/audit/entries?${query}&pageSize=1`)).json().total as number;
    const response = await auditor.get(`/api/v1/audit/entries.xlsx?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('审计日志'));
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]).toEqual([
      '序号',
      '时间',
      '操作人',
      '所属单位',
      '身份',
      '动作',
      '对象类型',
      '对象名称',
      '对象标识',
      '结果',
      '哈希',
      '前一条哈希',
    ]);
    expect(rows.length - 1).toBe(total);
    for (const row of rows.slice(1)) {
      for (const cell of [row[2], row[4], row[5], row[6], row[9]]) {
        expect(typeof cell === 'string' ? cell : '').not.toMatch(RAW_CODE);
      }
      expect(String(row[10])).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(rows.slice(1).some((r) => r[5] === '确定入选')).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['市场监管部门']));

    const [exported] = (await auditor.get('/api/v1/audit/entries?action=audit.export&pageSize=1')).json()
      .items as Entry[];
    expect(exported!.detail).toEqual({ filters: { actorUserId: xuzhou } });

    const en = await sheetRows(
      (await auditor.get(`/api/v1/audit/entries.xlsx?action=participation.select`, { 'accept-language': 'en-US' }))
        .rawPayload,
    );
    expect(en[0]![0]).toBe('Seq');

    // the trail's own entries: named, without their internal ids
    const reads = await sheetRows(
      (await auditor.get('/api/v1/audit/entries.xlsx?action=audit.read_entries')).rawPayload,
    );
    expect(reads.length).toBeGreaterThan(1);
    for (const row of reads.slice(1)) {
      expect(row[6]).toBe('审计日志');
      expect(row[7]).toBe('审计记录');
      expect(row[8] ?? null).toBeNull();
    }
    expect(en.slice(1).every((r) => r[5] === 'Selected')).toBe(true);
  });

  it('refuses everyone but the audit administrator', async () => {
    for (const persona of ['xuzhou', 'sysadmin', 'secadmin'])
      for (const url of ['/api/v1/audit/entries', '/api/v1/audit/entries.xlsx', '/api/v1/audit/actors'])
        expect((await (await t.as(persona)).get(url)).statusCode).toBe(403);
  });
});
