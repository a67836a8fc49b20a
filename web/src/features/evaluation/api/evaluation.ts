/** The acceptance evaluation through its contract: the panel, the raters' C.1 tables, sign-off and reopening. */
import { useQueryClient } from '@tanstack/react-query';
import { evaluation, type EvaluationView } from '../../../../../contracts/evaluation';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const evaluationKeys = queryKeys(evaluation);
const viewKey = (id: string) => evaluationKeys.of(evaluation.view, { params: { id } });

export const useEvaluation = (id: string) => useApiQuery(evaluation.view, { params: { id } });
export const useEvaluatorPool = (enabled: boolean) =>
  useApiQuery(evaluation.pool, {}, { enabled, select: (a) => a.items });

/** Each write answers the view: it replaces the cached one; a sign-off also moves the stage. */
function useViewUpdate(id: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (view: EvaluationView) => queryClient.setQueryData(viewKey(id), view),
    invalidates: [['participations'], ['notifications']],
  };
}

export const useFormPanel = (id: string) => useApiMutation(evaluation.formPanel, useViewUpdate(id));
export const useSaveSheet = (id: string) => useApiMutation(evaluation.saveSheet, useViewUpdate(id));
export const useSignOff = (id: string) => useApiMutation(evaluation.signOff, useViewUpdate(id));
export const useReopen = (id: string) => useApiMutation(evaluation.reopen, useViewUpdate(id));
