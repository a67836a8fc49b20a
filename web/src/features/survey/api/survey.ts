/** A participation's on-site survey: the server copy, saving a draft (with its merge) and completion. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { SaveSurveyRequest, SaveSurveyResult, SurveyView } from '../../../lib/api-types';
import type { SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import type { Survey } from '../../../../../domain/survey/survey.js';

export const surveyKey = (id: string | undefined) => ['survey', id] as const;
const path = (id: string) => `/api/v1/participations/${encodeURIComponent(id)}/survey`;

/** `fresh`: always ask the server on mount (the survey editor starts from the latest copy). */
export function useSurvey(id: string | undefined, options: { enabled?: boolean; fresh?: boolean } = {}) {
  return useQuery({
    queryKey: surveyKey(id),
    queryFn: () => apiGet<SurveyView>(path(id ?? '')),
    enabled: Boolean(id) && (options.enabled ?? true),
    refetchOnMount: options.fresh ? 'always' : true,
  });
}

/** The template the server sent (Annex A as data; the response types it loosely). */
export function templateOf(view: Pick<SurveyView, 'template'>): SurveyTemplate {
  return view.template as unknown as SurveyTemplate;
}

export function surveyOf(view: Pick<SurveyView, 'survey'>): Survey {
  return view.survey as unknown as Survey;
}

/**
 * One save (a plain call, not a mutation: the offline draft decides itself when to send, and a
 * TanStack mutation would pause while the browser is offline instead of failing).
 */
export function saveSurvey(id: string, body: { baseRevision: number; survey: Survey }): Promise<SaveSurveyResult> {
  return apiPost<SaveSurveyResult>(path(id), body as unknown as SaveSurveyRequest);
}

export function useCompleteSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => apiPost<SurveyView>(`${path(id)}/complete`, { revision }),
    onSuccess: (view) => queryClient.setQueryData(surveyKey(id), view),
  });
}
