/** The acceptance evaluation through its contract: the panel, the raters' C.1 tables, sign-off and reopening. */
import { useQueryClient } from '@tanstack/react-query';
import { evaluation, type EvaluationView } from '../../../../../contracts/evaluation';
import { participations } from '../../../../../contracts/participations';
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

/** The enterprise's side (003 Annex C.2, 001 §四(三), 003 §6.9.7): each write answers the view. */
export const useSaveSelfAssessment = (id: string) => useApiMutation(evaluation.saveSelfAssessment, useViewUpdate(id));
export const useSaveSummary = (id: string) => useApiMutation(evaluation.saveSummary, useViewUpdate(id));
export const useSaveActionPlan = (id: string) => useApiMutation(evaluation.saveActionPlan, useViewUpdate(id));

/** The pool's qualifications (003 §6.9.2) and batch panels, on the bureau's evaluation page. */
export const useRecordQualification = () =>
  useApiMutation(evaluation.recordQualification, { invalidates: [evaluationKeys.all] });
export const useFormBatchPanel = () =>
  useApiMutation(evaluation.formBatchPanel, { invalidates: [evaluationKeys.all, ['participations']] });
/** The enterprises a panel may be formed for now: operating or reviewed (003 §6.9 follows the review). */
export const usePanelCandidates = (stage: 'operating' | 'reviewed') =>
  useApiQuery(participations.list, { query: { stage, page: 1, pageSize: 100 } }, { select: (a) => a.items });
