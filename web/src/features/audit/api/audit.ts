import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { AuditPage, ChainVerification } from '../../../lib/api-types';

export interface AuditParams {
  page: number;
  pageSize: number;
  action?: string;
  objectId?: string;
}

export function useAuditEntries(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: () => apiGet<AuditPage>('/api/v1/audit/entries', { ...params }),
    placeholderData: keepPreviousData,
  });
}

/** A GET, but run on demand (the button), so it is modelled as a mutation. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => apiGet<ChainVerification>('/api/v1/audit/verify') });
}
