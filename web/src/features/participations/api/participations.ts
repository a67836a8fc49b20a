/** Participation list and detail, stage commands, assignable experts and contact reveal. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type {
  AssignableExpert,
  CertificationCandidate,
  ParticipationDetail,
  ParticipationList,
  RevealedContact,
  RevealRequest,
  TransitionRequest,
} from '../../../lib/api-types';

export interface ParticipationListParams {
  page: number;
  pageSize: number;
  campaignId?: string;
  regionCode?: string;
  stage?: string;
  industryCode?: string;
  q?: string;
}

export function useParticipationList(params: ParticipationListParams) {
  return useQuery({
    queryKey: ['participations', params],
    queryFn: () => apiGet<ParticipationList>('/api/v1/participations', { ...params }),
    placeholderData: keepPreviousData,
  });
}

export function participationKey(id: string | undefined) {
  return ['participation', id] as const;
}

export function useParticipation(id: string | undefined) {
  return useQuery({
    queryKey: participationKey(id),
    queryFn: () => apiGet<ParticipationDetail>(`/api/v1/participations/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) =>
      apiPost<ParticipationDetail>(`/api/v1/participations/${encodeURIComponent(id)}/transitions`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(participationKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['participations'] });
      void queryClient.invalidateQueries({ queryKey: ['campaign'] });
      void queryClient.invalidateQueries({ queryKey: ['assignable-experts'] });
    },
  });
}

export function useAssignableExperts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['assignable-experts', id],
    queryFn: () =>
      apiGet<{ items: AssignableExpert[] }>(`/api/v1/participations/${encodeURIComponent(id)}/assignable-experts`).then(
        (r) => r.items,
      ),
    enabled,
  });
}

export function useCertificationCandidates(id: string) {
  return useQuery({
    queryKey: ['certification-candidates', id],
    queryFn: () =>
      apiGet<{ items: CertificationCandidate[] }>(
        `/api/v1/participations/${encodeURIComponent(id)}/certification-candidates`,
      ).then((r) => r.items),
  });
}

export function useRevealContact(id: string) {
  return useMutation({
    mutationFn: (request: RevealRequest) =>
      apiPost<RevealedContact>(`/api/v1/participations/${encodeURIComponent(id)}/contact/reveal`, request),
  });
}
