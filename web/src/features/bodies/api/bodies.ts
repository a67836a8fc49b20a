/** The certification bodies registry: list and registration. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { CertificationBody, CreateCertificationBodyRequest } from '../../../lib/api-types';

export function useCertificationBodies(enabled = true) {
  return useQuery({
    queryKey: ['certification-bodies'],
    queryFn: () => apiGet<{ items: CertificationBody[] }>('/api/v1/certification-bodies').then((r) => r.items),
    enabled,
  });
}

export function useRegisterBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCertificationBodyRequest) => apiPost<{ id: string }>('/api/v1/certification-bodies', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certification-bodies'] }),
  });
}
