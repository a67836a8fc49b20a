/** The organization's notifications: the unread count (polled) and the list, and marking one read. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { NotificationList } from '../../../lib/api-types';

const POLL_MS = 60_000;

export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => apiGet<NotificationList>('/api/v1/notifications', { unread: 1 }),
    enabled,
    refetchInterval: POLL_MS,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'all'],
    queryFn: () => apiGet<NotificationList>('/api/v1/notifications'),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<void>(`/api/v1/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
