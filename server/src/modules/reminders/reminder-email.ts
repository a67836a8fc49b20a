/**
 * A reminder's email in the words of the locale catalogs (web/src/locales): Chinese first, then English, naming
 * the deadline, what it concerns (the enterprise or the campaign) and the date; no internal code.
 */
import { catalog } from '../../platform/i18n/messages.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { REMINDER_KINDS, type ReminderKind } from '../../../../domain/reminders/reminders.js';

export interface ReminderLine {
  kind: string;
  dueOn: string;
  /** Days from the day the mail is written to the due date (0: today). */
  daysLeft: number;
  enterpriseName: string | null;
  campaignName: string | null;
}

const LOCALES: Locale[] = ['zh-CN', 'en-US'];

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

function words(locale: Locale) {
  return catalog(locale).reminders.email;
}

function whatOf(locale: Locale, kind: string): string {
  const what = words(locale).what as Record<ReminderKind, string>;
  return (REMINDER_KINDS as readonly string[]).includes(kind)
    ? what[kind as ReminderKind]
    : catalog(locale).notification.kind.other;
}

function subjectOf(locale: Locale, line: ReminderLine): string {
  return line.enterpriseName ?? line.campaignName ?? words(locale).noSubject;
}

function itemOf(locale: Locale, line: ReminderLine): string {
  const w = words(locale);
  const when =
    line.daysLeft <= 0
      ? fill(w.today, { date: line.dueOn })
      : fill(w.inDays, { date: line.dueOn, days: line.daysLeft });
  return fill(w.item, { what: whatOf(locale, line.kind), subject: subjectOf(locale, line), when });
}

/** One reminder's mail. */
export function reminderEmail(line: ReminderLine): { subject: string; text: string } {
  const subject = LOCALES.map((l) =>
    fill(words(l).subject, { what: whatOf(l, line.kind), subject: subjectOf(l, line) }),
  ).join(' / ');
  const text = LOCALES.map((l) => [words(l).intro, '', itemOf(l, line), '', words(l).footer].join('\n')).join(
    '\n\n——\n\n',
  );
  return { subject, text };
}

/** The day's digest: every reminder of one person in one mail. */
export function digestEmail(lines: readonly ReminderLine[]): { subject: string; text: string } {
  const subject = LOCALES.map((l) => fill(words(l).digestSubject, { count: lines.length })).join(' / ');
  const text = LOCALES.map((l) =>
    [words(l).digestIntro, '', ...lines.map((line, i) => `${i + 1}. ${itemOf(l, line)}`), '', words(l).footer].join(
      '\n',
    ),
  ).join('\n\n——\n\n');
  return { subject, text };
}
