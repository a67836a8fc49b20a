import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { CampaignDetail, CampaignList } from '../../../lib/api-types';

export interface CampaignListParams {
  page: number;
  pageSize: number;
  year?: number;
}

export function useCampaignList(params: CampaignListParams) {
  return useQuery({
    queryKey: ['campaigns', params],
    queryFn: () => apiGet<CampaignList>('/api/v1/campaigns', { ...params }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: ['campaign', id],
    queryFn: () => apiGet<CampaignDetail>(`/api/v1/campaigns/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}
