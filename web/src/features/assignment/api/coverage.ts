/** A campaign's assignment coverage: by region and body, bodies, unassigned enterprises, workload. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Coverage } from '../../../lib/api-types';

export function useCoverage(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: ['coverage', campaignId],
    queryFn: () => apiGet<Coverage>(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/assignment-coverage`),
    enabled,
  });
}
