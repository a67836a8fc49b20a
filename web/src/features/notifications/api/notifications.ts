/** The organization's notifications: the unread count (polled) and the list, and marking one read. */
import { notifications } from '../../../../../contracts/notifications';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

const POLL_MS = 60_000;

const notificationKeys = queryKeys(notifications);

export function useUnreadNotifications(enabled: boolean) {
  return useApiQuery(notifications.list, { query: { unread: '1' } }, { enabled, refetchInterval: POLL_MS });
}

export function useNotifications(enabled: boolean) {
  return useApiQuery(notifications.list, { query: {} }, { enabled });
}

export function useMarkRead() {
  return useApiMutation(notifications.markRead, { invalidates: [notificationKeys.all] });
}
