/** The implementation records (003 §6.7) through the implementation contract: the overview and its writes. */
import { useQueryClient } from '@tanstack/react-query';
import { implementation, type ImplementationOverview } from '../../../../../contracts/implementation';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const implementationKeys = queryKeys(implementation);
export const implementationKey = (id: string) => implementationKeys.of(implementation.overview, { params: { id } });

export function useImplementation(id: string, enabled = true) {
  return useApiQuery(implementation.overview, { params: { id } }, { enabled });
}

/** A write answers the overview: it replaces the cached one; the 一企一档 (its timeline, its stage) refreshes. */
function useOverviewUpdate(id: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (overview: ImplementationOverview) => queryClient.setQueryData(implementationKey(id), overview),
    invalidates: [['participations'], ['notifications']],
  };
}

export const useSaveTeam = (id: string) => useApiMutation(implementation.saveTeam, useOverviewUpdate(id));
export const useStartOperation = (id: string) => useApiMutation(implementation.startOperation, useOverviewUpdate(id));
export const useAddRecord = (id: string) => useApiMutation(implementation.addRecord, useOverviewUpdate(id));
export const useLogIssue = (id: string) => useApiMutation(implementation.logIssue, useOverviewUpdate(id));
export const useResolveIssue = (id: string) => useApiMutation(implementation.resolveIssue, useOverviewUpdate(id));
