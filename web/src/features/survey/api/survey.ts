/** A participation's on-site survey through the survey contract: the server copy, saving a draft (with its merge), completion. */
import { useQueryClient } from '@tanstack/react-query';
import { survey, type SaveSurveyResult } from '../../../../../contracts/survey';
import { callApi } from '../../../lib/api-client';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';
import type { Survey } from '../../../../../domain/survey/survey.js';

export const surveyKeys = queryKeys(survey);
export const surveyKey = (id: string) => surveyKeys.of(survey.get, { params: { id } });

/** `fresh`: always ask the server on mount (the survey editor starts from the latest copy). */
export function useSurvey(id: string | undefined, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useApiQuery(
    survey.get,
    { params: { id: id ?? '' } },
    { enabled: Boolean(id) && (options.enabled ?? true), refetchOnMount: options.fresh ? 'always' : true },
  );
}

export { surveyOf, templateOf } from '../../../components/survey/survey-view';

/**
 * One save (a plain call, not a mutation: the offline draft decides itself when to send, and a
 * TanStack mutation would pause while the browser is offline instead of failing).
 */
export function saveSurvey(id: string, body: { baseRevision: number; survey: Survey }): Promise<SaveSurveyResult> {
  return callApi(survey.save, { params: { id }, body });
}

export function useCompleteSurvey(id: string) {
  const queryClient = useQueryClient();
  return useApiMutation(survey.complete, { onSuccess: (view) => queryClient.setQueryData(surveyKey(id), view) });
}
