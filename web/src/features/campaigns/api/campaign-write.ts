/** Campaign writes: create, update (version-checked), kick-off record and certification body selection. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';
import type {
  CreateCampaignRequest,
  KickOffRequest,
  SelectBodyRequest,
  UpdateCampaignRequest,
} from '../../../lib/api-types';

const path = (id: string) => `/api/v1/campaigns/${encodeURIComponent(id)}`;

function useCampaignInvalidation() {
  const queryClient = useQueryClient();
  return (id?: string) => {
    void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    void queryClient.invalidateQueries({ queryKey: id ? ['campaign', id] : ['campaign'] });
  };
}

export function useCreateCampaign() {
  const invalidate = useCampaignInvalidation();
  return useMutation({
    mutationFn: (body: CreateCampaignRequest) => apiPost<{ id: string }>('/api/v1/campaigns', body),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateCampaign(id: string) {
  const invalidate = useCampaignInvalidation();
  return useMutation({
    mutationFn: (body: UpdateCampaignRequest) => apiPost<void>(path(id), body),
    onSuccess: () => invalidate(),
  });
}

export function useRecordKickOff(id: string) {
  const invalidate = useCampaignInvalidation();
  return useMutation({
    mutationFn: (body: KickOffRequest) => apiPost<{ id: string }>(`${path(id)}/kick-offs`, body),
    onSuccess: () => invalidate(id),
  });
}

export function useSelectBody(id: string) {
  const invalidate = useCampaignInvalidation();
  return useMutation({
    mutationFn: (body: SelectBodyRequest) => apiPost<void>(`${path(id)}/bodies`, body),
    onSuccess: () => invalidate(id),
  });
}
