import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { AdminUser } from '../../../lib/api-types';

export function useUsers() {
  return useQuery({
    queryKey: ['admin-users'],
    queryFn: () => apiGet<{ items: AdminUser[] }>('/api/v1/admin/users').then((r) => r.items),
  });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<void>(`/api/v1/admin/users/${encodeURIComponent(id)}/unlock`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
  });
}
