/** The signed-in person's reminder preference (contracts/reminders.ts). */
import { reminders } from '../../../../../contracts/reminders';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

const reminderKeys = queryKeys(reminders);

export function useReminderPreference(enabled: boolean) {
  return useApiQuery(reminders.getPreference, {}, { enabled });
}

export function useSetReminderPreference() {
  return useApiMutation(reminders.setPreference, { invalidates: [reminderKeys.all] });
}
