/** The diagnosis report: the current one, issuing it from the completed survey, the enterprise's confirmation. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type {
  ConfirmDiagnosisRequest,
  DiagnosisResponse,
  DiagnosisView,
  IssueDiagnosisRequest,
} from '../../../lib/api-types';
import type { DiagnosisReport } from '../../../../../domain/survey/diagnosis.js';
import { participations } from '../../../../../contracts/participations';
import { queryKeyOf } from '../../../lib/api-query';

export const diagnosisKey = (id: string) => ['diagnosis', id] as const;
export const diagnosisPath = (id: string) => `/api/v1/participations/${encodeURIComponent(id)}/diagnosis`;

export function useDiagnosis(id: string, enabled: boolean) {
  return useQuery({
    queryKey: diagnosisKey(id),
    queryFn: () => apiGet<DiagnosisResponse>(diagnosisPath(id)).then((r) => r.diagnosis),
    enabled,
  });
}

/** The report content (domain DiagnosisReport; the response types it loosely). */
export function reportOf(view: Pick<DiagnosisView, 'report'>): DiagnosisReport {
  return view.report as unknown as DiagnosisReport;
}

export function useIssueDiagnosis(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueDiagnosisRequest) => apiPost<DiagnosisResponse>(diagnosisPath(id), body),
    onSuccess: (r) => queryClient.setQueryData(diagnosisKey(id), r.diagnosis),
  });
}

export function useConfirmDiagnosis(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmDiagnosisRequest) => apiPost<DiagnosisResponse>(`${diagnosisPath(id)}/confirm`, body),
    onSuccess: (r) => {
      queryClient.setQueryData(diagnosisKey(id), r.diagnosis);
      // the participation moved to "diagnosed": its stage, the list, the plan's actions, the survey's lock
      for (const key of [
        queryKeyOf(participations.detail, { params: { id } }),
        ['participations'],
        ['plan', id],
        ['survey', id],
        ['notifications'],
      ]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}
