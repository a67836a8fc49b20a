/** Applications: a bureau's recommendation, and the public registration form (no login). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { ApplicationBody, ApplicationCreated, PublicCampaign, RecommendBody } from '../../../lib/api-types';

export function useRecommend(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendBody) =>
      apiPost<ApplicationCreated>(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/applications`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participations'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] });
    },
  });
}

export function usePublicCampaigns() {
  return useQuery({
    queryKey: ['public-campaigns'],
    queryFn: () => apiGet<{ items: PublicCampaign[] }>('/api/v1/public/campaigns').then((r) => r.items),
  });
}

export function usePublicApply(campaignId: string) {
  return useMutation({
    mutationFn: (body: ApplicationBody) =>
      apiPost<ApplicationCreated>(`/api/v1/public/campaigns/${encodeURIComponent(campaignId)}/applications`, body),
  });
}
