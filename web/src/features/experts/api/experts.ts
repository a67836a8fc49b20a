/** The acting body's assistance experts (with its managers) and the expert profile writes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { ExpertDetail, ExpertList, SaveExpertProfileRequest } from '../../../lib/api-types';

export const EXPERTS_KEY = ['experts'] as const;
const path = (id: string) => `/api/v1/experts/${encodeURIComponent(id)}`;

export function useExperts(enabled = true) {
  return useQuery({ queryKey: EXPERTS_KEY, queryFn: () => apiGet<ExpertList>('/api/v1/experts'), enabled });
}

export function useExpert(id: string | undefined) {
  return useQuery({
    queryKey: ['expert', id],
    queryFn: () => apiGet<ExpertDetail>(path(id ?? '')),
    enabled: Boolean(id),
  });
}

export function useSaveExpertProfile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveExpertProfileRequest) => apiPost<ExpertDetail>(`${path(id)}/profile`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(['expert', id], detail);
      void queryClient.invalidateQueries({ queryKey: EXPERTS_KEY });
      // a changed profile changes what the matcher may propose
      void queryClient.invalidateQueries({ queryKey: ['proposal'] });
    },
  });
}
