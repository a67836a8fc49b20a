/** The signed-in person's choice of reminder emails (ADR 0042): each at once, a daily digest, or in the platform only. */
import { z } from 'zod';
import { defineContract } from './endpoint.js';
import { EMAIL_MODES } from '../domain/reminders/reminders.js';

export const EmailMode = z.enum(EMAIL_MODES).describe('immediate | digest | in_app');

export const ReminderPreference = z
  .object({
    emailMode: EmailMode,
    /** Where emails go; null when the account has no address (then no email is sent). */
    email: z.string().nullable(),
  })
  .meta({ id: 'ReminderPreference' });
export type ReminderPreference = z.infer<typeof ReminderPreference>;

export const SetReminderPreference = z.strictObject({ emailMode: EmailMode });

export const reminders = defineContract('reminders', {
  getPreference: {
    method: 'GET',
    path: '/api/v1/me/reminder-preference',
    permission: 'notification:read',
    summary: 'How the caller receives deadline reminders',
    answer: ReminderPreference,
    errors: [],
  },
  setPreference: {
    method: 'POST',
    path: '/api/v1/me/reminder-preference',
    permission: 'notification:read',
    summary: 'Choose how the caller receives deadline reminders',
    body: SetReminderPreference,
    answer: ReminderPreference,
    errors: [],
  },
});
