/**
 * Reminders (ADR 0042): a run makes each due reminder once (in-app notification and one email per person who wants
 * it); a second run in the same slot does nothing, and a later slot does not make them again; the preference is
 * honoured (digest: one mail a day with the day's reminders; in-app only: no mail); a failing mail server leaves the
 * mail for the next run with one warn line without the address. Runs on PGlite and PostgreSQL.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestApp } from './helpers/test-app.js';
import { emailSender, type Mailer, type OutgoingMessage } from '../src/platform/delivery/messages.js';
import { users } from '../src/platform/auth/identity.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { makeReminders, runReminders, type ReminderSettings } from '../src/modules/reminders/reminders.service.js';
import { findRawIdentifiers } from '../../domain/text/raw-identifiers.js';

const sent: OutgoingMessage[] = [];
let failing = false;
const mailer: Mailer = {
  configured: true,
  async send(message) {
    if (failing) throw Object.assign(new Error(`550 <${message.to}> mailbox unavailable`), { responseCode: 550 });
    sent.push(message);
  },
};
const warnings: Array<{ fields: Record<string, unknown>; message: string }> = [];
const settings: ReminderSettings = {
  intervalMs: 3_600_000,
  digestHour: 8,
  senders: [emailSender(mailer)],
  log: { warn: (fields, message) => warnings.push({ fields, message }) },
};
const XUZHOU = 'xuzhou@example.cn';
const FENGXIAN = 'fengxian@example.cn';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  // test fixture: two bureau officers with an address (the demo's accounts have none)
  await t.ctx.database.db.update(users).set({ email: XUZHOU }).where(eq(users.username, 'xuzhou'));
  await t.ctx.database.db.update(users).set({ email: FENGXIAN }).where(eq(users.username, 'fengxian'));
});
afterAll(async () => {
  await t?.close();
});

const to = (address: string) => sent.filter((m) => m.to === address);

describe('a run of the reminders', () => {
  it('makes the due reminders once: the report due in 7 days reaches the reporting bureaus in the platform and by email', async () => {
    // the demo's walked campaigns have a stage report due on 30 November; today is 23 November (7 days before)
    const first = await runReminders(t.ctx, settings, new Date(TEST_NOW));
    expect(first.claimed).toBe(true);
    expect(first.reminders).toBeGreaterThan(0);
    expect(to(XUZHOU)).toHaveLength(1);
    expect(to(FENGXIAN)).toHaveLength(1);
    const mail = to(XUZHOU)[0]!;
    expect(mail.subject).toContain('阶段工作报告报送截止');
    expect(mail.subject.indexOf('阶段工作报告')).toBeLessThan(mail.subject.indexOf('stage report'));
    expect(mail.text).toContain('还有 7 天');
    expect(mail.text).toContain(t.calendar.day('2026-11-30'));
    expect(findRawIdentifiers(mail.subject + mail.text)).toEqual([]);

    const xuzhou = await t.as('xuzhou');
    const list = (await xuzhou.get('/api/v1/notifications')).json() as {
      items: Array<{ kind: string; params: Record<string, unknown>; campaignName: string | null }>;
    };
    const reminders = list.items.filter((n) => n.kind === 'reminder.report_due');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.params).toMatchObject({ dueOn: t.calendar.day('2026-11-30'), lead: 7 });
    // 江苏's own officer reports to nobody below it: no reminder for the province's report
    const jiangsu = (await (await t.as('jiangsu')).get('/api/v1/notifications')).json() as {
      items: Array<{ kind: string }>;
    };
    expect(jiangsu.items.filter((n) => n.kind === 'reminder.report_due')).toHaveLength(0);
  });

  it('a second run in the same slot does nothing; a later slot makes nothing again', async () => {
    const again = await runReminders(t.ctx, settings, new Date(TEST_NOW));
    expect(again).toMatchObject({ claimed: false, reminders: 0, sent: 0 });
    const later = await runReminders(t.ctx, settings, new Date(Date.parse(TEST_NOW) + 3 * 3_600_000));
    expect(later).toMatchObject({ claimed: true, reminders: 0, notifications: 0, emails: 0, sent: 0 });
    expect(to(XUZHOU)).toHaveLength(1);
    expect(to(FENGXIAN)).toHaveLength(1);
  });

  it('two runs of one slot at once make it once', async () => {
    const at = new Date(Date.parse(TEST_NOW) + 5 * 3_600_000);
    const both = await Promise.all([makeReminders(t.ctx, settings, at), makeReminders(t.ctx, settings, at)]);
    expect(both.filter((r) => r.claimed)).toHaveLength(1);
  });
});

describe('the preference', () => {
  it('is read and set by the person, audited', async () => {
    const fengxian = await t.as('fengxian');
    const before = await fengxian.get('/api/v1/me/reminder-preference');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ emailMode: 'immediate', email: FENGXIAN });
    const set = await fengxian.post('/api/v1/me/reminder-preference', { emailMode: 'in_app' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ emailMode: 'in_app', email: FENGXIAN });
    const bad = await fengxian.post('/api/v1/me/reminder-preference', { emailMode: 'sms' });
    expect(bad.statusCode).toBe(400);
    const xuzhou = await t.as('xuzhou');
    expect((await xuzhou.post('/api/v1/me/reminder-preference', { emailMode: 'digest' })).statusCode).toBe(200);
    const rows = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(eq(auditTrail.action, 'reminder.preference'));
    expect(rows).toHaveLength(2);
  });

  it('on the due day: in-app only gets no mail, the digest gathers the reminder into the day’s one mail', async () => {
    const dueDay = new Date(`${t.calendar.day('2026-11-30')}T01:00:00Z`); // 09:00 China time, after the digest hour
    const before = sent.length;
    const run = await runReminders(t.ctx, settings, dueDay);
    expect(run.reminders).toBeGreaterThan(0);
    expect(to(FENGXIAN)).toHaveLength(1); // still only last week's
    const digests = to(XUZHOU).slice(1);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toContain('今日期限提醒');
    expect(digests[0]!.text).toContain('（今天）');
    expect(sent.length - before).toBe(1);
    // the digest of the day goes once
    const later = await runReminders(t.ctx, settings, new Date(dueDay.getTime() + 3_600_000));
    expect(later.sent).toBe(0);
    // both bureaus have the on-the-day notification in the platform
    const fx = (await (await t.as('fengxian')).get('/api/v1/notifications')).json() as {
      items: Array<{ kind: string; params: Record<string, unknown> }>;
    };
    expect(fx.items.filter((n) => n.kind === 'reminder.report_due').map((n) => n.params.lead)).toEqual([0, 7]);
  });
});

describe('a mail server that refuses', () => {
  it('retries a refused mail on the next run and sends it once', async () => {
    const at = new Date(`${t.calendar.day('2026-12-20')}T02:00:00Z`);
    await t.ctx.database.db.execute(
      sql`insert into reminders (key, kind, subject_id, due_on, lead) values ('nc_due:00000000-0000-4000-8000-000000000001:2026-12-27:7', 'nc_due', '00000000-0000-4000-8000-000000000001', '2026-12-27', 7)`,
    );
    const [fx] = await t.ctx.database.db.select().from(users).where(eq(users.username, 'fengxian'));
    await t.ctx.database.db.execute(
      sql`insert into reminder_deliveries (reminder_key, user_id, mode) values ('nc_due:00000000-0000-4000-8000-000000000001:2026-12-27:7', ${fx!.id}, 'immediate')`,
    );
    failing = true;
    warnings.length = 0;
    const refused = await runReminders(t.ctx, settings, at);
    expect(refused.failed).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0])).not.toContain(FENGXIAN);
    expect(JSON.stringify(warnings[0])).toContain('550');
    failing = false;
    const before = to(FENGXIAN).length;
    const retried = await runReminders(t.ctx, settings, new Date(at.getTime() + 3_600_000));
    expect(retried.sent).toBe(1);
    expect(to(FENGXIAN).length - before).toBe(1);
    const again = await runReminders(t.ctx, settings, new Date(at.getTime() + 2 * 3_600_000));
    expect(again.sent).toBe(0);
  });
});

describe('each kind of deadline reaches its recipients in the platform', () => {
  const rowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const addDay = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  /** Runs a week before `dueOn` (10:00 China time) in a slot of its own. */
  const runWeekBefore = (dueOn: string) =>
    makeReminders(t.ctx, { intervalMs: 60_000, senders: [] }, new Date(`${addDay(dueOn, -7)}T02:00:00Z`));
  const told = (kind: string, dueOn: string) =>
    rowsOf<{ organization_id: string; user_id: string | null }>(
      sql`select organization_id, user_id from notifications where kind = ${`reminder.${kind}`} and params->>'dueOn' = ${dueOn}`,
    );

  it('an open nonconformity: the enterprise and its assisting expert', async () => {
    const [nc] = await rowsOf<{ id: string; due_on: string; enterprise_id: string; expert: string }>(
      sql`select f.id, f.due_on::text as due_on, p.enterprise_id, e.expert_user_id as expert
          from audit_findings f join participations p on p.id = f.participation_id
          join participation_experts e on e.participation_id = p.id and e.to_on is null
          where f.grade <> 'observation' and f.due_on is not null order by f.id limit 1`,
    );
    expect(nc, 'the demo has a nonconformity with a due date at an assisted enterprise').toBeDefined();
    // fixture: the demo's nonconformities are all closed (their audits completed); this one is taken as still open
    await t.ctx.database.db.execute(sql`update audit_findings set closed_on = null where id = ${nc!.id}`);
    await runWeekBefore(nc!.due_on);
    const rows = await told('nc_due', nc!.due_on);
    expect(rows).toContainEqual({ organization_id: nc!.enterprise_id, user_id: null });
    expect(rows.map((r) => r.user_id)).toContain(nc!.expert);
  });

  it('a surveillance due: the enterprise and the certifying body', async () => {
    const [c] = await rowsOf<{ due_on: string; enterprise_id: string; body_id: string }>(
      sql`select c.next_due_on::text as due_on, p.enterprise_id, c.body_id
          from certificates c join participations p on p.id = c.participation_id
          where c.next_due_on is not null and c.body_id is not null limit 1`,
    );
    expect(c, 'the demo has a certificate with a next surveillance').toBeDefined();
    await runWeekBefore(c!.due_on);
    const rows = await told('surveillance_due', c!.due_on);
    expect(rows).toContainEqual({ organization_id: c!.enterprise_id, user_id: null });
    expect(rows).toContainEqual({ organization_id: c!.body_id, user_id: null });
  });

  it('the operation gate: the assisting expert personally', async () => {
    const [p] = await rowsOf<{ started_on: string; body_id: string; expert: string }>(
      sql`select p.operation_started_on::text as started_on, p.certification_body_id as body_id, e.expert_user_id as expert
          from participations p join participation_experts e on e.participation_id = p.id and e.to_on is null
          where p.stage = 'operating' and p.operation_started_on is not null and p.internal_audit_on is null limit 1`,
    );
    expect(p, 'the demo has an operating enterprise with an expert').toBeDefined();
    const { operationGateOn } = await import('../../domain/reminders/reminders.js');
    const gate = operationGateOn(p!.started_on);
    await runWeekBefore(gate);
    expect(await told('operation_gate', gate)).toContainEqual({ organization_id: p!.body_id, user_id: p!.expert });
  });

  it('an evaluation starting: the enterprise and each member of the panel', async () => {
    const [panel] = await rowsOf<{ id: string; due_on: string; enterprise_id: string; leader: string }>(
      sql`select ep.id, ep.starts_on::text as due_on, p.enterprise_id, ep.leader_user_id as leader
          from evaluation_panels ep join participations p on p.id = ep.participation_id where ep.status = 'open' limit 1`,
    );
    expect(panel, 'the demo has an open panel').toBeDefined();
    await runWeekBefore(panel!.due_on);
    const rows = await told('evaluation', panel!.due_on);
    expect(rows).toContainEqual({ organization_id: panel!.enterprise_id, user_id: null });
    expect(rows.map((r) => r.user_id)).toContain(panel!.leader);
  });
});
