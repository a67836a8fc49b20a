/**
 * Reminders (ADR 0042): a run reads the deadlines of the coming days from their capabilities, makes each due
 * reminder once (its stable key), tells its recipients in the platform and queues one email per person who wants
 * it; the senders then send the immediate ones and, once a day, the digests. Every step is claimed in the database,
 * so several app servers on one PostgreSQL do each once; on PGlite the one process does the same.
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import { describeSendFailure, type DeliveryLog, type Sender } from '../../platform/delivery/messages.js';
import {
  addDays,
  DEFAULT_EMAIL_MODE,
  daysUntil,
  digestDue,
  LOOK_AHEAD_DAYS,
  MAX_SEND_ATTEMPTS,
  RECIPIENTS,
  remindersDue,
  reportingBureaus,
  runSlot,
  operationGateOn,
  type Deadline,
  type DueReminder,
  type EmailMode,
} from '../../../../domain/reminders/reminders.js';
import { openNcsDueBetween } from '../internal-audit/internal-audit.repository.js';
import { surveillancesDueBetween } from '../certification/certification.repository.js';
import { bureauOrganizations, reportDuePhasesBetween } from '../campaigns/campaigns.repository.js';
import { openPanelsStartingBetween } from '../evaluation/evaluation.repository.js';
import { operatingStartedBetween, reminderPartiesOf } from '../participations/participations.repository.js';
import { notifyMany } from '../notifications/notify.js';
import type { NewNotification } from '../notifications/notifications.repository.js';
import {
  claimDeliveries,
  claimRun,
  emailModeOf,
  emailModesOf,
  insertDeliveries,
  insertNewReminders,
  markAttemptFailed,
  markSent,
  markUndeliverable,
  organizationMembers,
  upsertEmailMode,
  usersWithOrganization,
  type ClaimedDelivery,
  type NewDelivery,
} from './reminders.repository.js';
import { digestEmail, reminderEmail, type ReminderLine } from './reminder-email.js';
import type { ReminderPreference } from '../../../../contracts/reminders.js';

export interface ReminderSettings {
  /** How often a server runs (the slot every server shares). */
  intervalMs: number;
  /** The China-time hour the daily digest goes out. */
  digestHour: number;
  /** The channels reminders go out through (email; SMS or WeChat when one is wired in). */
  senders: ReadonlyArray<Sender>;
  log: DeliveryLog;
}

/** A claimed email not finished within this long (its sender died) is taken again. */
const SEND_LEASE_MS = 10 * 60_000;
const BATCH = 50;

/** A deadline with who it concerns. */
interface Found extends Deadline {
  participationId: string | null;
  campaignId: string | null;
  bodyId?: string | null;
  bureauIds?: string[];
  panelUserIds?: string[];
}

async function deadlinesAround(tx: Executor, today: string): Promise<Found[]> {
  const to = addDays(today, LOOK_AHEAD_DAYS);
  const [ncs, surveillances, operating, phases, bureaus, panels] = await Promise.all([
    openNcsDueBetween(tx, today, to),
    surveillancesDueBetween(tx, today, to),
    // the gate is three calendar months (89–92 days) after the start: starts whose gate falls within the look-ahead
    operatingStartedBetween(tx, addDays(today, -93), addDays(today, LOOK_AHEAD_DAYS - 88)),
    reportDuePhasesBetween(tx, today, to),
    bureauOrganizations(tx),
    openPanelsStartingBetween(tx, today, to),
  ]);
  const found: Found[] = [];
  for (const n of ncs)
    if (n.dueOn)
      found.push({
        kind: 'nc_due',
        subjectId: n.id,
        dueOn: n.dueOn,
        participationId: n.participationId,
        campaignId: null,
      });
  for (const c of surveillances)
    if (c.dueOn)
      found.push({
        kind: 'surveillance_due',
        subjectId: c.id,
        dueOn: c.dueOn,
        participationId: c.participationId,
        campaignId: null,
        bodyId: c.bodyId,
      });
  for (const p of operating)
    if (p.startedOn)
      found.push({
        kind: 'operation_gate',
        subjectId: p.id,
        dueOn: operationGateOn(p.startedOn),
        participationId: p.id,
        campaignId: null,
      });
  const withRegion = bureaus.filter((b): b is { id: string; regionCode: string } => b.regionCode !== null);
  for (const ph of phases)
    found.push({
      kind: 'report_due',
      subjectId: ph.id,
      dueOn: ph.dueOn,
      participationId: null,
      campaignId: ph.campaignId,
      bureauIds: reportingBureaus(ph.regionCode, withRegion).map((b) => b.id),
    });
  for (const p of panels)
    found.push({
      kind: 'evaluation',
      subjectId: p.id,
      dueOn: p.dueOn,
      participationId: p.participationId,
      campaignId: null,
      panelUserIds: p.memberUserIds,
    });
  return found;
}

type Addressee = { organizationId: string; userId: string | null };

/** Who hears of one reminder: organizations (their non-expert members) and persons. */
function addresseesOf(
  r: DueReminder & Found,
  party: { enterpriseId: string; bodyId: string | null; expertUserIds: string[] } | undefined,
  personOrg: Map<string, string>,
): Addressee[] {
  const out: Addressee[] = [];
  for (const role of RECIPIENTS[r.kind]) {
    if (role === 'enterprise' && party) out.push({ organizationId: party.enterpriseId, userId: null });
    if (role === 'body') {
      const body = r.bodyId ?? party?.bodyId ?? null;
      if (body) out.push({ organizationId: body, userId: null });
    }
    if (role === 'experts' && party)
      for (const u of party.expertUserIds) {
        const org = party.bodyId ?? personOrg.get(u);
        if (org) out.push({ organizationId: org, userId: u });
      }
    if (role === 'reporting_bureaus') for (const b of r.bureauIds ?? []) out.push({ organizationId: b, userId: null });
    if (role === 'panel')
      for (const u of r.panelUserIds ?? []) {
        const org = personOrg.get(u);
        if (org) out.push({ organizationId: org, userId: u });
      }
  }
  return out;
}

/**
 * The run of one slot: claims it (another server's claim of the same slot makes this a no-op), makes the due
 * reminders not made before, their notifications and their outbox rows, in one transaction.
 */
export async function makeReminders(
  ctx: AppContext,
  settings: Pick<ReminderSettings, 'intervalMs' | 'senders'>,
  now: Date = ctx.clock.now(),
): Promise<{ claimed: boolean; reminders: number; notifications: number; emails: number }> {
  const emailing = settings.senders.some((s) => s.configured);
  return ctx.database.db.transaction(async (tx) => {
    const slot = runSlot(now, settings.intervalMs);
    if (!(await claimRun(tx, 'reminders', slot, now)))
      return { claimed: false, reminders: 0, notifications: 0, emails: 0 };
    const today = chinaDate(now);
    const found = await deadlinesAround(tx, today);
    const due = remindersDue(found, today) as Array<DueReminder & Found>;
    const madeKeys = await insertNewReminders(
      tx,
      due.map((r) => ({
        key: r.key,
        kind: r.kind,
        subjectId: r.subjectId,
        dueOn: r.dueOn,
        lead: r.lead,
        participationId: r.participationId,
        campaignId: r.campaignId,
        createdAt: now,
      })),
    );
    const made = due.filter((r) => madeKeys.has(r.key));
    if (made.length === 0) return { claimed: true, reminders: 0, notifications: 0, emails: 0 };

    const parties = new Map(
      (
        await reminderPartiesOf(tx, [...new Set(made.map((r) => r.participationId).filter((x): x is string => !!x))])
      ).map((p) => [p.id, p]),
    );
    const persons = [
      ...new Set(
        made.flatMap((r) => [
          ...(r.panelUserIds ?? []),
          ...(parties.get(r.participationId ?? '')?.expertUserIds ?? []),
        ]),
      ),
    ];
    const personRows = await usersWithOrganization(tx, persons);
    const personOrg = new Map(personRows.map((p) => [p.userId, p.organizationId]));
    const personEmail = new Map(personRows.map((p) => [p.userId, p.email]));

    const perReminder = made.map((r) => {
      const party = parties.get(r.participationId ?? '');
      return { r, party, to: addresseesOf(r, party, personOrg) };
    });
    const orgIds = [
      ...new Set(perReminder.flatMap((x) => x.to.filter((a) => a.userId === null).map((a) => a.organizationId))),
    ];
    const members = await organizationMembers(tx, orgIds);

    const notifications: NewNotification[] = [];
    const emailTo = new Map<string, { key: string; userId: string }>();
    for (const { r, party, to } of perReminder) {
      for (const a of to) {
        notifications.push({
          organizationId: a.organizationId,
          userId: a.userId,
          kind: `reminder.${r.kind}`,
          campaignId: r.campaignId ?? party?.campaignId ?? null,
          participationId: r.participationId,
          params: { dueOn: r.dueOn, lead: r.lead },
          createdAt: now,
        });
        const people =
          a.userId === null
            ? members.filter((m) => m.organizationId === a.organizationId)
            : [{ userId: a.userId, email: personEmail.get(a.userId) ?? null }];
        for (const p of people) if (p.email) emailTo.set(`${r.key}|${p.userId}`, { key: r.key, userId: p.userId });
      }
    }
    await notifyMany(tx, notifications);

    let emails = 0;
    if (emailing && emailTo.size > 0) {
      const modes = await emailModesOf(tx, [...new Set([...emailTo.values()].map((e) => e.userId))]);
      const rows: NewDelivery[] = [];
      for (const e of emailTo.values()) {
        const mode = modes.get(e.userId) ?? DEFAULT_EMAIL_MODE;
        if (mode !== 'in_app') rows.push({ reminderKey: e.key, userId: e.userId, mode, createdAt: now });
      }
      emails = await insertDeliveries(tx, rows);
    }
    await appendAudit(tx, now, {
      actor: null,
      action: 'reminder.run',
      outcome: 'success',
      detail: { reminders: made.length, notifications: notifications.length, emails },
    });
    return { claimed: true, reminders: made.length, notifications: notifications.length, emails };
  });
}

function lineOf(d: ClaimedDelivery, today: string): ReminderLine {
  return {
    kind: d.kind,
    dueOn: d.dueOn,
    daysLeft: daysUntil(d.dueOn, today),
    enterpriseName: d.enterpriseName,
    campaignName: d.campaignName,
  };
}

/** Claimed rows out through the sender, then marked; a failure is one warn line without an address. */
async function deliver(
  ctx: AppContext,
  sender: Sender,
  settings: Pick<ReminderSettings, 'log'>,
  batches: Array<{ ids: string[]; email: string | null; message: { subject: string; text: string } }>,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const sent: string[] = [];
  const failed: string[] = [];
  const undeliverable: string[] = [];
  let firstFailure: unknown = null;
  for (const b of batches) {
    const address = sender.addressOf({ email: b.email });
    if (!address) {
      undeliverable.push(...b.ids);
      continue;
    }
    try {
      await sender.send(address, b.message);
      sent.push(...b.ids);
    } catch (error) {
      failed.push(...b.ids);
      firstFailure ??= error;
    }
  }
  if (firstFailure !== null)
    settings.log.warn(
      { ...describeSendFailure(firstFailure), failed: failed.length, channel: sender.channel },
      'reminder messages not sent; retried on the next run',
    );
  await ctx.database.db.transaction(async (tx) => {
    await markSent(tx, sent, now);
    await markAttemptFailed(tx, failed, MAX_SEND_ATTEMPTS);
    await markUndeliverable(tx, undeliverable);
    if (sent.length + failed.length > 0)
      await appendAudit(tx, now, {
        actor: null,
        action: 'reminder.send',
        outcome: failed.length > 0 ? 'failure' : 'success',
        detail: { channel: sender.channel, sent: sent.length, failed: failed.length },
      });
  });
  return { sent: sent.length, failed: failed.length };
}

/** The immediate emails waiting: claimed in a short transaction, sent outside it. */
export async function sendImmediate(
  ctx: AppContext,
  sender: Sender,
  settings: Pick<ReminderSettings, 'log'>,
  now: Date = ctx.clock.now(),
): Promise<{ sent: number; failed: number }> {
  const total = { sent: 0, failed: 0 };
  const today = chinaDate(now);
  for (;;) {
    const claimed = await ctx.database.db.transaction((tx) =>
      claimDeliveries(tx, 'immediate', now, SEND_LEASE_MS, BATCH),
    );
    if (claimed.length === 0) return total;
    const done = await deliver(
      ctx,
      sender,
      settings,
      claimed.map((d) => ({ ids: [d.id], email: d.email, message: reminderEmail(lineOf(d, today)) })),
      now,
    );
    total.sent += done.sent;
    total.failed += done.failed;
    if (claimed.length < BATCH || done.failed > 0) return total;
  }
}

/** Once a day from the digest hour: each person's waiting digest reminders in one mail (the day claimed once). */
export async function sendDigests(
  ctx: AppContext,
  sender: Sender,
  settings: Pick<ReminderSettings, 'log' | 'digestHour'>,
  now: Date = ctx.clock.now(),
): Promise<{ sent: number; failed: number }> {
  const chinaHour = new Date(now.getTime() + 8 * 3600_000).getUTCHours();
  if (!digestDue(chinaHour, settings.digestHour)) return { sent: 0, failed: 0 };
  const today = chinaDate(now);
  const claimed = await ctx.database.db.transaction(async (tx) => {
    if (!(await claimRun(tx, 'reminder-digest', today, now))) return [];
    return claimDeliveries(tx, 'digest', now, SEND_LEASE_MS, 10_000);
  });
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const byUser = new Map<string, ClaimedDelivery[]>();
  for (const d of claimed) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  return deliver(
    ctx,
    sender,
    settings,
    [...byUser.values()].map((rows) => ({
      ids: rows.map((r) => r.id),
      email: rows[0]!.email,
      message: digestEmail(rows.map((r) => lineOf(r, today))),
    })),
    now,
  );
}

/** One tick of the scheduler: make the slot's reminders, then send what waits. */
export async function runReminders(ctx: AppContext, settings: ReminderSettings, now: Date = ctx.clock.now()) {
  const made = await makeReminders(ctx, settings, now);
  const sent = { sent: 0, failed: 0 };
  for (const sender of settings.senders.filter((s) => s.configured)) {
    const a = await sendImmediate(ctx, sender, settings, now);
    const b = await sendDigests(ctx, sender, settings, now);
    sent.sent += a.sent + b.sent;
    sent.failed += a.failed + b.failed;
  }
  return { ...made, ...sent };
}

/** The scheduler in the app process: a tick every interval, never two at once, errors one warn line; stop() waits. */
export function startReminderScheduler(ctx: AppContext, settings: ReminderSettings): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runReminders(ctx, settings)
      .then(() => undefined)
      .catch((error: unknown) =>
        settings.log.warn(describeSendFailure(error), 'reminders run failed; tried again next interval'),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, settings.intervalMs);
  timer.unref();
  // the first run soon after start, not a whole interval later
  const first = setTimeout(tick, Math.min(settings.intervalMs, 2_000));
  first.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      if (running) await running;
    },
  };
}

/** The signed-in person's reminder preference, and whether they have an address for email. */
export async function getPreference(ctx: AppContext, actor: Actor): Promise<ReminderPreference> {
  const [mode, person] = await Promise.all([
    emailModeOf(ctx.database.db, actor.userId),
    usersWithOrganization(ctx.database.db, [actor.userId]),
  ]);
  const email = person[0]?.email ?? null;
  return { emailMode: mode ?? DEFAULT_EMAIL_MODE, email };
}

export async function setPreference(ctx: AppContext, actor: Actor, emailMode: EmailMode): Promise<ReminderPreference> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const before = await emailModeOf(tx, actor.userId);
    await upsertEmailMode(tx, actor.userId, emailMode, now);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'reminder.preference',
      objectType: 'user',
      objectId: actor.userId,
      outcome: 'success',
      before: { emailMode: before ?? DEFAULT_EMAIL_MODE },
      after: { emailMode },
    });
  });
  return getPreference(ctx, actor);
}
