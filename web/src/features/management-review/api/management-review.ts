/** The management review (000 §二(4)–(5); 003 §6.8) through its contract: the overview and its writes. */
import { managementReview } from '../../../../../contracts/management-review';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const managementReviewKeys = queryKeys(managementReview);

export function useManagementReview(id: string, enabled = true) {
  return useApiQuery(managementReview.get, { params: { id } }, { enabled });
}

/** Recording the review moves the stage: the 一企一档 and the internal audit (its write rights) refresh too. */
const refresh = {
  invalidates: [managementReviewKeys.all, ['participations'], ['internal-audit'], ['notifications']],
};

export const useRecordReview = () => useApiMutation(managementReview.record, refresh);
export const useVerifyCertified = () => useApiMutation(managementReview.verifyCertified, refresh);
export const useUpdateImprovementAction = () => useApiMutation(managementReview.updateAction, refresh);
