/** The diagnosis report through the diagnosis contract: the current one, issuing it, the enterprise's confirmation. */
import { useQueryClient } from '@tanstack/react-query';
import { diagnosis } from '../../../../../contracts/diagnosis';
import { plans } from '../../../../../contracts/plans';
import { survey } from '../../../../../contracts/survey';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const diagnosisKeys = queryKeys(diagnosis);
export const diagnosisKey = (id: string) => diagnosisKeys.of(diagnosis.get, { params: { id } });

export function useDiagnosis(id: string, enabled: boolean) {
  return useApiQuery(diagnosis.get, { params: { id } }, { enabled, select: (answer) => answer.diagnosis });
}

export { reportOf } from '../../../components/survey/survey-view';

export function useIssueDiagnosis(id: string) {
  const queryClient = useQueryClient();
  return useApiMutation(diagnosis.issue, { onSuccess: (answer) => queryClient.setQueryData(diagnosisKey(id), answer) });
}

export function useConfirmDiagnosis(id: string) {
  const queryClient = useQueryClient();
  return useApiMutation(diagnosis.confirm, {
    onSuccess: (answer) => queryClient.setQueryData(diagnosisKey(id), answer),
    // the participation moved to "diagnosed": its stage, the list, the plan's actions, the survey's lock
    invalidates: [
      ['participation', id],
      ['participations'],
      queryKeys(plans).all,
      queryKeys(survey).all,
      ['notifications'],
    ],
  });
}
