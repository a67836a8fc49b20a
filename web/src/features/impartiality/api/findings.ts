/** The impartiality report: conflicts found, appointments refused and hard rules overridden. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { ImpartialityFindingList } from '../../../lib/api-types';

export function useImpartialityFindings(campaignId: string | undefined) {
  return useQuery({
    queryKey: ['impartiality-findings', campaignId ?? 'all'],
    queryFn: () =>
      apiGet<ImpartialityFindingList>('/api/v1/impartiality/findings', { campaignId }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}
