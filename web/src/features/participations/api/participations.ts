/** Participation list and detail, stage commands, the people a command names and the contact reveal. */
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { participations, type ParticipationListQuery } from '../../../../../contracts/participations';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const participationKeys = queryKeys(participations);

/** The list's page and filters as the URL holds them (the server applies the defaults). */
export type ParticipationListParams = Partial<ParticipationListQuery> & { page: number; pageSize: number };

/**
 * The campaign's cached views (detail, quotas, counts) change with a participation's stage.
 * ADR 0031: becomes `queryKeys(campaigns).all` once the campaigns capability has its contract.
 */
const CAMPAIGN_QUERIES = [['campaign'], ['campaigns']] as const;
/** `certify` writes the certificate the certification section shows (its capability's query keys). */
const CERTIFICATION_QUERIES = [['certification']] as const;

export function useParticipationList(params: ParticipationListParams) {
  return useApiQuery(participations.list, { query: params }, { placeholderData: keepPreviousData });
}

export function participationKey(id: string | undefined) {
  return participationKeys.of(participations.detail, { params: { id: id ?? '' } });
}

export function useParticipation(id: string | undefined) {
  return useApiQuery(participations.detail, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
}

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useApiMutation(participations.transition, {
    onSuccess: (detail) => queryClient.setQueryData(participationKey(id), detail),
    invalidates: [
      participationKeys.allOf(participations.list),
      participationKeys.allOf(participations.assignableExperts),
      ...CAMPAIGN_QUERIES,
      ...CERTIFICATION_QUERIES,
    ],
  });
}

export function useAssignableExperts(id: string, enabled: boolean) {
  return useApiQuery(
    participations.assignableExperts,
    { params: { id } },
    { enabled, select: (answer) => answer.items },
  );
}

export function useCertificationCandidates(id: string) {
  return useApiQuery(participations.certificationCandidates, { params: { id } }, { select: (answer) => answer.items });
}

export function useRevealContact(id: string) {
  return useApiMutation(participations.revealContact, {
    mutationKey: ['participations', 'revealContact', id],
  });
}
