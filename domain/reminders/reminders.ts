/**
 * Reminders of deadlines (issue: reminders and notifications): which deadlines remind whom, and when.
 *
 * A deadline has a due date; each kind has its lead times in days before it. A lead's reminder is made once, on any
 * day from its lead up to the day before the next (shorter) lead starts, so a server that was down on the exact day
 * still reminds, and a missed week-before reminder is not sent after the on-the-day one is due. Nothing is made
 * after the due date: overdue items are flagged by their own capabilities (domain/implementation, certification).
 *
 * Lead times chosen (ADR 0042): seven days before and on the day for every kind; a surveillance audit is also
 * announced 30 days ahead, as the body has to plan a visit (17021-1 §9.6.2).
 */
import { operationCompleteOn } from '../lifecycle/operation-period.js';
import { isWithinRegion } from '../regions/region-code.js';

export const REMINDER_KINDS = [
  'nc_due', // 003 §6.8.1: a nonconformity's corrective action is due
  'surveillance_due', // 17021-1 §9.6.2 (domain/certification): the next surveillance or recertification is due
  'operation_gate', // 003 §6.7/§6.8; 000 §二(4): three months of operation reached, the internal audit may be planned
  'report_due', // 001 §四; 004: a stage report is due to the campaign's bureau
  'evaluation', // 003 §6.9.3: the acceptance evaluation starts
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Days before the due date, longest first; 0 is the day itself. */
export const LEAD_DAYS: Record<ReminderKind, readonly number[]> = {
  nc_due: [7, 0],
  surveillance_due: [30, 7, 0],
  operation_gate: [7, 0],
  report_due: [7, 0],
  evaluation: [7, 0],
};

/** Who hears of a kind: the enterprise, its certification body, its assisting experts, the reporting bureaus, the panel. */
export type RecipientRole = 'enterprise' | 'body' | 'experts' | 'reporting_bureaus' | 'panel';

export const RECIPIENTS: Record<ReminderKind, readonly RecipientRole[]> = {
  // 003 §6.8.1: the enterprise corrects, the assisting expert follows the corrective action
  nc_due: ['enterprise', 'experts'],
  // the certified enterprise is audited, the certifying body audits
  surveillance_due: ['enterprise', 'body'],
  // 003 §6.8: the expert may plan the internal audit with the enterprise
  operation_gate: ['experts'],
  // 001 §四: each bureau reports to the one above
  report_due: ['reporting_bureaus'],
  // 003 §6.9.3: the enterprise receives the panel, its members evaluate
  evaluation: ['enterprise', 'panel'],
};

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return new Date((epochDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The longest lead of any kind: how far ahead a run looks. */
export const LOOK_AHEAD_DAYS = Math.max(...Object.values(LEAD_DAYS).flat());

/** Whole days from `today` to `dueOn` (negative when past). */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round(epochDay(dueOn) - epochDay(today));
}

/**
 * The lead whose reminder is due on `today` for a deadline on `dueOn`, or null. Lead L covers the days from L
 * before the due date down to one day before the next lead; the last lead (0) covers the due date only.
 */
export function activeLead(kind: ReminderKind, dueOn: string, today: string): number | null {
  const left = daysUntil(dueOn, today);
  if (left < 0) return null;
  const leads = LEAD_DAYS[kind];
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i]!;
    const next = leads[i + 1];
    if (left <= lead && (next === undefined || left > next)) return lead;
  }
  return null;
}

/** A deadline as the data holds it: its kind, the record it belongs to and the date. */
export interface Deadline {
  kind: ReminderKind;
  /** The row the deadline is on (a finding, a certificate, a participation, a campaign phase, a panel). */
  subjectId: string;
  dueOn: string;
}

/** The stable key of one reminder: the same deadline, date and lead always give the same key (made once). */
export function reminderKey(deadline: Deadline, lead: number): string {
  return `${deadline.kind}:${deadline.subjectId}:${deadline.dueOn}:${lead}`;
}

export interface DueReminder extends Deadline {
  lead: number;
  key: string;
}

/** The reminders due today among the deadlines, one per deadline at most. */
export function remindersDue(deadlines: readonly Deadline[], today: string): DueReminder[] {
  const due: DueReminder[] = [];
  for (const d of deadlines) {
    const lead = activeLead(d.kind, d.dueOn, today);
    if (lead !== null) due.push({ ...d, lead, key: reminderKey(d, lead) });
  }
  return due;
}

/** 003 §6.7/§6.8; 000 §二(4): the operation gate is the day three calendar months of operation are complete. */
export function operationGateOn(operationStartedOn: string): string {
  return operationCompleteOn(operationStartedOn);
}

/**
 * 001 §四: the bureaus that report to a campaign's bureau are those inside its region with no other bureau between
 * (a county reports to its city, or to the province when the city has no bureau, as in a municipality).
 */
export function reportingBureaus<B extends { regionCode: string }>(campaignRegion: string, bureaus: readonly B[]): B[] {
  const below = bureaus.filter((b) => b.regionCode !== campaignRegion && isWithinRegion(b.regionCode, campaignRegion));
  return below.filter(
    (b) => !below.some((o) => o.regionCode !== b.regionCode && isWithinRegion(b.regionCode, o.regionCode)),
  );
}

/** How a person wants reminders by email: each as it comes, once a day gathered, or only in the platform. */
export const EMAIL_MODES = ['immediate', 'digest', 'in_app'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
/** ADR 0042: a deadline is worth a mail; a person with an email address gets them until they choose otherwise. */
export const DEFAULT_EMAIL_MODE: EmailMode = 'immediate';

/** The hour (China time, 0–23) the daily digest goes out; configurable, 8:00 by default. */
export const DEFAULT_DIGEST_HOUR = 8;

/** An outgoing email is given up after this many failed attempts. */
export const MAX_SEND_ATTEMPTS = 5;

/** The digest of `today` is due once the China-time hour has reached the digest hour. */
export function digestDue(chinaHour: number, digestHour: number): boolean {
  return chinaHour >= digestHour;
}

/**
 * The slot a scheduled run belongs to: every server with the same interval computes the same slot for the same
 * moment, so a slot's run is claimed once whichever server ticks first.
 */
export function runSlot(at: Date, intervalMs: number): string {
  return String(Math.floor(at.getTime() / intervalMs));
}
