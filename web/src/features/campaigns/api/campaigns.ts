/** The campaigns a caller sees and one campaign in full, through the campaigns contract. */
import { keepPreviousData } from '@tanstack/react-query';
import { campaigns } from '../../../../../contracts/campaigns';
import { queryKeys, useApiQuery } from '../../../lib/api-query';

export const campaignKeys = queryKeys(campaigns);

export interface CampaignListParams {
  page: number;
  pageSize: number;
  year?: number;
}

export function useCampaignList(params: CampaignListParams) {
  return useApiQuery(campaigns.list, { query: params }, { placeholderData: keepPreviousData });
}

export function useCampaign(id: string | undefined) {
  return useApiQuery(campaigns.get, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
}
