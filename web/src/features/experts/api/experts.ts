/** The acting body's assistance experts (with its managers) and the expert profile writes, through their contract. */
import { useQueryClient } from '@tanstack/react-query';
import { experts } from '../../../../../contracts/experts';
import { matching } from '../../../../../contracts/matching';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const expertKeys = queryKeys(experts);
/** Every cached list of the body's experts. */
export const EXPERTS_KEY = expertKeys.allOf(experts.list);

export function useExperts(enabled = true) {
  return useApiQuery(experts.list, {}, { enabled });
}

export function useExpert(id: string | undefined) {
  return useApiQuery(experts.detail, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
}

export function useSaveExpertProfile(id: string) {
  const queryClient = useQueryClient();
  return useApiMutation(experts.saveProfile, {
    onSuccess: (detail) => {
      queryClient.setQueryData(expertKeys.of(experts.detail, { params: { id } }), detail);
      void queryClient.invalidateQueries({ queryKey: EXPERTS_KEY });
      // a changed profile changes what the matcher may propose
      void queryClient.invalidateQueries({ queryKey: queryKeys(matching).allOf(matching.proposal) });
    },
  });
}
