/** A participation's eligibility screening, its recording, the figure correction and the waiting list. */
import { useQueryClient } from '@tanstack/react-query';
import { participations } from '../../../../../contracts/participations';
import { screening, type ScreeningView } from '../../../../../contracts/screening';
import { queryKeyOf, queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const screeningKeys = queryKeys(screening);
export const screeningKey = (id: string) => screeningKeys.of(screening.get, { params: { id } });

export function useScreening(id: string, enabled: boolean) {
  return useApiQuery(screening.get, { params: { id } }, { enabled });
}

/** Every write answers the screening as it now stands; some also move the participation's version on. */
function useScreeningWrite<
  E extends typeof screening.record | typeof screening.correctFigures | typeof screening.setWaitlisted,
>(endpoint: E, id: string, participationChanges: boolean) {
  const queryClient = useQueryClient();
  return useApiMutation(endpoint, {
    onSuccess: (view) => {
      queryClient.setQueryData<ScreeningView>(screeningKey(id), view as ScreeningView);
      // the participation's version moved on
      if (participationChanges)
        void queryClient.invalidateQueries({ queryKey: queryKeyOf(participations.detail, { params: { id } }) });
    },
  });
}

export const useRecordScreening = (id: string) => useScreeningWrite(screening.record, id, false);
export const useSetWaitlisted = (id: string) => useScreeningWrite(screening.setWaitlisted, id, true);
/** The bureau's recorded correction of the size figures; the size and the participation's version change. */
export const useCorrectFigures = (id: string) => useScreeningWrite(screening.correctFigures, id, true);
